import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkMappingQuestions,
  type ImportDepartment,
  ImportMapping,
  type ImportMappingInput,
  mapResponseRow,
  parseDateCell,
  planResponseImport,
  type ResponseImportPlan,
  SurveyDefinition,
  suggestMapping,
} from "../src/index.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest();

const definition = SurveyDefinition.parse({
  sections: [
    {
      key: "s1",
      title: "진료",
      questions: [
        { key: "sat", type: "satisfaction", text: "만족도", textEn: "Satisfaction", required: true },
        { key: "sat7", type: "satisfaction", scale: 7, text: "7점 만족도" },
        { key: "imp", type: "importance", text: "중요도" },
        { key: "again", type: "yes_no", text: "재방문 의향", textEn: "Would come again" },
        {
          key: "route",
          type: "single_choice",
          text: "방문 경로",
          options: [
            { value: "web", label: "홈페이지", labelEn: "Website" },
            { value: "friend", label: "지인 추천", labelEn: "A friend" },
          ],
        },
        {
          key: "good",
          type: "multiple_choice",
          text: "좋았던 점",
          options: [
            { value: "staff", label: "친절", labelEn: "Kind staff" },
            { value: "clean", label: "청결", labelEn: "Clean" },
            { value: "fast", label: "빠른 진료", labelEn: "Quick" },
          ],
        },
        { key: "nps", type: "nps", text: "추천 의향", textEn: "Recommend" },
        { key: "comment", type: "free_text", text: "하고 싶은 말", textEn: "Comment" },
      ],
    },
  ],
});

const departments: ImportDepartment[] = [
  { id: "d-im", name: "내과", nameEn: "Internal Medicine", code: "IM" },
  { id: "d-os", name: "정형외과", nameEn: "Orthopedics", code: "OS" },
];

const header = [
  "응답번호",
  "방문일",
  "진료과",
  "구분",
  "만족도",
  "7점",
  "중요도",
  "재방문",
  "경로",
  "좋은점",
  "NPS",
  "의견",
];
const mappingInput: ImportMappingInput = {
  sourceName: "EMR",
  columns: [
    { column: "응답번호", target: { kind: "dedupe_key" } },
    { column: "방문일", target: { kind: "visit_date" } },
    { column: "진료과", target: { kind: "department" } },
    { column: "구분", target: { kind: "segment" } },
    { column: "만족도", target: { kind: "answer", questionKey: "sat" } },
    { column: "7점", target: { kind: "answer", questionKey: "sat7" } },
    { column: "중요도", target: { kind: "answer", questionKey: "imp" } },
    { column: "재방문", target: { kind: "answer", questionKey: "again" } },
    { column: "경로", target: { kind: "answer", questionKey: "route" } },
    { column: "좋은점", target: { kind: "answer", questionKey: "good" } },
    { column: "NPS", target: { kind: "answer", questionKey: "nps" } },
    { column: "의견", target: { kind: "answer", questionKey: "comment" } },
  ],
};

function plan(h = header, input: ImportMappingInput = mappingInput): ResponseImportPlan {
  const r = planResponseImport(h, ImportMapping.parse(input), definition, departments, {
    sha256,
    importedAt: "2025-01-01T00:00:00.000Z",
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
}

const good = ["R1", "2025-03-14", "내과", "외래", "5", "7", "4", "예", "홈페이지", "친절;clean", "10", "좋았어요"];

describe("mapResponseRow", () => {
  it("maps a good row: numbers, yes/no, choices by label or value, department by name, date", () => {
    const r = mapResponseRow(good, 2, plan());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.dedupeKey).toBe("R1");
    expect(r.value.visitDate).toBe("2025-03-14");
    expect(r.value.submittedAt).toBe("2025-03-13T15:00:00.000Z");
    expect(r.value.departmentId).toBe("d-im");
    expect(r.value.segment).toBe("외래");
    const byKey = Object.fromEntries(r.value.answers.map((a) => [a.question.key, a.value ?? a.text ?? a.choices]));
    expect(byKey).toEqual({
      sat: 5,
      sat7: 7,
      imp: 4,
      again: 1,
      route: ["web"],
      good: ["staff", "clean"],
      nps: 10,
      comment: "좋았어요",
    });
  });

  it("accepts numbers written as 5.0, with spaces or full-width, and departments by code in any case", () => {
    const cells = [...good];
    cells[0] = "R2";
    cells[2] = " im ";
    cells[4] = " 5.0 ";
    cells[6] = "４";
    cells[7] = "N";
    const r = mapResponseRow(cells, 3, plan());
    expect(r.ok && r.value.answers.find((a) => a.question.key === "imp")?.value).toBe(4);
    expect(r.ok && r.value.answers.find((a) => a.question.key === "again")?.value).toBe(0);
    expect(r.ok && r.value.departmentId).toBe("d-im");
  });

  it("reports every bad cell of a row with row, column, code and Korean and English messages", () => {
    const cells = ["R3", "2025-13-40", "치과", "외래", "9", "x", "4", "아마", "택시", "친절;없음", "11", "ok"];
    const r = mapResponseRow(cells, 3, plan());
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.column, e.code])).toEqual([
      ["방문일", "bad_date"],
      ["진료과", "unknown_department"],
      ["만족도", "out_of_range"],
      ["7점", "not_a_number"],
      ["재방문", "not_a_number"],
      ["경로", "unknown_choice"],
      ["좋은점", "unknown_choice"],
      ["NPS", "out_of_range"],
    ]);
    const sat = r.errors.find((e) => e.column === "만족도");
    expect(sat?.message).toBe("3행 '만족도' 열: 1에서 5 사이의 숫자여야 합니다 (입력: 9)");
    expect(sat?.messageEn).toBe("Row 3, column '만족도': must be a number from 1 to 5 (got 9)");
    expect(sat?.params).toEqual({ min: 1, max: 5 });
  });

  it("requires required answers and the dedupe key; a single choice takes one option", () => {
    const cells = [...good];
    cells[0] = "";
    cells[4] = "";
    cells[8] = "홈페이지;지인 추천";
    const r = mapResponseRow(cells, 4, plan());
    expect(!r.ok && r.errors.map((e) => [e.column, e.code])).toEqual([
      ["응답번호", "required_missing"],
      ["만족도", "required_missing"],
      ["경로", "too_many_choices"],
    ]);
  });

  it("masks free text, masks and cuts the cell shown in an error, rejects text over 2000", () => {
    const cells = [...good];
    cells[11] = "연락처 010-1234-5678 로 주세요";
    const r = mapResponseRow(cells, 2, plan());
    expect(r.ok && r.value.answers.find((a) => a.question.key === "comment")?.text).toBe("연락처 [전화번호] 로 주세요");
    cells[0] = "R9";
    cells[11] = "가".repeat(2001);
    cells[4] = `010-9876-5432 ${"x".repeat(200)}`;
    const bad = mapResponseRow(cells, 5, plan());
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.map((e) => e.code)).toEqual(["not_a_number", "too_long"]);
    expect(bad.errors[0]?.value).not.toContain("9876");
    expect(bad.errors[0]?.value?.length).toBe(100);
    expect(bad.errors[1]?.params).toEqual({ max: 2000, length: 2001 });
  });

  it("reports a mapped dedupe key repeated in the file, pointing at the first row", () => {
    const p = plan();
    expect(mapResponseRow(good, 2, p).ok).toBe(true);
    const again = mapResponseRow(good, 7, p);
    expect(!again.ok && again.errors.map((e) => [e.code, e.params])).toEqual([["duplicate_in_file", { firstRow: 2 }]]);
  });

  it("without a key column: identical rows get distinct keys, the same file gives the same keys", () => {
    const noKey = { ...mappingInput, columns: mappingInput.columns.slice(1) };
    const keys = (p: ResponseImportPlan) =>
      [2, 3, 4].map((row) => {
        const r = mapResponseRow(row === 4 ? ["x", ...good.slice(1, 4), "4", ...good.slice(5)] : good, row, p);
        return r.ok ? r.value.dedupeKey : "error";
      });
    const first = keys(plan(header, noKey));
    expect(new Set(first).size).toBe(3);
    expect(first[1]).toBe(`${first[0]}.2`);
    expect(keys(plan(header, noKey))).toEqual(first);
  });

  it("fails a plan whose mapped column is not in the file, or that leaves a required question out", () => {
    const r = planResponseImport(
      header.filter((h) => h !== "만족도"),
      ImportMapping.parse(mappingInput),
      definition,
      departments,
      { sha256, importedAt: "2025-01-01T00:00:00.000Z" },
    );
    expect(!r.ok && r.errors.map((e) => [e.row, e.column, e.code])).toEqual([[1, "만족도", "column_missing"]]);
    const unmapped = planResponseImport(header, ImportMapping.parse({ columns: [] }), definition, departments, {
      sha256,
      importedAt: "2025-01-01T00:00:00.000Z",
    });
    expect(!unmapped.ok && unmapped.errors[0]?.message).toBe("필수 문항 '만족도'에 연결된 열이 없습니다.");
    const unknown = ImportMapping.parse({
      columns: [{ column: "a", target: { kind: "answer", questionKey: "nope" } }],
    });
    expect(checkMappingQuestions(unknown, definition).map((i) => i.path)).toEqual(["columns.0.target.questionKey"]);
  });

  it("resolves headers regardless of case and spacing", () => {
    const p = plan(header.map((h) => (h === "NPS" ? " nps " : h)));
    expect(mapResponseRow(good, 2, p).ok).toBe(true);
  });

  it("never throws on random cells and reports errors only with known codes and both messages", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { minLength: 0, maxLength: 14 }), (cells) => {
        const r = mapResponseRow(cells, 2, plan());
        if (!r.ok) for (const e of r.errors) expect(e.message.length * e.messageEn.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe("parseDateCell", () => {
  it.each([
    ["2025-03-14", "2025-03-14"],
    ["2025.03.14", "2025-03-14"],
    ["2025. 3. 4.", "2025-03-04"],
    ["2025/3/4", "2025-03-04"],
    ["20250314", "2025-03-14"],
    ["3/14/2025", "2025-03-14"],
    ["45730", "2025-03-14"],
    ["2025-03-14 오후 2:30:00", "2025-03-14"],
    ["2025-03-14T14:30:00+09:00", "2025-03-14"],
  ])("%s → %s", (cell, date) => {
    expect(parseDateCell(cell)?.date).toBe(date);
  });

  it.each(["2025-02-30", "14/03/2025x", "어제", "2025-03-14 25:00", "0"])("rejects %s", (cell) => {
    expect(parseDateCell(cell)).toBeNull();
  });

  it("reads a plain YYYY-MM-DD (its fast path) exactly as the same date written another way", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1890, 0, 1)), max: new Date(Date.UTC(2210, 11, 31)) }), (d) => {
        if (Number.isNaN(d.getTime())) return;
        const iso = d.toISOString().slice(0, 10);
        const dotted = `${iso.replaceAll("-", ".")}.`;
        expect(parseDateCell(iso)).toEqual(parseDateCell(dotted));
      }),
    );
    expect(parseDateCell("2024-02-29")?.date).toBe("2024-02-29");
    for (const bad of ["2025-02-29", "2100-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "1899-12-31"]) {
      expect(parseDateCell(bad)).toBeNull();
    }
  });

  it("reads times without a zone as wall-clock and converts zoned ones", () => {
    expect(parseDateCell("2025-03-14 오후 2:30")?.wallMs).toBe(Date.UTC(2025, 2, 14, 14, 30));
    expect(parseDateCell("2025-03-14T14:30:00+09:00")?.wallMs).toBe(Date.UTC(2025, 2, 14, 5, 30));
  });
});

describe("suggestMapping", () => {
  it("matches questions by key, Korean or English text and standard fields by common names", () => {
    const m = suggestMapping(
      ["ID", "내원일", "진료과", "환자구분", "Q1. 만족도", "Satisfaction", "nps", "Comment", "기타"],
      definition,
    );
    expect(m.columns.map((c) => (c.target.kind === "answer" ? c.target.questionKey : c.target.kind))).toEqual([
      "dedupe_key",
      "visit_date",
      "department",
      "segment",
      "sat",
      "ignore",
      "nps",
      "comment",
      "ignore",
    ]);
    expect(ImportMapping.safeParse(m).success).toBe(true);
  });

  it("maps every column of motmap's own export (Korean or English) but its version and channel", () => {
    const kinds = (header: string[]) =>
      suggestMapping(header, definition).columns.map((c) =>
        c.target.kind === "answer" ? c.target.questionKey : c.target.kind,
      );
    const fixed = ["dedupe_key", "submitted_at", "ignore", "ignore", "visit_date", "department", "segment"];
    expect(
      kinds(["응답 ID", "제출 시각", "버전", "채널", "방문일", "부서", "구분", "sat: 만족도", "again: 재방문 의향"]),
    ).toEqual([...fixed, "sat", "again"]);
    expect(
      kinds([
        "Response ID",
        "Submitted at",
        "Version",
        "Channel",
        "Visit date",
        "Department",
        "Segment",
        // The text may have been edited since, or be missing in English: the key decides.
        "sat: Overall satisfaction",
        "again: 재방문 의향",
        "unknown: 없는 문항",
      ]),
    ).toEqual([...fixed, "sat", "again", "ignore"]);
  });

  it("recognises a column of department names from sample rows", () => {
    const m = suggestMapping(["where"], definition, departments, [["내과"], ["OS"], ["Internal medicine"]]);
    expect(m.columns[0]?.target).toEqual({ kind: "department" });
  });
});

// ---------- masking property ----------

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(""));
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const sep = fc.constantFrom("-", " ", ".", "", " - ");
export const rrnArb = fc
  .record({
    yy: digits(2),
    mm: fc.integer({ min: 1, max: 12 }),
    dd: fc.integer({ min: 1, max: 28 }),
    sep,
    g: fc.integer({ min: 1, max: 8 }),
    rest: digits(6),
  })
  .map(
    ({ yy, mm, dd, sep, g, rest }) =>
      `${yy}${String(mm).padStart(2, "0")}${String(dd).padStart(2, "0")}${sep}${g}${rest}`,
  );
export const phoneArb = fc
  .record({
    area: fc.constantFrom("02", "031", "051", "064", "070", "010", "011", "016"),
    middle: fc.oneof(digits(3), digits(4)),
    last: digits(4),
    sep,
    style: fc.constantFrom("plain", "parens", "intl"),
  })
  .map(({ area, middle, last, sep, style }) => {
    if (style === "parens") return `(${area})${sep}${middle}${sep}${last}`;
    if (style === "intl") return `+82${sep || " "}${area.slice(1)}${sep}${middle}${sep}${last}`;
    return `${area}${sep}${middle}${sep}${last}`;
  });
const personal = fc.oneof(rrnArb, phoneArb).chain((s) => fc.constantFrom(s, fullWidth(s)));
const words = fc.array(fc.constantFrom("진료", "친절", "대기", "연락", "주세요", "감사", "번호는", "ok"), {
  maxLength: 4,
});
const textWithPersonalData = fc
  .array(fc.tuple(words, personal), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([w, p]) => `${w.join(" ")} ${p}`).join(" "));

describe("masking on import", () => {
  it("no generated resident registration or phone number survives in a mapped free-text answer", () => {
    const p = plan();
    let row = 1;
    fc.assert(
      fc.property(textWithPersonalData, (text) => {
        row++;
        const r = mapResponseRow([`K${row}`, ...good.slice(1, 11), text], row, p);
        expect(r.ok).toBe(true);
        const stored = r.ok ? (r.value.answers.find((a) => a.question.key === "comment")?.text ?? "") : "";
        expect(stored).not.toMatch(/[0-9０-９]/);
      }),
      { numRuns: 500 },
    );
  });
});
