/**
 * Masked display of stored contact data: a contact is kept encrypted and only ever shown like this.
 * Input that does not look as expected is still masked, never returned as is.
 */

const HANGUL = /^[\uAC00-\uD7A3]+$/u;

/** "홍길동" → "홍*동", "김철" → "김*", "남궁민수" → "남**수", "John Smith" → "J*** S****". */
export function maskName(name: string): string {
  return name.trim().split(/(\s+)/u).map(maskNamePart).join("");
}

function maskNamePart(part: string): string {
  if (part === "" || /^\s+$/u.test(part)) return part;
  const chars = Array.from(part);
  const first = chars[0] ?? "";
  if (chars.length === 1) return "*";
  // Korean names keep the family name and the last syllable; two syllables keep only the family name.
  if (HANGUL.test(part)) {
    if (chars.length === 2) return `${first}*`;
    return `${first}${"*".repeat(chars.length - 2)}${chars[chars.length - 1] ?? ""}`;
  }
  // Latin names keep the initial of each word; hyphens and apostrophes keep the shape ("M***-****").
  return (
    first +
    chars
      .slice(1)
      .map((c) => (/[-'’.]/u.test(c) ? c : "*"))
      .join("")
  );
}

/**
 * "010-1234-5678" → "010-****-5678": keeps the area code and the last four digits, and the separators.
 * "+82 10-1234-5678" → "+82 10-****-5678"; a number with no middle ("1588-1234") hides its last four.
 */
export function maskPhone(phone: string): string {
  const chars = Array.from(phone);
  const digitPositions = chars.flatMap((c, i) => (/\d/u.test(c) ? [i] : []));
  const digits = digitPositions.map((i) => chars[i]).join("");
  const keepHead = phoneHeadLength(phone, digits);
  const middle = digits.length - keepHead - 4;
  const keepTail = middle > 0 ? 4 : 0;
  const hidden = new Set(digitPositions.slice(keepHead, digitPositions.length - keepTail));
  return chars.map((c, i) => (hidden.has(i) ? "*" : c)).join("");
}

function phoneHeadLength(phone: string, digits: string): number {
  if (/^\s*\+/u.test(phone) && digits.startsWith("82")) {
    const zero = digits[2] === "0" ? 1 : 0;
    return 2 + zero + areaCodeLength(digits.slice(2 + zero));
  }
  if (digits.startsWith("0")) {
    const area = areaCodeLength(digits.slice(1));
    return area === 0 ? 0 : 1 + area;
  }
  if (/^1[568]\d{2}/u.test(digits)) return 4;
  return 0;
}

/** Length of the area or mobile code after its leading 0. */
function areaCodeLength(national: string): number {
  if (/^(?:1[016789]|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)/u.test(national)) return 2;
  if (national.startsWith("2")) return 1;
  return 0;
}

/** "kim@hanbit.kr" → "k**@hanbit.kr": the first character of the local part and the domain stay. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  const local = at === -1 ? email : email.slice(0, at);
  const domain = at === -1 ? "" : email.slice(at);
  const chars = Array.from(local);
  if (chars.length <= 1) return "*".repeat(chars.length) + domain;
  return (chars[0] ?? "") + "*".repeat(chars.length - 1) + domain;
}
