import i18n from "../i18n/index.ts";

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "ko-KR", {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(d);
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "ko-KR", { dateStyle: "medium" }).format(d);
}

/** One line of a textarea per list item; blank lines dropped. */
export function textToLines(text: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

export function linesToText(lines: readonly string[]): string {
  return lines.join("\n");
}

/** Moves item `index` by `delta` (−1 up, +1 down) and returns the new array. */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}

/** Avatar letters: the given name for Korean names (김하늘 → 하늘), initials otherwise (Jane Doe → JD). */
export function initials(name: string): string {
  const clean = name.replace(/\(.*?\)/g, "").trim();
  if (!clean) return "?";
  if (/^[\uAC00-\uD7A3]{2,4}$/.test(clean.split(/\s+/)[0] ?? "")) {
    const first = clean.split(/\s+/)[0] ?? clean;
    return first.length >= 3 ? first.slice(1, 3) : first;
  }
  const words = clean.split(/\s+/).filter(Boolean);
  return words
    .slice(0, 2)
    .map((w) => w[0]?.toUpperCase() ?? "")
    .join("");
}
