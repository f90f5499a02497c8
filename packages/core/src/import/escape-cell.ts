/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP, "CSV injection"): = + - @,
 * and tab or carriage return, which some programs strip before looking at the rest.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text already starting with apostrophes before a trigger gets one more, so unescaping is exact. */
const ESCAPED_OR_TRIGGER = /^'*[=+\-@\t\r]/;

/**
 * A text cell made safe to open in Excel, LibreOffice or Google Sheets: a leading apostrophe when it
 * would start a formula. Numbers are not text: write them as numbers and they stay numbers.
 */
export function escapeCell(text: string): string {
  return ESCAPED_OR_TRIGGER.test(text) ? `'${text}` : text;
}

/** The text `escapeCell` was given: `unescapeCell(escapeCell(s)) === s` for every string. */
export function unescapeCell(text: string): string {
  return text.startsWith("'") && ESCAPED_OR_TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}

/** Whether a spreadsheet would take this text for a formula. */
export function startsFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
