import { PassThrough } from "node:stream";
import { writeXlsx } from "@motmap/tabular";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { type ApiResponse, engines, type TestApp, testApp } from "./support/test-app.ts";

// Bulk import of survey responses over HTTP: upload a CSV / XLSX file, map its columns, preview,
// commit in the background and poll; bad rows write nothing; the same file twice writes nothing twice.

const HEADER = ["응답번호", "방문일", "진료과", "만족도", "추천 의향", "하고 싶은 말씀"];
const GOOD_ROWS = [
  ["R-001", "2025-03-02", "내과", "5", "9", "친절했어요"],
  ["R-002", "2025-03-03", "내과", "4", "7", "연락처 010-1234-5678 로 회신 바랍니다"],
  ["R-003", "2025-03-04", "", "3", "", ""],
];
const csv = (rows: string[][]) =>
  [HEADER, ...rows]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(","))
    .join("\n");

const MAPPING = {
  sourceName: "EMR 만족도 추출",
  columns: [
    { column: "응답번호", target: { kind: "dedupe_key" } },
    { column: "방문일", target: { kind: "visit_date" } },
    { column: "진료과", target: { kind: "department" } },
    { column: "만족도", target: { kind: "answer", questionKey: "sat" } },
    { column: "추천 의향", target: { kind: "answer", questionKey: "nps" } },
    { column: "하고 싶은 말씀", target: { kind: "answer", questionKey: "comment" } },
  ],
};

const SURVEY = {
  title: "외래 만족도",
  definition: {
    sections: [
      {
        key: "main",
        title: "외래",
        questions: [
          { key: "sat", type: "satisfaction", scale: 5, text: "만족도", required: true },
          { key: "nps", type: "nps", text: "추천 의향" },
          { key: "comment", type: "free_text", text: "하고 싶은 말씀" },
        ],
      },
    ],
  },
};

async function xlsxOf(header: string[], rows: string[][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await writeXlsx(
    out,
    header.map((h) => ({ header: h })),
    rows,
  );
  return Buffer.concat(chunks);
}

describe.each(engines())("survey response imports on %s", (engine) => {
  let t: TestApp;
  let owner: string;
  let viewer: string;
  let stranger: string;
  let base: string;
  let strangerBase: string;

  beforeAll(async () => {
    t = await testApp(engine);
    const o = await t.quickUser("가져오기 담당자");
    const v = await t.quickUser("열람자");
    const x = await t.quickUser("다른 병원 담당자");
    owner = o.cookie;
    viewer = v.cookie;
    stranger = x.cookie;
    const h = await t.hospital("가져오기병원", o.userId);
    await t.addMembership(h.hospitalId, v.userId, "viewer");
    const other = await t.hospital("다른병원", x.userId);
    base = `/api/hospitals/${h.hospitalId}`;
    strangerBase = `/api/hospitals/${other.hospitalId}`;
    const dept = await t.send("POST", `${base}/departments`, { cookie: owner, body: { name: "내과", code: "IM" } });
    expect(dept.status, dept.text).toBe(201);
  });
  afterAll(() => t?.dispose());

  const json = (method: string, path: string, body?: unknown, cookie = owner) =>
    t.send(method, path, { cookie, ...(body === undefined ? {} : { body }) });

  async function publishedSurvey(): Promise<string> {
    const created = await json("POST", `${base}/surveys`, SURVEY);
    expect(created.status, created.text).toBe(201);
    const published = await json("POST", `${base}/surveys/${created.json.id}/publish`);
    expect(published.status, published.text).toBe(200);
    return created.json.id;
  }

  /** The raw file as the body, as the wizard sends it. */
  async function upload(
    surveyId: string,
    body: string | Uint8Array,
    fileName = "responses.csv",
    options: { cookie?: string; app?: ReturnType<typeof createApp>; base?: string } = {},
  ): Promise<ApiResponse> {
    const res = await (options.app ?? t.app).request(
      `${options.base ?? base}/surveys/${surveyId}/imports/uploads?fileName=${encodeURIComponent(fileName)}`,
      {
        method: "POST",
        headers: {
          origin: "http://localhost",
          cookie: options.cookie ?? owner,
          "content-type": fileName.endsWith(".xlsx")
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv",
        },
        body,
      },
    );
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : null, text, headers: res.headers };
  }

  /** Polls the job until it has finished (the commit runs in the background). */
  async function finished(surveyId: string, jobId: string) {
    for (;;) {
      const res = await json("GET", `${base}/surveys/${surveyId}/imports/jobs/${jobId}`, undefined, viewer);
      expect(res.status, res.text).toBe(200);
      if (res.json.status !== "running") return res.json;
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async function commit(surveyId: string, uploadId: string, mapping: unknown = MAPPING) {
    const res = await json("POST", `${base}/surveys/${surveyId}/imports/uploads/${uploadId}/commit`, { mapping });
    expect(res.status, res.text).toBe(202);
    return finished(surveyId, res.json.jobId);
  }

  const responses = async (surveyId: string) => {
    const res = await json("GET", `${base}/surveys/${surveyId}/responses?limit=100`);
    expect(res.status, res.text).toBe(200);
    return res.json.items as {
      channel: string;
      visitDate: string | null;
      answers: { questionKey: string; value: number | null; text: string | null }[];
    }[];
  };

  it("upload → preview → commit → poll: the responses are listed, free text masked, the import recorded", async () => {
    const surveyId = await publishedSurvey();
    const up = await upload(surveyId, csv(GOOD_ROWS));
    expect(up.status, up.text).toBe(201);
    expect(up.json).toMatchObject({ fileName: "responses.csv", format: "csv", header: HEADER });
    expect(up.json.sampleRows).toEqual(GOOD_ROWS);
    expect(up.json.rememberedFrom).toBeUndefined();
    // The guess maps the columns named like the questions and the standard fields.
    const guessed = Object.fromEntries(
      up.json.suggestedMapping.columns.map((c: { column: string; target: unknown }) => [c.column, c.target]),
    );
    expect(guessed.만족도).toEqual({ kind: "answer", questionKey: "sat" });
    expect(guessed.응답번호).toEqual({ kind: "dedupe_key" });

    const preview = await json("POST", `${base}/surveys/${surveyId}/imports/uploads/${up.json.uploadId}/preview`, {
      mapping: MAPPING,
    });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.json).toMatchObject({
      mode: "preview",
      rows: 3,
      valid: 3,
      duplicates: 0,
      errorCount: 0,
      committed: false,
    });
    expect(preview.json.sample.length).toBeGreaterThan(0);
    expect(await responses(surveyId)).toEqual([]);

    const job = await commit(surveyId, up.json.uploadId);
    expect(job).toMatchObject({ status: "succeeded", rowsDone: 3, rowsTotal: 3, fileName: "responses.csv" });
    expect(job.report).toMatchObject({ mode: "commit", committed: true, created: 3, duplicates: 0 });

    const stored = await responses(surveyId);
    expect(stored).toHaveLength(3);
    expect(stored.every((r) => r.channel === "import")).toBe(true);
    const texts = stored.flatMap((r) => r.answers.map((a) => a.text ?? ""));
    expect(texts.join(" ")).not.toContain("1234-5678");
    expect(texts).toContain("친절했어요");

    const history = await json("GET", `${base}/surveys/${surveyId}/imports`, undefined, viewer);
    expect(history.status, history.text).toBe(200);
    expect(history.json.items).toEqual([
      expect.objectContaining({ fileName: "responses.csv", sourceName: "EMR 만족도 추출", rows: 3, created: 3 }),
    ]);

    // The upload is gone once committed.
    const again = await json("POST", `${base}/surveys/${surveyId}/imports/uploads/${up.json.uploadId}/preview`, {
      mapping: MAPPING,
    });
    expect(again.status).toBe(404);
  });

  it("the same file twice: the second import writes nothing, every row a duplicate; the mapping is remembered", async () => {
    const surveyId = await publishedSurvey();
    const first = await upload(surveyId, csv(GOOD_ROWS), "emr-march.csv");
    expect((await commit(surveyId, first.json.uploadId)).report).toMatchObject({ created: 3, duplicates: 0 });

    const second = await upload(surveyId, csv(GOOD_ROWS), "emr-march.csv");
    expect(second.status, second.text).toBe(201);
    expect(second.json.rememberedFrom).toMatchObject({ sourceName: "EMR 만족도 추출" });
    expect(second.json.suggestedMapping).toEqual({ ...MAPPING, multipleSeparator: ";" });
    const preview = await json("POST", `${base}/surveys/${surveyId}/imports/uploads/${second.json.uploadId}/preview`, {
      mapping: second.json.suggestedMapping,
    });
    expect(preview.json).toMatchObject({ rows: 3, valid: 3, duplicates: 3, errorCount: 0 });
    const job = await commit(surveyId, second.json.uploadId, second.json.suggestedMapping);
    expect(job.status).toBe("succeeded");
    expect(job.report).toMatchObject({ committed: true, created: 0, duplicates: 3 });
    expect(await responses(surveyId)).toHaveLength(3);
  });

  it("bad rows: the preview reports each with row, column and ko/en message; the commit writes nothing", async () => {
    const surveyId = await publishedSurvey();
    const rows = [
      GOOD_ROWS[0] as string[],
      ["R-010", "2025-13-45", "내과", "9", "5", ""],
      ["R-011", "", "없는과", "", "", ""],
    ];
    const up = await upload(surveyId, csv(rows));
    const preview = await json("POST", `${base}/surveys/${surveyId}/imports/uploads/${up.json.uploadId}/preview`, {
      mapping: MAPPING,
    });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.json).toMatchObject({ rows: 3, valid: 1 });
    const found = preview.json.errors.map((e: { row: number; column: string; code: string }) => [
      e.row,
      e.column,
      e.code,
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, "방문일", "bad_date"],
        [3, "만족도", "out_of_range"],
        [4, "진료과", "unknown_department"],
        [4, "만족도", "required_missing"],
      ]),
    );
    expect(preview.json.errorCount).toBe(found.length);
    for (const e of preview.json.errors) {
      expect(e.message).toMatch(/행/);
      expect(e.messageEn).toMatch(/Row \d/);
    }

    const job = await commit(surveyId, up.json.uploadId);
    expect(job.status).toBe("failed");
    expect(job.report).toMatchObject({ committed: false, created: 0, errorCount: found.length });
    expect(await responses(surveyId)).toEqual([]);
    expect((await json("GET", `${base}/surveys/${surveyId}/imports`)).json.items).toEqual([]);
  });

  it("an XLSX file with Korean headers imports like the CSV", async () => {
    const surveyId = await publishedSurvey();
    const up = await upload(surveyId, await xlsxOf(HEADER, GOOD_ROWS), "만족도 3월.xlsx");
    expect(up.status, up.text).toBe(201);
    expect(up.json).toMatchObject({ format: "xlsx", header: HEADER, fileName: "만족도 3월.xlsx" });
    const job = await commit(surveyId, up.json.uploadId);
    expect(job.report).toMatchObject({ committed: true, created: 3 });
    expect(await responses(surveyId)).toHaveLength(3);
  });

  it("a file that is not a table is a 400 with a Korean and an English sentence, never a crash", async () => {
    const surveyId = await publishedSurvey();
    const empty = await upload(surveyId, "");
    expect(empty.status, empty.text).toBe(400);
    expect(empty.json.error).toMatchObject({ code: "file_empty" });
    const zip = await upload(surveyId, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 250, 251]), "broken.xlsx");
    expect(zip.status, zip.text).toBe(400);
    expect(zip.json.error.code).toBe("file_unreadable");
    expect(zip.json.error.details.message).toMatch(/읽을 수 없습니다/);
    expect(zip.json.error.details.messageEn).toMatch(/cannot be read/);

    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (bytes, asXlsx) => {
        const res = await upload(surveyId, bytes, asXlsx ? "random.xlsx" : "random.csv");
        // Random bytes may happen to be a CSV with a header; anything else is a file error.
        expect([201, 400], res.text).toContain(res.status);
        if (res.status === 400) {
          // A stray quote byte makes a CSV whose quote never closes: malformed_quotes.
          expect(["file_unreadable", "file_empty", "header_missing", "malformed_quotes"]).toContain(
            res.json.error.code,
          );
          expect(res.json.error.details.message.length).toBeGreaterThan(0);
          expect(res.json.error.details.messageEn.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("a file over the upload limit is refused with 413 and nothing is kept", async () => {
    const small = createApp({ database: t.database, maxUploadBytes: 1024 });
    const surveyId = await publishedSurvey();
    const big = csv(Array.from({ length: 100 }, (_, i) => [`R-${i}`, "2025-03-02", "내과", "5", "9", "좋았어요"]));
    const res = await upload(surveyId, big, "big.csv", { app: small });
    expect(res.status, res.text).toBe(413);
    expect(res.json.error.code).toBe("payload_too_large");
    expect(res.json.error.message).toMatch(/over 1 KB/);
    // The JSON limit (5 MB) does not apply to uploads, and uploads have their own.
    const ok = await upload(surveyId, csv(GOOD_ROWS), "small.csv", { app: small });
    expect(ok.status, ok.text).toBe(201);
  });

  it("an upload is its user's, in its hospital; another hospital's upload, job or survey is a 404", async () => {
    const surveyId = await publishedSurvey();
    const up = await upload(surveyId, csv(GOOD_ROWS));
    const uploadId = up.json.uploadId;
    const editor = await t.quickUser("다른 편집자");
    const hospitalId = base.split("/")[3] as string;
    await t.addMembership(hospitalId, editor.userId, "editor");
    const asEditor = await json(
      "POST",
      `${base}/surveys/${surveyId}/imports/uploads/${uploadId}/preview`,
      { mapping: MAPPING },
      editor.cookie,
    );
    expect(asEditor.status).toBe(404);

    const strangerSurvey = await json("POST", `${strangerBase}/surveys`, SURVEY, stranger);
    const sid = strangerSurvey.json.id;
    for (const path of [
      `${strangerBase}/surveys/${sid}/imports/uploads/${uploadId}/preview`,
      `${strangerBase}/surveys/${surveyId}/imports/uploads/${uploadId}/commit`,
    ]) {
      const res = await json("POST", path, { mapping: MAPPING }, stranger);
      expect(res.status, path).toBe(404);
    }
    const started = await json("POST", `${base}/surveys/${surveyId}/imports/uploads/${uploadId}/commit`, {
      mapping: MAPPING,
    });
    const jobId = started.json.jobId;
    const theirs = await json("GET", `${strangerBase}/surveys/${sid}/imports/jobs/${jobId}`, undefined, stranger);
    expect(theirs.status).toBe(404);
    expect((await json("GET", `${strangerBase}/surveys/${surveyId}/imports`, undefined, stranger)).status).toBe(404);
    expect((await finished(surveyId, jobId)).status).toBe("succeeded");

    // A viewer follows an import but cannot start one.
    expect((await upload(surveyId, csv(GOOD_ROWS), "x.csv", { cookie: viewer })).status).toBe(403);
  });

  it("a survey that is not published cannot take an import: the preview says so", async () => {
    const created = await json("POST", `${base}/surveys`, SURVEY);
    const up = await upload(created.json.id, csv(GOOD_ROWS));
    expect(up.status, up.text).toBe(201);
    const preview = await json(
      "POST",
      `${base}/surveys/${created.json.id}/imports/uploads/${up.json.uploadId}/preview`,
      {
        mapping: MAPPING,
      },
    );
    expect(preview.status).toBe(400);
    expect(preview.json.error.issues[0].path).toBe("surveyId");
  });
});
