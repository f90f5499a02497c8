import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ImportTouchpoint,
  importMessage,
  mapVocRow,
  planVocImport,
  suggestVocMapping,
  VocImportMapping,
  type VocImportMappingInput,
  type VocImportPlan,
} from "../src/index.ts";

const sha256 = (s: string) => createHash("sha256").update(s).digest();
const departments = [
  { id: "d-im", name: "내과", nameEn: "Internal Medicine", code: "IM" },
  { id: "d-adm", name: "원무팀", nameEn: "Administration", code: "ADM" },
];
const touchpoints: ImportTouchpoint[] = [
  { id: "t-desk", name: "접수 창구", stageId: "s-reg", stageName: "접수" },
  { id: "t-kiosk", name: "키오스크", stageId: "s-reg", stageName: "접수" },
  { id: "t-pay-1", name: "안내", stageId: "s-reg", stageName: "접수" },
  { id: "t-pay-2", name: "안내", stageId: "s-out", stageName: "수납" },
];
const header = ["접수번호", "유형", "접수경로", "접수일", "내용", "중요도", "부서", "접점", "연락처"];
const input: VocImportMappingInput = {
  sourceName: "VOC 대장",
  journeyId: "0190a0f0-0000-7000-8000-000000000001",
  columns: [
    { column: "접수번호", target: { kind: "dedupe_key" } },
    { column: "유형", target: { kind: "type" } },
    { column: "접수경로", target: { kind: "channel" } },
    { column: "접수일", target: { kind: "received_on" } },
    { column: "내용", target: { kind: "text" } },
    { column: "중요도", target: { kind: "severity" } },
    { column: "부서", target: { kind: "department" } },
    { column: "접점", target: { kind: "touchpoint" } },
    { column: "연락처", target: { kind: "contact" } },
  ],
};

function plan(m: VocImportMappingInput = input, h: string[] = header): VocImportPlan {
  const planned = planVocImport(h, VocImportMapping.parse(m), departments, touchpoints, sha256);
  if (!planned.ok) throw new Error(JSON.stringify(planned.errors));
  return planned.plan;
}

describe("mapVocRow", () => {
  it("reads Korean and English values: type, channel, severity, departments, touchpoint, contact", () => {
    const p = plan();
    const ko = mapVocRow(
      ["V-1", "불만", "전화", "2025.03.14", "대기가 길어요", "상", "내과; 원무팀", "접수 창구", "010-1234-5678"],
      2,
      p,
    );
    expect(ko).toEqual({
      ok: true,
      value: {
        dedupeKey: "key:V-1",
        type: "complaint",
        channel: "phone",
        receivedOn: "2025-03-14",
        severity: "high",
        text: "대기가 길어요",
        departmentIds: ["d-im", "d-adm"],
        touchpointId: "t-desk",
        stageId: "s-reg",
        contact: { plain: "010-1234-5678", masked: "010-****-5678" },
      },
    });
    const en = mapVocRow(
      ["V-2", "Compliment", "Social media", "2025-03-15", "Kind nurse", "low", "IM", "수납 / 안내", ""],
      3,
      p,
    );
    expect(en.ok && en.value).toMatchObject({
      type: "compliment",
      channel: "social_review",
      severity: "low",
      departmentIds: ["d-im"],
      touchpointId: "t-pay-2",
      contact: null,
    });
    for (const [cell, channel] of [
      ["방문", "in_person"],
      ["홈페이지", "homepage"],
      ["고객의 소리 카드", "voc_card"],
      ["해피콜", "follow_up_call"],
      ["설문", "survey_comment"],
      ["follow_up_call", "follow_up_call"],
    ]) {
      const r = mapVocRow(["K", "제안", cell as string, "2025-01-01", "x", "", "", "", ""], 4, plan());
      expect(r.ok && r.value.channel).toBe(channel);
    }
  });

  it("reports every problem of a row with its row, column and a ko/en message", () => {
    const r = mapVocRow(["V-9", "욕설", "팩스", "2025-02-30", "", "매우", "치과", "안내", "900101-1234567"], 7, plan());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [7, "유형", "unknown_choice"],
      [7, "접수경로", "unknown_choice"],
      [7, "접수일", "bad_date"],
      [7, "내용", "required_missing"],
      [7, "중요도", "unknown_choice"],
      [7, "부서", "unknown_department"],
      [7, "접점", "ambiguous_touchpoint"],
      [7, "연락처", "bad_contact"],
    ]);
    const contact = r.errors.at(-1);
    expect(contact?.value).not.toContain("1234567");
    expect(contact?.message).toContain("7행 '연락처' 열");
    expect(contact?.messageEn).toContain("Row 7, column '연락처'");
    expect(importMessage("unknown_touchpoint", { row: 2, column: "접점", value: "x", params: {} }).messageEn).toMatch(
      /no touchpoint/,
    );
  });

  it("fails at row 1 for unmapped required fields unless a default is chosen", () => {
    const m = VocImportMapping.parse({ columns: [{ column: "내용", target: { kind: "text" } }] });
    const planned = planVocImport(["내용"], m, departments, [], sha256);
    expect(!planned.ok && planned.errors.map((e) => [e.row, e.code, e.params.fieldEn])).toEqual([
      [1, "field_unmapped", "type"],
      [1, "field_unmapped", "channel"],
      [1, "field_unmapped", "received date"],
    ]);
    const withDefaults = VocImportMapping.parse({
      columns: [
        { column: "내용", target: { kind: "text" } },
        { column: "일자", target: { kind: "received_on" } },
      ],
      defaults: { type: "complaint", channel: "voc_card" },
    });
    const ok = planVocImport(["일자", "내용"], withDefaults, departments, [], sha256);
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    const row = mapVocRow(["2025-01-02", "주차가 불편"], 2, ok.plan);
    expect(row.ok && row.value).toMatchObject({ type: "complaint", channel: "voc_card", severity: "medium" });
  });

  it("needs a journey when a touchpoint column is mapped", () => {
    const r = VocImportMapping.safeParse({ ...input, journeyId: null });
    expect(r.success).toBe(false);
  });

  it("keys rows without a key column by a hash, numbering identical rows; in-file duplicate keys are errors", () => {
    const noKey = { ...input, columns: input.columns.slice(1) };
    const h = header.slice(1);
    const cells = ["칭찬", "방문", "2025-03-01", "친절", "", "", "", ""];
    const p = plan(noKey, h);
    const a = mapVocRow(cells, 2, p);
    const b = mapVocRow(cells, 3, p);
    expect(a.ok && b.ok && b.value.dedupeKey).toBe(a.ok && `${a.value.dedupeKey}.2`);
    const again = mapVocRow(cells, 2, plan(noKey, h));
    expect(again.ok && a.ok && again.value.dedupeKey === a.value.dedupeKey).toBe(true);
    const k = plan();
    mapVocRow(["K1", "칭찬", "방문", "2025-03-01", "a", "", "", "", ""], 2, k);
    const dup = mapVocRow(["K1", "칭찬", "방문", "2025-03-01", "b", "", "", "", ""], 3, k);
    expect(!dup.ok && dup.errors.map((e) => [e.code, e.params.firstRow])).toEqual([["duplicate_in_file", 2]]);
  });

  it("suggests a mapping from Korean and English header names", () => {
    const m = suggestVocMapping([...header, "환자명"]);
    expect(m.columns.map((c) => c.target.kind)).toEqual([
      "dedupe_key",
      "type",
      "channel",
      "received_on",
      "text",
      "severity",
      "department",
      "touchpoint",
      "contact",
      "ignore",
    ]);
    const en = suggestVocMapping(["ID", "Type", "Channel", "Date", "Text", "Contact"]);
    expect(en.columns.map((c) => c.target.kind)).toEqual([
      "dedupe_key",
      "type",
      "channel",
      "received_on",
      "text",
      "contact",
    ]);
  });
});

describe("mapVocRow properties", () => {
  it("never throws on random cells", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 40 }), { maxLength: 12 }), { maxLength: 8 }), (rows) => {
        const p = plan();
        rows.forEach((cells, i) => {
          const r = mapVocRow(cells, i + 2, p);
          if (!r.ok) for (const e of r.errors) expect(e.message.length).toBeGreaterThan(0);
        });
      }),
    );
  });

  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const phone = fc
    .tuple(
      fc.constantFrom("010", "011", "016", "02", "031", "051"),
      digits(4),
      digits(4),
      fc.constantFrom("-", " ", ""),
    )
    .map(([a, b, c, sep]) => `${a}${sep}${b}${sep}${c}`);
  const rrn = fc
    .tuple(
      fc.integer({ min: 0, max: 99 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
      fc.integer({ min: 1, max: 4 }),
      digits(6),
    )
    .map(
      ([y, m, d, g, rest]) =>
        `${String(y).padStart(2, "0")}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}-${g}${rest}`,
    );
  const words = fc.constantFrom("대기가 길어요", "연락 주세요", "친절했습니다", "", "주차장 문의");

  it("generated RRNs and phone numbers never survive in the text or in the masked contact", () => {
    fc.assert(
      fc.property(words, phone, rrn, words, phone, (before, p1, r, after, contactPhone) => {
        const p = plan();
        const text = `${before} ${p1} ${after} 주민번호 ${r}`;
        const result = mapVocRow(["K", "불만", "전화", "2025-03-01", text, "", "", "", contactPhone], 2, p);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const { text: stored, contact } = result.value;
        const bare = (s: string) => s.replace(/[-\s]/g, "");
        for (const secret of [p1, r, bare(p1), bare(r)]) expect(stored).not.toContain(secret);
        expect(contact?.plain).toBe(contactPhone);
        expect(bare(contact?.masked ?? "")).not.toContain(bare(contactPhone));
        expect(contact?.masked).toMatch(/\*{3,}/);
        // An RRN typed into the contact column is refused, and the error shows it masked.
        const wrong = mapVocRow(["K2", "불만", "전화", "2025-03-01", "x", "", "", "", r], 3, p);
        expect(wrong.ok).toBe(false);
        if (!wrong.ok) expect(JSON.stringify(wrong.errors)).not.toContain(r.slice(-7));
      }),
    );
  });
});
