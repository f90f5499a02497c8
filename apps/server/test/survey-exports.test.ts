import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { freshMember, seedTenant, type Tenant } from "./support/samples.ts";
import { engines, send, type TestApp, testApp } from "./support/test-app.ts";

// Response export: CSV and XLSX stream the filtered responses with one column per question, text
// escaped against spreadsheet formulas, and no personal data (it was masked before it was stored).
describe.each(engines())("survey response export on %s", (engine) => {
  let t: TestApp;
  let app: ReturnType<typeof createApp>;
  let h: Tenant;
  let viewer: string;
  let base: string;
  let surveyId: string;
  let publicId: string;
  const ids: Record<"r1" | "r2" | "r3", string> = { r1: "", r2: "", r3: "" };

  const submit = async (body: Record<string, unknown>) => {
    const res = await send(app, "POST", `/api/public/surveys/${publicId}/responses`, {
      body: { submissionKey: crypto.randomUUID(), ...body },
    });
    expect(res.status, res.text).toBe(201);
    return res.json.id as string;
  };

  /** The export as bytes (the test client's `send` reads text, which would spoil an XLSX). */
  const download = async (query: string, cookie = viewer) => {
    const res = await app.request(`${base}/surveys/${surveyId}/responses/export?${query}`, {
      headers: { cookie, origin: "http://localhost" },
    });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const csv = async (query: string) => {
    const res = await download(`format=csv&${query}`);
    expect(res.status, res.bytes.toString()).toBe(200);
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.bytes.toString("utf8").slice(1);
    return { text, rows: Papa.parse<string[]>(text, { newline: "\r\n", skipEmptyLines: true }).data, res };
  };
  const xlsx = async (query: string) => {
    const res = await download(`format=xlsx&${query}`);
    expect(res.status, res.bytes.toString()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error("no worksheet");
    const rows: ExcelJS.CellValue[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as ExcelJS.CellValue[]).slice(1));
    });
    return { sheet, rows, res };
  };

  beforeAll(async () => {
    t = await testApp(engine);
    app = createApp({ database: t.database, publicSurveyRequestsPerMinute: 10_000 });
    h = await seedTenant(t, "내보내기");
    viewer = (await freshMember(h, "viewer")).cookie;
    base = `/api/hospitals/${h.hospitalId}`;
    const owner = h.owner.cookie;
    const question = (key: string, extra: Record<string, unknown>) => ({ key, required: false, ...extra });
    const v1 = [
      question("sat", {
        type: "satisfaction",
        text: "접수에 만족하셨나요?",
        textEn: "How satisfied were you with reception?",
        touchpointId: h.touchpoints[0].id,
      }),
      question("again", { type: "yes_no", text: "다시 오시겠어요?", textEn: "Would you come again?" }),
      question("clean", { type: "yes_no", text: "깨끗했나요?", touchpointId: h.touchpoints[1].id }),
      question("how", {
        type: "multiple_choice",
        text: "어떻게 예약하셨나요?",
        textEn: "How did you book?",
        options: [
          { value: "phone", label: "전화", labelEn: "Phone" },
          { value: "app", label: "앱", labelEn: "App" },
        ],
      }),
      question("nps", { type: "nps", text: "추천하시겠어요?", textEn: "Would you recommend us?" }),
      question("comment", { type: "free_text", text: "하고 싶은 말씀", textEn: "Comments" }),
    ];
    const created = await send(app, "POST", `${base}/surveys`, {
      cookie: owner,
      body: {
        journeyId: h.journey.id,
        title: "외래 경험 설문",
        titleEn: "Outpatient experience",
        definition: { sections: [{ key: "s", questions: v1 }] },
      },
    });
    expect(created.status, created.text).toBe(201);
    surveyId = created.json.id;
    publicId = created.json.publicId;
    const published = await send(app, "POST", `${base}/surveys/${surveyId}/publish`, { cookie: owner });
    expect(published.status, published.text).toBe(200);

    ids.r1 = await submit({
      channel: "kiosk",
      visitDate: "2026-03-02",
      departmentId: h.department.id,
      segment: "first_visit",
      answers: [
        { key: "sat", value: 5 },
        { key: "how", choices: ["phone", "app"] },
        { key: "comment", text: '=HYPERLINK("http://x")' },
      ],
    });
    ids.r2 = await submit({
      answers: [
        { key: "clean", value: 1 },
        { key: "again", value: 0 },
        { key: "nps", value: 0 },
        { key: "comment", text: "-3시간 기다렸어요" },
      ],
    });
    // Version 2 drops the NPS question and asks about parking: old NPS answers still have a column.
    const v2 = [...v1.filter((q) => q.key !== "nps"), question("parking", { type: "importance", text: "주차" })];
    const patched = await send(app, "PATCH", `${base}/surveys/${surveyId}`, {
      cookie: owner,
      body: { version: published.json.version, definition: { sections: [{ key: "s", questions: v2 }] } },
    });
    expect(patched.status, patched.text).toBe(200);
    expect((await send(app, "POST", `${base}/surveys/${surveyId}/publish`, { cookie: owner })).status).toBe(200);
    ids.r3 = await submit({ answers: [{ key: "parking", value: 4 }] });
  });
  afterAll(() => t?.dispose());

  it("CSV: a viewer downloads every response, newest first, one column per question, formulas escaped", async () => {
    const { rows, res, text } = await csv("lang=ko");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const disposition = res.headers.get("content-disposition") ?? "";
    const day = new Date().toISOString().slice(0, 10);
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(`외래 경험 설문-responses-${day}.csv`)}`);
    expect(disposition).toMatch(/^attachment; filename="[ -~]+\.csv";/);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(text).toContain("\r\n");

    expect(rows[0]).toEqual([
      "응답 ID",
      "제출 시각",
      "버전",
      "채널",
      "방문일",
      "부서",
      "구분",
      "sat: 접수에 만족하셨나요?",
      "again: 다시 오시겠어요?",
      "clean: 깨끗했나요?",
      "how: 어떻게 예약하셨나요?",
      "comment: 하고 싶은 말씀",
      "parking: 주차",
      "nps: 추천하시겠어요?",
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([ids.r3, ids.r2, ids.r1]);
    const [r3, r2, r1] = rows.slice(1);
    expect(r1?.slice(2)).toEqual([
      "1",
      "kiosk",
      "2026-03-02",
      h.department.name,
      "first_visit",
      "5",
      "",
      "",
      "전화; 앱",
      '\'=HYPERLINK("http://x")',
      "",
      "",
    ]);
    expect(r1?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(r2?.slice(7)).toEqual(["", "아니오", "예", "", "'-3시간 기다렸어요", "", "0"]);
    expect(r3?.slice(2, 4)).toEqual(["2", "web"]);
    expect(r3?.[12]).toBe("4");
    // Numbers are written unquoted.
    expect(text).toContain(`,kiosk,2026-03-02,`);
    expect(text).toMatch(/,5,,,전화; 앱,/);
  });

  it("CSV: the list's filters apply (touchpoint, department, dates)", async () => {
    const idsOf = async (query: string) => (await csv(query)).rows.slice(1).map((r) => r[0]);
    const today = new Date().toISOString().slice(0, 10);
    expect(await idsOf(`touchpointId=${h.touchpoints[1].id}`)).toEqual([ids.r2]);
    expect(await idsOf(`touchpointId=${h.touchpoints[0].id}`)).toEqual([ids.r1]);
    expect(await idsOf(`departmentId=${h.department.id}`)).toEqual([ids.r1]);
    expect(await idsOf(`from=${today}&to=${today}`)).toEqual([ids.r3, ids.r2, ids.r1]);
    const empty = await csv("to=2020-01-01");
    expect(empty.rows).toHaveLength(1);
  });

  it("XLSX: English headers and labels, numbers typed as numbers, text escaped, header bold and frozen", async () => {
    const { sheet, rows, res } = await xlsx("lang=en");
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Outpatient experience-responses-")}`,
    );
    expect(rows[0]).toEqual([
      "Response ID",
      "Submitted at",
      "Version",
      "Channel",
      "Visit date",
      "Department",
      "Segment",
      "sat: How satisfied were you with reception?",
      "again: Would you come again?",
      "clean: 깨끗했나요?",
      "how: How did you book?",
      "comment: Comments",
      "parking: 주차",
      "nps: Would you recommend us?",
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(rows.slice(1).map((r) => r[0])).toEqual([ids.r3, ids.r2, ids.r1]);
    const r1 = sheet.getRow(4);
    expect(r1.getCell(3).value).toBe(1);
    expect(r1.getCell(8).value).toBe(5);
    expect(r1.getCell(8).type).toBe(ExcelJS.ValueType.Number);
    expect(r1.getCell(11).value).toBe("Phone; App");
    expect(r1.getCell(12).value).toBe('\'=HYPERLINK("http://x")');
    expect(r1.getCell(12).type).toBe(ExcelJS.ValueType.String);
    const r2 = sheet.getRow(3);
    expect([r2.getCell(9).value, r2.getCell(10).value, r2.getCell(14).value]).toEqual(["No", "Yes", 0]);
    expect(r2.getCell(12).value).toBe("'-3시간 기다렸어요");

    const filtered = await xlsx(`lang=en&touchpointId=${h.touchpoints[1].id}`);
    expect(filtered.rows.slice(1).map((r) => r[0])).toEqual([ids.r2]);
  });

  it("every download is in the audit log with its format and filters", async () => {
    await download(`format=xlsx&lang=en&departmentId=${h.department.id}`);
    const log = await send(app, "GET", `${base}/audit-log?limit=500&entityId=${surveyId}`, { cookie: h.owner.cookie });
    expect(log.status, log.text).toBe(200);
    const exports = log.json.items.filter((e: { action: string }) => e.action === "export");
    expect(exports.length).toBeGreaterThanOrEqual(3);
    expect(exports[0]).toMatchObject({
      entityType: "survey",
      entityId: surveyId,
      after: { what: "responses", format: "xlsx", locale: "en", filters: { departmentId: h.department.id } },
    });
  });

  it("answers 404 for an unknown survey and 400 for a bad format, and writes no audit row for them", async () => {
    const before = (await t.database.db.selectFrom("audit_log").select("id").where("action", "=", "export").execute())
      .length;
    const unknown = await app.request(`${base}/surveys/${crypto.randomUUID()}/responses/export`, {
      headers: { cookie: viewer },
    });
    expect(unknown.status).toBe(404);
    expect((await download("format=pdf")).status).toBe(400);
    const after = (await t.database.db.selectFrom("audit_log").select("id").where("action", "=", "export").execute())
      .length;
    expect(after).toBe(before);
    expect((await download("format=csv", "")).status).toBe(401);
  });

  it("an export imports into another survey as it is: every column mapped by the guess, the same answers, once", async () => {
    const owner = h.owner.cookie;
    // Survey B asks everything A's export has a column for: A's current questions and the NPS of version 1.
    const a = await send(app, "GET", `${base}/surveys/${surveyId}`, { cookie: owner });
    expect(a.status, a.text).toBe(200);
    const questions = [
      ...a.json.definition.sections[0].questions,
      { key: "nps", type: "nps", text: "추천하시겠어요?", textEn: "Would you recommend us?", required: false },
    ];
    const created = await send(app, "POST", `${base}/surveys`, {
      cookie: owner,
      body: { journeyId: h.journey.id, title: "옮겨 온 응답", definition: { sections: [{ key: "s", questions }] } },
    });
    expect(created.status, created.text).toBe(201);
    const b = created.json.id as string;
    expect((await send(app, "POST", `${base}/surveys/${b}/publish`, { cookie: owner })).status).toBe(200);

    const listed = async (id: string) => {
      const res = await send(app, "GET", `${base}/surveys/${id}/responses?limit=100`, { cookie: owner });
      expect(res.status, res.text).toBe(200);
      type Item = {
        visitDate: string | null;
        departmentId: string | null;
        segment: string | null;
        answers: { questionKey: string; value: number | null; text: string | null; choices: string[] | null }[];
      };
      return (res.json.items as Item[])
        .map((r) =>
          JSON.stringify([
            r.visitDate,
            r.departmentId,
            r.segment,
            r.answers
              .map((x) => [x.questionKey, x.value, x.text, x.choices])
              .sort((p, q) => String(p[0]).localeCompare(String(q[0]))),
          ]),
        )
        .sort();
    };

    // Korean CSV first, then the English XLSX of the same responses: the second finds them all stored.
    for (const [format, lang, created] of [
      ["csv", "ko", 3],
      ["xlsx", "en", 0],
    ] as const) {
      const file = await download(`format=${format}&lang=${lang}`);
      expect(file.status).toBe(200);
      const res = await app.request(`${base}/surveys/${b}/imports/uploads?fileName=export.${format}`, {
        method: "POST",
        headers: { origin: "http://localhost", cookie: owner, "content-type": "application/octet-stream" },
        body: file.bytes,
      });
      const up = JSON.parse(await res.text());
      expect(res.status, JSON.stringify(up)).toBe(201);
      const targets = (up.suggestedMapping.columns as { target: { kind: string; questionKey?: string } }[]).map(
        (c) => c.target.questionKey ?? c.target.kind,
      );
      expect(targets).toEqual([
        "dedupe_key",
        "submitted_at",
        "ignore", // version: B has its own
        "ignore", // channel: an import is an import
        "visit_date",
        "department",
        "segment",
        "sat",
        "again",
        "clean",
        "how",
        "comment",
        "parking",
        "nps",
      ]);
      const commit = await send(app, "POST", `${base}/surveys/${b}/imports/uploads/${up.uploadId}/commit`, {
        cookie: owner,
        body: { mapping: up.suggestedMapping },
      });
      expect(commit.status, commit.text).toBe(202);
      let job = { status: "running" } as { status: string; report?: Record<string, unknown> };
      while (job.status === "running") {
        await new Promise((r) => setTimeout(r, 10));
        job = (await send(app, "GET", `${base}/surveys/${b}/imports/jobs/${commit.json.jobId}`, { cookie: owner }))
          .json;
      }
      expect(job).toMatchObject({ status: "succeeded", report: { errorCount: 0, created, duplicates: 3 - created } });
    }
    // The same answers, the formula escapes of the export undone ("-3시간 기다렸어요", not "'-3시간 …").
    expect(await listed(b)).toEqual(await listed(surveyId));
    expect((await listed(b)).join()).toContain('"-3시간 기다렸어요"');
  });

  it("property: RRNs and phone numbers in free text survive in neither the CSV nor the XLSX", async () => {
    const d = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, "0"));
    const sep = fc.constantFrom("-", " ", ".", "", " - ");
    const rrn = fc
      .tuple(
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 8 }),
        d(6),
        fc.constantFrom("-", "", " ", "."),
      )
      .map(([y, m, day, g, rest, s]) => {
        const front = [y, m, day].map((x) => String(x).padStart(2, "0")).join("");
        return { shown: `${front}${s}${g}${rest}`, digits: `${front}${g}${rest}` };
      });
    const mobile = fc
      .tuple(fc.constantFrom("010", "011", "016", "019"), d(4), d(4), sep, fc.boolean())
      .map(([p, a, b, s, intl]) => ({
        shown: intl ? `+82 ${p.slice(1)} ${a} ${b}` : `${p}${s}${a}${s}${b}`,
        digits: `${p.slice(1)}${a}${b}`,
      }));
    const landline = fc
      .tuple(fc.constantFrom("02", "031", "051", "064", "070"), d(4), d(4), fc.constantFrom("-", " ", "."))
      .map(([p, a, b, s]) => ({ shown: `${p}${s}${a}${s}${b}`, digits: `${p}${a}${b}` }));
    const personal = fc.oneof(rrn, mobile, landline);
    const comment = fc
      .tuple(
        fc.constantFrom("제 번호 ", "연락처: ", "주민번호 ", "", "보호자 "),
        personal,
        fc.constantFrom(" 로 연락 주세요", "", "."),
      )
      .map(([before, p, after]) => ({ text: `${before}${p.shown}${after}`, digits: p.digits }));

    await fc.assert(
      fc.asyncProperty(fc.array(comment, { minLength: 8, maxLength: 12 }), async (comments) => {
        const submitted: string[] = [];
        for (const c of comments) submitted.push(await submit({ answers: [{ key: "comment", text: c.text }] }));
        const { rows: csvRows, text } = await csv("lang=ko");
        const { rows: xlsxRows } = await xlsx("lang=ko");
        const commentsIn = (rows: unknown[][]) =>
          rows.filter((r) => submitted.includes(String(r[0]))).map((r) => String(r[11] ?? ""));
        const inCsv = commentsIn(csvRows);
        const inXlsx = commentsIn(xlsxRows);
        expect(inCsv).toHaveLength(comments.length);
        expect(inXlsx).toHaveLength(comments.length);
        for (const c of comments) {
          expect(text).not.toContain(c.text);
          for (const cell of [...inCsv, ...inXlsx]) expect(cell.replace(/\D/g, "")).not.toContain(c.digits);
        }
      }),
      { numRuns: 4 },
    );
  });
});
