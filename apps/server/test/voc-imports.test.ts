import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiResponse, engines, type TestApp, testApp } from "./support/test-app.ts";

// Bulk import of VOC items over HTTP: upload, mapping (guessed, then remembered), preview with row errors,
// commit in the background, the history; bad rows write nothing, the same file twice writes nothing twice.

const HEADER = ["접수번호", "유형", "접수경로", "접수일", "내용", "중요도", "부서", "접점", "연락처"];
const GOOD_ROWS = [
  [
    "V-001",
    "불만",
    "전화",
    "2025-03-02",
    "수납 대기가 너무 길어요 010-2222-3333",
    "상",
    "원무팀",
    "수납 창구",
    "010-9876-5432",
  ],
  ["V-002", "칭찬", "홈페이지", "2025.03.03", "간호사님이 친절했어요", "하", "IM", "", ""],
  ["V-003", "suggestion", "VOC card", "2025-03-04", "주차 안내 표지판을 늘려 주세요", "", "", "", "kim@example.kr"],
];
const csv = (rows: string[][]) =>
  [HEADER, ...rows]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(","))
    .join("\n");

describe.each(engines())("VOC imports on %s", (engine) => {
  let t: TestApp;
  let owner: string;
  let viewer: string;
  let stranger: string;
  let base: string;
  let strangerBase: string;
  let journeyId: string;
  let touchpointId: string;

  beforeAll(async () => {
    t = await testApp(engine);
    const o = await t.quickUser("VOC 담당자");
    const v = await t.quickUser("열람자");
    const x = await t.quickUser("다른 병원 담당자");
    owner = o.cookie;
    viewer = v.cookie;
    stranger = x.cookie;
    const h = await t.hospital("VOC병원", o.userId);
    await t.addMembership(h.hospitalId, v.userId, "viewer");
    const other = await t.hospital("다른병원", x.userId);
    base = `/api/hospitals/${h.hospitalId}`;
    strangerBase = `/api/hospitals/${other.hospitalId}`;
    for (const d of [
      { name: "원무팀", code: "ADM" },
      { name: "내과", code: "IM" },
    ]) {
      const res = await json("POST", `${base}/departments`, d);
      expect(res.status, res.text).toBe(201);
    }
    const journey = await json("POST", `${base}/journeys`, { title: "외래 여정" });
    expect(journey.status, journey.text).toBe(201);
    journeyId = journey.json.id;
    const stage = await json("POST", `${base}/journeys/${journeyId}/stages`, { phase: "after", name: "수납" });
    expect(stage.status, stage.text).toBe(201);
    const tp = await json("POST", `${base}/stages/${stage.json.id}/touchpoints`, {
      name: "수납 창구",
      channel: "face_to_face",
      element: "humanware",
    });
    expect(tp.status, tp.text).toBe(201);
    touchpointId = tp.json.id;
  });
  afterAll(() => t?.dispose());

  function json(method: string, path: string, body?: unknown, cookie = owner) {
    return t.send(method, path, { cookie, ...(body === undefined ? {} : { body }) });
  }

  async function upload(body: string, fileName = "voc.csv", cookie = owner, at = base): Promise<ApiResponse> {
    const res = await t.app.request(`${at}/voc-imports/uploads?fileName=${encodeURIComponent(fileName)}`, {
      method: "POST",
      headers: { origin: "http://localhost", cookie, "content-type": "text/csv" },
      body,
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null, text, headers: res.headers };
  }

  async function finished(jobId: string) {
    for (;;) {
      const res = await json("GET", `${base}/voc-imports/jobs/${jobId}`, undefined, viewer);
      expect(res.status, res.text).toBe(200);
      if (res.json.status !== "running") return res.json;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async function commit(uploadId: string, mapping: unknown) {
    const res = await json("POST", `${base}/voc-imports/uploads/${uploadId}/commit`, { mapping });
    expect(res.status, res.text).toBe(202);
    return finished(res.json.jobId);
  }

  const items = async () => {
    const res = await json("GET", `${base}/voc?limit=100`);
    expect(res.status, res.text).toBe(200);
    return res.json.items as {
      text: string;
      contactMasked: string | null;
      touchpointId: string | null;
      type: string;
    }[];
  };

  it("upload → guessed mapping → preview → commit → poll → the items are listed, masked; re-import creates nothing", async () => {
    const up = await upload(csv(GOOD_ROWS));
    expect(up.status, up.text).toBe(201);
    expect(up.json).toMatchObject({ fileName: "voc.csv", format: "csv", header: HEADER });
    expect(up.json.rememberedFrom).toBeUndefined();
    const kinds = up.json.suggestedMapping.columns.map((c: { target: { kind: string } }) => c.target.kind);
    expect(kinds).toEqual([
      "dedupe_key",
      "type",
      "channel",
      "received_on",
      "text",
      "severity",
      "department",
      "touchpoint",
      "contact",
    ]);
    const mapping = { ...up.json.suggestedMapping, sourceName: "VOC 대장", journeyId };

    const preview = await json("POST", `${base}/voc-imports/uploads/${up.json.uploadId}/preview`, { mapping });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.json).toMatchObject({ rows: 3, valid: 3, duplicates: 0, errorCount: 0, committed: false });
    expect(JSON.stringify(preview.json)).not.toContain("9876-5432");
    expect(await items()).toEqual([]);

    const job = await commit(up.json.uploadId, mapping);
    expect(job).toMatchObject({ status: "succeeded", rowsDone: 3, rowsTotal: 3, fileName: "voc.csv" });
    expect(job.report).toMatchObject({ committed: true, created: 3, duplicates: 0 });
    const stored = await items();
    expect(stored).toHaveLength(3);
    const text = JSON.stringify(stored);
    expect(text).not.toContain("2222-3333");
    expect(text).not.toContain("9876-5432");
    expect(stored.find((i) => i.touchpointId)?.touchpointId).toBe(touchpointId);
    expect(stored.map((i) => i.contactMasked).sort()).toEqual(["010-****-5432", "k**@example.kr", null].sort());

    const history = await json("GET", `${base}/voc-imports`, undefined, viewer);
    expect(history.status, history.text).toBe(200);
    expect(history.json.items).toEqual([
      expect.objectContaining({ fileName: "voc.csv", sourceName: "VOC 대장", rows: 3, created: 3, journeyId }),
    ]);

    // Same columns again: the mapping is remembered; the same rows create nothing.
    const again = await upload(csv(GOOD_ROWS));
    expect(again.json.rememberedFrom).toMatchObject({ sourceName: "VOC 대장" });
    expect(again.json.suggestedMapping.journeyId).toBe(journeyId);
    const second = await commit(again.json.uploadId, again.json.suggestedMapping);
    expect(second.report).toMatchObject({ committed: true, created: 0, duplicates: 3 });
    expect(await items()).toHaveLength(3);
  });

  it("a file with bad rows writes nothing and reports every bad row in Korean and English", async () => {
    const rows = [
      ["B-1", "욕설", "전화", "2025-03-02", "내용", "상", "", "", ""],
      ["B-2", "불만", "전화", "2025-02-30", "내용", "", "치과", "", ""],
      ["B-3", "불만", "전화", "2025-03-02", "내용", "", "", "", "900101-1234567"],
    ];
    const up = await upload(csv(rows));
    const mapping = { ...up.json.suggestedMapping, journeyId };
    const preview = await json("POST", `${base}/voc-imports/uploads/${up.json.uploadId}/preview`, { mapping });
    expect(
      preview.json.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code]),
    ).toEqual([
      [2, "유형", "unknown_choice"],
      [3, "접수일", "bad_date"],
      [3, "부서", "unknown_department"],
      [4, "연락처", "bad_contact"],
    ]);
    expect(preview.json.errors[0].message).toContain("2행 '유형' 열");
    expect(preview.json.errors[0].messageEn).toContain("Row 2, column '유형'");
    const before = (await items()).length;
    const job = await commit(up.json.uploadId, mapping);
    expect(job).toMatchObject({ status: "failed", report: { committed: false, created: 0, errorCount: 4 } });
    expect(await items()).toHaveLength(before);
  });

  it("viewers cannot upload; another hospital cannot see the upload or the job; unreadable files are a 400", async () => {
    expect((await upload(csv(GOOD_ROWS), "voc.csv", viewer)).status).toBe(403);
    const up = await upload(csv(GOOD_ROWS));
    const theirs = await json(
      "POST",
      `${strangerBase}/voc-imports/uploads/${up.json.uploadId}/preview`,
      { mapping: up.json.suggestedMapping },
      stranger,
    );
    expect(theirs.status).toBe(404);
    const unknown = await json("POST", `${base}/voc-imports/uploads/${crypto.randomUUID()}/preview`, {
      mapping: up.json.suggestedMapping,
    });
    expect(unknown.status).toBe(404);
    const empty = await upload("");
    expect(empty.status).toBe(400);
    expect(empty.json.error.details.message).toBeTruthy();
    const wrongJourney = await json("POST", `${base}/voc-imports/uploads/${up.json.uploadId}/preview`, {
      mapping: { ...up.json.suggestedMapping, journeyId: crypto.randomUUID() },
    });
    expect(wrongJourney.status).toBe(400);
  });
});
