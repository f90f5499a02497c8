import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeCell, startsFormula, unescapeCell } from "../src/index.ts";

const trigger = fc.constantFrom("=", "+", "-", "@", "\t", "\r");
/** Text biased towards the dangerous shapes: triggers, apostrophes before triggers, formulas. */
const risky = fc.oneof(
  fc.string(),
  fc.tuple(trigger, fc.string()).map(([t, s]) => t + s),
  fc.tuple(fc.stringMatching(/^'{1,3}$/), trigger, fc.string()).map(([q, t, s]) => q + t + s),
  fc.constantFrom('=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "+82 10", "'=1"),
);

describe("escapeCell (formula injection)", () => {
  it("escapes the OWASP triggers with a leading apostrophe", () => {
    expect(escapeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(escapeCell("+1")).toBe("'+1");
    expect(escapeCell("-3")).toBe("'-3");
    expect(escapeCell("@A1")).toBe("'@A1");
    expect(escapeCell("\t=1")).toBe("'\t=1");
    expect(escapeCell("\r=1")).toBe("'\r=1");
  });

  it("leaves ordinary text alone, including text with a trigger inside", () => {
    for (const s of ["", "친절했어요", "a=b", "1-2", "e@mail.kr", "'quoted", " =1"]) expect(escapeCell(s)).toBe(s);
  });

  it("no escaped text starts a formula", () => {
    fc.assert(fc.property(risky, (s) => !startsFormula(escapeCell(s))));
  });

  it("is reversible: unescape gives back exactly the text", () => {
    fc.assert(fc.property(risky, (s) => unescapeCell(escapeCell(s)) === s));
  });

  it("is obvious: the escaped text is the text, or the text after one apostrophe", () => {
    fc.assert(
      fc.property(risky, (s) => {
        const e = escapeCell(s);
        return e === s || e === `'${s}`;
      }),
    );
  });
});
