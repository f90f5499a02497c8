import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ImportReport, VocImportMappingInput } from "@motmap/core";
import { readTable } from "@motmap/tabular";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getVocImportMapping,
  getVocItem,
  type HospitalContext,
  importVocItems,
  listAuditEntries,
  listVocImports,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { newHospital, type Seeded, seedJourney, unwrap } from "./support/fixtures.ts";

const header = ["접수번호", "유형", "접수경로", "접수일", "내용", "중요도", "부서", "접점", "연락처"];
const columns: VocImportMappingInput["columns"] = [
  { column: "접수번호", target: { kind: "dedupe_key" } },
  { column: "유형", target: { kind: "type" } },
  { column: "접수경로", target: { kind: "channel" } },
  { column: "접수일", target: { kind: "received_on" } },
  { column: "내용", target: { kind: "text" } },
  { column: "중요도", target: { kind: "severity" } },
  { column: "부서", target: { kind: "department" } },
  { column: "접점", target: { kind: "touchpoint" } },
  { column: "연락처", target: { kind: "contact" } },
];

const TYPES = ["불만", "칭찬", "제안", "문의", "complaint", "Compliment"];
const CHANNELS = ["전화", "방문", "홈페이지", "고객의 소리 카드", "SNS", "phone"];
const SEVERITIES = ["상", "중", "하", "high", ""];
const goodRows = (n: number) =>
  Array.from({ length: n }, (_, i) => [
    `V${i + 1}`,
    TYPES[i % TYPES.length] as string,
    CHANNELS[i % CHANNELS.length] as string,
    `2025-04-${String((i % 28) + 1).padStart(2, "0")}`,
    `접수 창구 대기가 길었습니다 ${i} 연락처 010-5555-${String(1000 + i).slice(-4)}`,
    SEVERITIES[i % SEVERITIES.length] as string,
    i % 2 ? "원무팀" : "ADM;CALL",
    i % 3 === 0 ? "" : "접수 창구",
    i % 4 === 0 ? `010-7777-${String(2000 + i).slice(-4)}` : "",
  ]);
const csvLine = (cells: string[]) =>
  cells.map((c) => (/[",\n;]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(",");
const csv = (rows: string[][], h = header) => `\uFEFF${[h, ...rows].map(csvLine).join("\r\n")}\r\n`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "motmap-voc-import-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe.each(engines())("importVocItems on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let seeded: Seeded;
  let mapping: VocImportMappingInput;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    ctx = await newHospital(t);
    seeded = await seedJourney(ctx);
    mapping = { sourceName: "VOC 대장", journeyId: seeded.journey.id, columns };
  });
  afterAll(async () => t.dispose());

  async function run(path: string, mode: "preview" | "commit" = "commit", map: unknown = mapping) {
    const table = await readTable({ path });
    return unwrap(
      await importVocItems(ctx, {
        rows: table.rows,
        header: table.header,
        mapping: map,
        mode,
        fileName: table.fileName,
      }),
    ) as ImportReport;
  }
  const items = () => t.db.selectFrom("voc_items").selectAll().where("hospital_id", "=", ctx.hospitalId).execute();

  it("imports a good file: masked text, encrypted contact, departments, touchpoints, history, audit", async () => {
    const path = file("good.csv", csv(goodRows(24)));
    const preview = await run(path, "preview");
    expect(preview).toMatchObject({ rows: 24, valid: 24, duplicates: 0, created: 0, errorCount: 0, committed: false });
    expect(preview.sample[0]).toMatchObject({ 접수번호: "V1", 유형: "complaint", 부서: "원무팀, 예약센터" });
    expect(preview.sample[0]?.연락처).toBe("010-****-2000");
    expect(await items()).toHaveLength(0);

    const report = await run(path);
    expect(report).toMatchObject({ rows: 24, valid: 24, created: 24, duplicates: 0, committed: true });
    const stored = await items();
    expect(stored).toHaveLength(24);
    const all = JSON.stringify(stored);
    expect(all).not.toMatch(/010-5555|010-7777|0105555|0107777/);
    const v1 = stored.find((r) => r.import_key === "import:key:V1");
    expect(v1).toMatchObject({
      type: "complaint",
      channel: "phone",
      received_on: "2025-04-01",
      severity: "high",
      status: "received",
      touchpoint_id: null,
      contact_masked: "010-****-2000",
      import_id: report.importId,
    });
    expect(v1?.contact_encrypted).toMatch(/^v1:/);
    expect(v1?.text).toContain("[전화번호]");
    // Untagged: the classifier's suggestion is stored, not applied.
    expect(JSON.parse(v1?.suggestion ?? "null")).toHaveProperty("touchpoints");
    const v2 = stored.find((r) => r.import_key === "import:key:V2");
    expect(v2).toMatchObject({ touchpoint_id: seeded.touchpoints[1][0].id, stage_id: seeded.stages[1].id });
    expect(v2?.suggestion).toBeNull();

    const detail = unwrap(await getVocItem(ctx, v1?.id ?? ""));
    expect(detail.departmentIds).toEqual([seeded.departments[0].id, seeded.departments[1].id]);
    const history = await t.db
      .selectFrom("voc_history")
      .selectAll()
      .where("voc_item_id", "=", v1?.id ?? "")
      .execute();
    expect(history.map((h) => [h.action, h.to_status])).toEqual([["create", "received"]]);
    const audit = await listAuditEntries(ctx, { entityId: v1?.id ?? "" });
    expect(audit.map((a) => [a.action, a.entityType])).toEqual([["create", "voc_item"]]);
    expect(JSON.stringify(audit)).not.toMatch(/010-7777/);

    expect(unwrap(await listVocImports(ctx))).toMatchObject([
      { id: report.importId, fileName: "good.csv", rows: 24, created: 24, duplicates: 0, sourceName: "VOC 대장" },
    ]);
    const remembered = unwrap(
      await getVocImportMapping(
        ctx,
        header.map((h) => ` ${h} `),
      ),
    );
    expect(remembered?.mapping.journeyId).toBe(seeded.journey.id);
    expect(unwrap(await getVocImportMapping(ctx, ["other"]))).toBeNull();
  });

  it("imports the same file twice without duplicates", async () => {
    const path = file("good.csv", csv(goodRows(24)));
    expect(await run(path, "preview")).toMatchObject({ duplicates: 24 });
    expect(await run(path)).toMatchObject({ rows: 24, created: 0, duplicates: 24, committed: true });
    expect(await items()).toHaveLength(24);
  });

  it("recognises re-imported rows by a row hash when there is no key column", async () => {
    const noKey = { ...mapping, columns: columns.slice(1) };
    const rows = goodRows(5).map((r) => ["", ...r.slice(1)]);
    rows.push(rows[1] as string[]);
    const path = file("nokey.csv", csv(rows.map((r) => r.map((c, i) => (i === 4 ? `${c} 해시` : c)))));
    expect(await run(path, "commit", noKey)).toMatchObject({ rows: 6, created: 6 });
    expect(await run(path, "commit", noKey)).toMatchObject({ rows: 6, created: 0, duplicates: 6 });
  });

  it("writes nothing from a file with bad rows and reports every bad row", async () => {
    const before = (await items()).length;
    const rows = goodRows(20).map((r) => r.map((c, i) => (i === 0 ? `B${c}` : c)));
    (rows[2] as string[])[1] = "욕설";
    (rows[5] as string[])[3] = "2025-13-01";
    (rows[5] as string[])[6] = "치과";
    (rows[9] as string[])[4] = "";
    (rows[12] as string[])[7] = "없는 접점";
    (rows[15] as string[])[8] = "900101-1234567";
    (rows[19] as string[])[0] = "BV1";
    const path = file("bad.csv", csv(rows));
    for (const mode of ["preview", "commit"] as const) {
      const report = await run(path, mode);
      expect(report).toMatchObject({ committed: false, created: 0, errorCount: 7 });
      expect(report.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [4, "유형", "unknown_choice"],
        [7, "접수일", "bad_date"],
        [7, "부서", "unknown_department"],
        [11, "내용", "required_missing"],
        [14, "접점", "unknown_touchpoint"],
        [17, "연락처", "bad_contact"],
        [21, "접수번호", "duplicate_in_file"],
      ]);
      expect(report.errors.every((e) => e.message !== "" && e.messageEn !== "")).toBe(true);
      expect(JSON.stringify(report)).not.toContain("1234567");
    }
    expect(await items()).toHaveLength(before);
    expect(unwrap(await listVocImports(ctx))).toHaveLength(4);
  });

  it("imports an XLSX file with Korean headers, Excel dates and English values", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("VOC");
    ws.addRow(header);
    ws.addRow([
      "X1",
      "칭찬",
      "홈페이지",
      new Date(Date.UTC(2025, 4, 2)),
      "간호사님 친절 감사합니다",
      "하",
      "외래간호팀",
      "키오스크",
      "kim@example.kr",
    ]);
    ws.addRow(["X2", "inquiry", "follow-up call", "2025.05.03", "주차 문의 900101-1234567", "medium", "OPD", "", ""]);
    ws.getCell("D2").numFmt = "yyyy-mm-dd";
    const path = file("voc.xlsx", Buffer.from(await wb.xlsx.writeBuffer()));
    const report = await run(path);
    expect(report).toMatchObject({ rows: 2, created: 2, errorCount: 0, committed: true });
    const stored = await items();
    const x1 = stored.find((r) => r.import_key === "import:key:X1");
    expect(x1).toMatchObject({
      type: "compliment",
      channel: "homepage",
      received_on: "2025-05-02",
      severity: "low",
      touchpoint_id: seeded.touchpoints[1].find((tp) => tp.name === "키오스크")?.id,
      contact_masked: "k**@example.kr",
    });
    const x2 = stored.find((r) => r.import_key === "import:key:X2");
    expect(x2).toMatchObject({ type: "inquiry", channel: "follow_up_call", text: "주차 문의 [주민번호]" });
  });

  it.runIf(engine === "sqlite")("leaves no plaintext phone number in the database file", async () => {
    const rows = goodRows(8).map((r) => r.map((c, i) => (i === 0 ? `F${c}` : i === 8 ? "010-4321-8765" : c)));
    expect(await run(file("file.csv", csv(rows)))).toMatchObject({ created: 8 });
    let bytes = readFileSync(t.location as string);
    try {
      bytes = Buffer.concat([bytes, readFileSync(`${t.location}-wal`)]);
    } catch {}
    for (const s of ["010-4321-8765", "01043218765", "4321-8765"]) expect(bytes.includes(Buffer.from(s))).toBe(false);
  });

  it("refuses a journey of another hospital", async () => {
    const other = await newHospital(t);
    const theirs = await seedJourney(other);
    const table = await readTable({ path: file("x.csv", csv(goodRows(1))) });
    const r = await importVocItems(ctx, {
      rows: table.rows,
      header: table.header,
      mapping: { ...mapping, journeyId: theirs.journey.id },
      mode: "preview",
      fileName: "x.csv",
    });
    expect(r.ok).toBe(false);
  });
});
