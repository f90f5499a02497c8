import type { ImportErrorCode } from "./import-contract.ts";

/** What a message may mention: the row, the column, the (masked, cut) cell and the code's params. */
export interface MessageArgs {
  row: number;
  column: string | null;
  value: string | null;
  params: Record<string, string | number>;
}

type Messages = { ko: (a: MessageArgs) => string; en: (a: MessageArgs) => string };

const where = {
  ko: (a: MessageArgs) => (a.column === null ? `${a.row}행` : `${a.row}행 '${a.column}' 열`),
  en: (a: MessageArgs) => (a.column === null ? `Row ${a.row}` : `Row ${a.row}, column '${a.column}'`),
};
const got = {
  ko: (a: MessageArgs) => (a.value === null ? "" : ` (입력: ${a.value})`),
  en: (a: MessageArgs) => (a.value === null ? "" : ` (got ${a.value})`),
};
const p = (a: MessageArgs, name: string) => String(a.params[name] ?? "");

/** One pair of sentences per code; the wizard, the API and the CLI show these as they are. */
const MESSAGES: Record<ImportErrorCode, Messages> = {
  // Row 0: the file as a whole; a row: bytes that are not text from that row on (a damaged file).
  file_unreadable: {
    ko: (a) =>
      a.row > 0
        ? `${a.row}행부터 텍스트가 아닌 데이터(깨진 바이트)가 있어 파일을 읽을 수 없습니다. 파일이 손상되었거나 다른 형식의 내용이 섞이지 않았는지 확인하세요.`
        : "파일을 읽을 수 없습니다. CSV(UTF-8 또는 CP949) 또는 XLSX 파일인지 확인하세요.",
    en: (a) =>
      a.row > 0
        ? `From row ${a.row} on, the file holds data that is not text (broken bytes), so it cannot be read. Check that the file is not damaged and that nothing of another format is mixed in.`
        : "The file cannot be read. Is it a CSV (UTF-8 or CP949) or an XLSX file?",
  },
  file_empty: { ko: () => "파일이 비어 있습니다.", en: () => "The file is empty." },
  header_missing: {
    ko: () => "첫 행에 열 이름(머리글)이 없습니다.",
    en: () => "The first row has no column names (header).",
  },
  malformed_quotes: {
    ko: (a) =>
      `${where.ko(a)}: 따옴표(")가 닫히지 않았거나 잘못된 곳에 있어 이 행부터 뒤의 행들이 한 칸으로 합쳐집니다. 셀 안의 따옴표는 두 번("") 써 주세요.`,
    en: (a) =>
      `${where.en(a)}: a quote (") is not closed or is misplaced, so the rows from here on would run into one cell. Write a quote inside a cell twice ("").`,
  },
  column_missing: {
    ko: (a) => `매핑된 열 '${a.column}'이(가) 파일에 없습니다.`,
    en: (a) => `The mapped column '${a.column}' is not in the file.`,
  },
  column_count: {
    ko: (a) => `${where.ko(a)}: 열 수가 머리글과 다릅니다 (${p(a, "got")}개, 머리글 ${p(a, "expected")}개).`,
    en: (a) => `${where.en(a)}: has ${p(a, "got")} cells, the header has ${p(a, "expected")}.`,
  },
  required_missing: {
    ko: (a) =>
      a.params.question !== undefined && a.column === null
        ? `필수 문항 '${p(a, "question")}'에 연결된 열이 없습니다.`
        : `${where.ko(a)}: 필수 값이 비어 있습니다.`,
    en: (a) =>
      a.params.question !== undefined && a.column === null
        ? `The required question '${p(a, "question")}' has no column mapped to it.`
        : `${where.en(a)}: a required value is empty.`,
  },
  not_a_number: {
    ko: (a) => `${where.ko(a)}: ${p(a, "min")}에서 ${p(a, "max")} 사이의 숫자여야 합니다${got.ko(a)}`,
    en: (a) => `${where.en(a)}: must be a number from ${p(a, "min")} to ${p(a, "max")}${got.en(a)}`,
  },
  out_of_range: {
    ko: (a) => `${where.ko(a)}: ${p(a, "min")}에서 ${p(a, "max")} 사이의 숫자여야 합니다${got.ko(a)}`,
    en: (a) => `${where.en(a)}: must be a number from ${p(a, "min")} to ${p(a, "max")}${got.en(a)}`,
  },
  unknown_choice: {
    ko: (a) => `${where.ko(a)}: 보기에 없는 값입니다${got.ko(a)}. 가능한 값: ${p(a, "options")}`,
    en: (a) => `${where.en(a)}: not one of the options${got.en(a)}. Options: ${p(a, "options")}`,
  },
  too_many_choices: {
    ko: (a) => `${where.ko(a)}: 하나만 고를 수 있습니다${got.ko(a)}`,
    en: (a) => `${where.en(a)}: only one choice is allowed${got.en(a)}`,
  },
  bad_date: {
    ko: (a) => `${where.ko(a)}: 날짜 형식이 아닙니다 (예: 2025-03-14)${got.ko(a)}`,
    en: (a) => `${where.en(a)}: not a date (e.g. 2025-03-14)${got.en(a)}`,
  },
  unknown_department: {
    ko: (a) => `${where.ko(a)}: 등록되지 않은 부서입니다${got.ko(a)}`,
    en: (a) => `${where.en(a)}: no department has this name or code${got.en(a)}`,
  },
  too_long: {
    ko: (a) => `${where.ko(a)}: ${p(a, "max")}자를 넘을 수 없습니다 (${p(a, "length")}자)`,
    en: (a) => `${where.en(a)}: at most ${p(a, "max")} characters (has ${p(a, "length")})`,
  },
  duplicate_in_file: {
    ko: (a) => `${where.ko(a)}: 같은 응답번호가 ${p(a, "firstRow")}행에도 있습니다${got.ko(a)}`,
    en: (a) => `${where.en(a)}: the same response id is also in row ${p(a, "firstRow")}${got.en(a)}`,
  },
  field_unmapped: {
    ko: (a) => `'${p(a, "field")}'에 연결된 열이 없습니다. 열을 연결하거나 기본값을 고르세요.`,
    en: (a) => `No column is mapped to '${p(a, "fieldEn")}': map a column or choose a default.`,
  },
  unknown_touchpoint: {
    ko: (a) => `${where.ko(a)}: 선택한 여정에 이 이름의 접점이 없습니다${got.ko(a)}`,
    en: (a) => `${where.en(a)}: the chosen journey has no touchpoint with this name${got.en(a)}`,
  },
  ambiguous_touchpoint: {
    ko: (a) => `${where.ko(a)}: 이 이름의 접점이 여러 단계에 있습니다. '단계 / 접점'으로 쓰세요${got.ko(a)}`,
    en: (a) =>
      `${where.en(a)}: several stages have a touchpoint with this name; write 'stage / touchpoint'${got.en(a)}`,
  },
  bad_contact: {
    ko: (a) => `${where.ko(a)}: 전화번호나 이메일 주소가 아닙니다${got.ko(a)}`,
    en: (a) => `${where.en(a)}: not a phone number or an e-mail address${got.en(a)}`,
  },
};

/** The Korean and English sentences of one import error. */
export function importMessage(code: ImportErrorCode, args: MessageArgs): { message: string; messageEn: string } {
  const m = MESSAGES[code];
  return { message: m.ko(args), messageEn: m.en(args) };
}
