/**
 * Masks personal data in free text (survey answers, complaints) before it is stored: under PIPA the raw
 * text is never written. Pure and deterministic, so the API, imports and the CLI mask the same way.
 */
export type PersonalDataKind = "rrn" | "phone" | "email" | "card";

export const PERSONAL_DATA_KINDS: readonly PersonalDataKind[] = ["rrn", "phone", "email", "card"];

/** Korean tokens that keep the sentence readable; the UI may translate them. */
export const PERSONAL_DATA_TOKENS: Readonly<Record<PersonalDataKind, string>> = {
  rrn: "[주민번호]",
  phone: "[전화번호]",
  email: "[이메일]",
  card: "[카드번호]",
};

export interface PersonalDataFound {
  kind: PersonalDataKind;
  count: number;
}

export interface MaskedText {
  text: string;
  /** Only the kinds that occurred, in `PERSONAL_DATA_KINDS` order. */
  found: PersonalDataFound[];
}

// Boundaries are the same for every number pattern (not after a digit or "digit-", not before a digit or
// "-digit"), so a number is never masked from inside a longer run, and two numbers that block each other
// block each other both ways — masking twice then changes nothing.
const START = String.raw`(?<!\d-?)`;
/** How far back any pattern looks before its first character (`START`). */
const LOOKBEHIND_REACH = 2;
const END = String.raw`(?!-?\d)`;
// Between groups: nothing, one space, or a hyphen or dot with optional spaces ("010 - 1234 - 5678").
const SEP = "(?: ?[-.] ?| )?";

// Lengths are bounded (64 is the local-part limit) so a long run of letters without "@" stays cheap.
const EMAIL = String.raw`[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?<=\.[A-Za-z]{2,63})`;

// YYMMDD must be a plausible date: real numbers always are, and it keeps order numbers that begin with
// YYYYMMDD ("2024061312345") out. The back part may be partly written out ("900101-1******"); one that
// ends in "*" has ended, whatever follows.
const RRN = String.raw`${START}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])${SEP}[1-8](?:\d{6}${END}|(?=\d{0,5}\*)[\d*]{5}(?:\*(?!\*)|\d${END}))`;

// Unseparated 13–19 digits, 4-4-4-(1–4) with one separator throughout, or Amex 4-6-5; then Luhn.
const CARD = String.raw`${START}(?:\d{13,19}|\d{4}([- ])\d{4}\1\d{4}\1\d{1,4}|\d{4}([- ])\d{6}\2\d{5})${END}`;

const AREA = "(?:1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)";
const SUBSCRIBER = String.raw`\d{3,4}${SEP}\d{4}${END}`;
// "1500-2000원", "1800-1900년대": a service-number shape followed by a unit is an amount or a range.
const UNIT = "(?! ?(?:원|년|명|개|건|호|층|회|세|살|만|천|억|%|kg|km|cm|mm|mg|ml))";
const PHONE = [
  String.raw`\+ ?82${SEP}(?:\(0\) ?)?0?${AREA}\)?${SEP}${SUBSCRIBER}`,
  String.raw`\(0${AREA}\)${SEP}${SUBSCRIBER}`,
  String.raw`${START}0${AREA}\)?${SEP}${SUBSCRIBER}`,
  String.raw`${START}1[568]\d{2}${SEP}\d{4}${END}${UNIT}`,
].join("|");

interface Matcher {
  kind: PersonalDataKind;
  /** Finds the next candidate at or after `lastIndex`. */
  search: RegExp;
  /** Tries a candidate starting exactly at `lastIndex`. */
  at: RegExp;
  accept?: (match: string) => boolean;
}

const matcher = (kind: PersonalDataKind, source: string, accept?: (match: string) => boolean): Matcher => ({
  kind,
  search: new RegExp(source, "g"),
  at: new RegExp(source, "y"),
  ...(accept === undefined ? {} : { accept }),
});

// The leftmost candidate wins; at the same start, the earlier matcher here: an email's local part may be
// all digits, an unseparated RRN is also a 13-digit run, and a card may contain a 15xx service number.
const MATCHERS: readonly Matcher[] = [
  matcher("email", EMAIL),
  matcher("rrn", RRN),
  matcher("card", CARD, passesLuhn),
  matcher("phone", PHONE),
];

type Span = readonly [start: number, end: number];

/** Longer than any match plus what its lookahead reads (emails are at most 64 + 1 + 9 × 64 characters). */
const MAX_MATCH = 1024;

/** Replaces resident registration numbers, phone numbers, emails and card numbers with tokens. */
export function maskPersonalData(text: string): MaskedText {
  // Same length as `text`, so a position found in it is a position in the text.
  const scan = normaliseForScan(text);
  const pieces: string[] = [];
  const counts = new Map<PersonalDataKind, number>();
  let done = 0;
  // Left to right, leftmost first. A candidate right after a token must see the token behind it (as it
  // will when the masked text is masked again), not the digits it replaced.
  const next = MATCHERS.map((m) => ({ m, span: searchFrom(scan, m, 0) }));
  for (;;) {
    let chosen: { m: Matcher; span: Span } | null = null;
    for (const { m, span } of next) {
      if (span !== null && (chosen === null || span[0] < chosen.span[0])) chosen = { m, span };
    }
    if (chosen === null) break;
    const [start, end] = chosen.span;
    const token = PERSONAL_DATA_TOKENS[chosen.m.kind];
    pieces.push(text.slice(done, start), token);
    done = end;
    counts.set(chosen.m.kind, (counts.get(chosen.m.kind) ?? 0) + 1);
    const near = end + LOOKBEHIND_REACH;
    for (const candidate of next) {
      const { m, span } = candidate;
      // Only candidates starting within LOOKBEHIND_REACH of the token can read differently now.
      if (span === null) candidate.span = afterToken(scan, m, token, end, near);
      else if (span[0] < end) candidate.span = afterToken(scan, m, token, end, near) ?? searchFrom(scan, m, near);
      else candidate.span = afterToken(scan, m, token, end, Math.min(near, span[0] + 1)) ?? span;
    }
  }
  pieces.push(text.slice(done));
  const found = PERSONAL_DATA_KINDS.flatMap((kind) => {
    const count = counts.get(kind);
    return count === undefined ? [] : [{ kind, count }];
  });
  return { text: pieces.join(""), found };
}

function searchFrom(scan: string, m: Matcher, from: number): Span | null {
  m.search.lastIndex = from;
  for (;;) {
    const found = m.search.exec(scan);
    if (found === null) return null;
    if (m.accept === undefined || m.accept(found[0])) return [found.index, found.index + found[0].length];
    // A rejected candidate may still hide a valid one starting inside it.
    m.search.lastIndex = found.index + 1;
  }
}

/** A candidate starting in [end, until) as it reads with `token` just before `end`. */
function afterToken(scan: string, m: Matcher, token: string, end: number, until: number): Span | null {
  const tail = token.slice(-LOOKBEHIND_REACH);
  const window = tail + scan.slice(end, end + MAX_MATCH);
  for (let at = end; at < Math.min(until, scan.length); at++) {
    m.at.lastIndex = tail.length + at - end;
    const found = m.at.exec(window);
    if (found !== null && (m.accept === undefined || m.accept(found[0]))) return [at, at + found[0].length];
  }
  return null;
}

/**
 * Full-width forms (０-９, ＠, －, ＋, （）), unusual spaces and dashes read as their ASCII forms. Every
 * replacement is one UTF-16 unit for one, so positions stay aligned with the original text.
 */
function normaliseForScan(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]|[\t\u00A0\u2000-\u200A\u202F\u3000]|[\u2010-\u2015\u2212\uFE63]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
    if (code >= 0x2010 && code <= 0x2015) return "-";
    if (code === 0x2212 || code === 0xfe63) return "-";
    return " ";
  });
}

function passesLuhn(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "");
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
