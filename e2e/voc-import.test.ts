import { describe, expect, it } from "vitest";
import { switchLanguage } from "./support/accounts.ts";
import { logIn } from "./support/browser.ts";
import { browserSession } from "./support/session.ts";
import { viewportShot } from "./support/shots.ts";

// The VOC import wizard on the demo hospital, with the file a call centre saves from Excel (CP949,
// Korean headers): a file with bad rows is refused in the preview with each row's error and writes
// nothing; the fixed file is committed; the same file again finds only duplicates; the items are in
// the VOC list with the resident registration and phone numbers in their text masked.

const HEADER = ["접수번호", "유형", "접수경로", "접수일", "내용", "중요도"];
const TEXTS = [
  "수납 창구 정산기 대기가 40분이었습니다. 주민번호 850101-1234567 을 큰 소리로 불렀어요",
  "야간 응급실 간호사님이 끝까지 친절히 설명해 주셨습니다",
  "주차 안내 표지판을 늘려 주세요. 회신은 010-4321-8765 로 부탁드립니다",
];
const GOOD = [
  ["E2E-VOC-001", "불만", "전화", "2025-03-02", TEXTS[0], "상"],
  ["E2E-VOC-002", "칭찬", "홈페이지", "2025.03.03", TEXTS[1], "하"],
  ["E2E-VOC-003", "제안", "VOC 카드", "2025-03-04", TEXTS[2], ""],
] as string[][];
// Row 3: a month that does not exist; row 4: a type the import does not know.
const BAD = [
  GOOD[0],
  ["E2E-VOC-002", "칭찬", "홈페이지", "2025-13-45", TEXTS[1], "하"],
  ["E2E-VOC-003", "기타", "VOC 카드", "2025-03-04", TEXTS[2], ""],
] as string[][];

/** Unicode → CP949 bytes, from the runtime's own CP949 decoder read backwards (no encoder ships with Node). */
function cp949Encoder(): (text: string) => Buffer {
  const decoder = new TextDecoder("euc-kr");
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== "\ufffd" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (text) => {
    const bytes: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0) as number;
      if (code < 0x80) bytes.push(code);
      else {
        const pair = table.get(ch);
        if (!pair) throw new Error(`${ch} has no CP949 code`);
        bytes.push(...pair);
      }
    }
    return Buffer.from(bytes);
  };
}
const toCp949 = cp949Encoder();

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const csv = (rows: string[][]) => toCp949(`${[HEADER, ...rows].map((r) => r.map(quote).join(",")).join("\r\n")}\r\n`);

describe("VOC import wizard", () => {
  const session = browserSession({ width: 1440, height: 1100 });

  /** The VOC items whose text contains `q`, read with the page's session. */
  const itemsWith = (hid: string, q: string): Promise<{ text: string }[]> =>
    session.page.evaluate(
      async ([h, query]) => {
        const res = await fetch(`/api/hospitals/${h}/voc?q=${encodeURIComponent(query as string)}&limit=100`);
        return ((await res.json()) as { items: { text: string }[] }).items;
      },
      [hid, q] as const,
    );
  const upload = (name: string, buffer: Buffer) =>
    session.page.getByTestId("import-file-input").setInputFiles({ name, mimeType: "text/csv", buffer });
  const shot = (name: string) => viewportShot(session.page, `voc-import-${name}`);

  it("refuses bad rows, imports the fixed CP949 file once, and lists the items masked", async () => {
    const { page, server } = session;
    await logIn(page, server.baseUrl);
    const hid = /\/h\/([^/]+)\//.exec(page.url())?.[1] ?? "";
    // The generated file really is CP949: its bytes are not UTF-8.
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(csv(GOOD))).toThrow();

    // From the VOC list to the wizard.
    await page.goto(`${server.baseUrl}/h/${hid}/voc`);
    await page.getByTestId("voc-import").click();
    await page.waitForURL(/\/voc\/import$/);
    await page.getByTestId("import-dropzone").waitFor();
    await shot("1-file");

    // The file with bad rows: the Korean headers are matched to the VOC fields.
    await upload("콜센터 VOC 3월.csv", csv(BAD));
    await page.getByTestId("mapping-table").waitFor();
    const selects = page.getByTestId("mapping-select");
    expect(await selects.count()).toBe(HEADER.length);
    expect(await selects.nth(0).inputValue()).toBe("접수번호 (중복 확인)");
    expect(await selects.nth(1).inputValue()).toBe("유형");
    expect(await selects.nth(2).inputValue()).toBe("접수 경로");
    expect(await selects.nth(3).inputValue()).toBe("접수일");
    expect(await selects.nth(4).inputValue()).toBe("내용");
    expect(await selects.nth(5).inputValue()).toBe("심각도");
    expect(await page.getByTestId("mapping-row").nth(4).textContent()).toContain("정산기");
    await page.getByTestId("source-name").fill("콜센터 VOC 추출");
    await shot("2-mapping");

    // The preview names both bad rows; nothing can be committed and nothing was written.
    await page.getByTestId("import-check").click();
    await page.getByTestId("row-errors").waitFor();
    expect(await page.getByTestId("stat-errors-value").textContent()).toBe("2");
    const errors = await page.getByTestId("row-error").allTextContents();
    expect(errors.some((e) => e.startsWith("3") && e.includes("접수일"))).toBe(true);
    expect(errors.some((e) => e.startsWith("4") && e.includes("유형"))).toBe(true);
    expect(await page.getByTestId("import-commit").count()).toBe(0);
    await shot("3-preview-errors");
    expect(await itemsWith(hid, "정산기 대기")).toEqual([]);

    // The fixed file: a clean preview, then the commit.
    await page.getByTestId("import-restart").click();
    await upload("콜센터 VOC 3월 (수정).csv", csv(GOOD));
    await page.getByTestId("mapping-table").waitFor();
    await page.getByTestId("source-name").fill("콜센터 VOC 추출");
    await page.getByTestId("import-check").click();
    await page.getByTestId("preview-ok").waitFor();
    expect(await page.getByTestId("stat-valid-value").textContent()).toBe("3");
    expect(await page.getByTestId("stat-errors-value").textContent()).toBe("0");
    // Already masked in the preview's sample.
    const sample = await page.getByTestId("preview-sample").textContent();
    expect(sample).toContain("[주민번호]");
    expect(sample).not.toContain("1234567");
    await shot("4-preview-ok");
    await page.getByTestId("import-commit").click();
    await page.getByTestId("import-succeeded").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("import-succeeded").textContent()).toContain("VOC 3건을 등록했습니다");
    await page.getByTestId("import-history").getByText("콜센터 VOC 추출").waitFor();
    await shot("5-done");

    // The same file again: the mapping is remembered and every row is a duplicate.
    await page.getByRole("button", { name: "다른 파일 가져오기" }).click();
    await upload("콜센터 VOC 3월 (수정).csv", csv(GOOD));
    await page.getByTestId("remembered-mapping").waitFor();
    expect(await page.getByTestId("remembered-mapping").textContent()).toContain("콜센터 VOC 추출");
    await page.getByTestId("import-check").click();
    await page.getByTestId("preview-nothing").waitFor();
    expect(await page.getByTestId("stat-duplicates-value").textContent()).toBe("3");
    expect(await page.getByTestId("stat-valid-value").textContent()).toBe("0");
    expect(await page.getByTestId("import-commit").count()).toBe(0);
    await shot("6-duplicates");
    await switchLanguage(page, "en");
    await page.getByTestId("preview-nothing").getByText("There are no new rows to import.").waitFor();
    await shot("6-duplicates-en");
    await switchLanguage(page, "ko");
    for (const text of ["정산기 대기", "야간 응급실 간호사님", "주차 안내 표지판"]) {
      expect(await itemsWith(hid, text)).toHaveLength(1);
    }

    // In the VOC list, searched by its words: the numbers in the text are masked.
    await page.goto(`${server.baseUrl}/h/${hid}/voc?q=${encodeURIComponent("정산기 대기")}`);
    const complaint = page.getByTestId("voc-row").filter({ hasText: "정산기 대기" });
    await complaint.waitFor();
    expect(await page.getByTestId("voc-row").count()).toBe(1);
    const complaintText = await complaint.textContent();
    expect(complaintText).toContain("[주민번호]");
    expect(complaintText).not.toContain("850101");
    expect(complaintText).not.toContain("1234567");
    await shot("7-list-masked");
    await page.goto(`${server.baseUrl}/h/${hid}/voc?q=${encodeURIComponent("주차 안내 표지판")}`);
    const suggestion = page.getByTestId("voc-row").filter({ hasText: "주차 안내 표지판" });
    await suggestion.waitFor();
    expect(await suggestion.textContent()).toContain("[전화번호]");
    expect(await suggestion.textContent()).not.toContain("4321-8765");
    const [stored] = await itemsWith(hid, "주차 안내 표지판");
    expect(stored?.text).toBe("주차 안내 표지판을 늘려 주세요. 회신은 [전화번호] 로 부탁드립니다");

    expect(session.unexpectedErrors()).toEqual([]);
  });
});
