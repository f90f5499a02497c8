import { ApiError, type ApiErrorCode } from "../../api/client.ts";

/** The file name from `Content-Disposition` (RFC 6266 `filename*` first), if the server sent one. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() || null;
}

/** Characters that no file system likes, replaced; Hangul and spaces are kept. */
export function safeFileName(name: string): string {
  const clean = [...name]
    .map((ch) => ((ch.codePointAt(0) ?? 0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? " " : ch))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
  return clean.slice(0, 120) || "motmap";
}

/**
 * Fetches a file with the session cookie and saves it through a temporary `<a download>`.
 * A failed request throws an ApiError with the server's message, like the JSON client does.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: "include" });
  } catch (e) {
    throw new ApiError({ status: 0, code: "network_error", message: e instanceof Error ? e.message : String(e) });
  }
  if (!response.ok) {
    let code: ApiErrorCode = "unknown";
    let message = response.statusText || `HTTP ${response.status}`;
    try {
      const body = (await response.json()) as { error?: { code?: string; message?: string } };
      if (body.error?.code) code = body.error.code as ApiErrorCode;
      if (body.error?.message) message = body.error.message;
    } catch {
      // not JSON: keep the status text
    }
    throw new ApiError({ status: response.status, code, message });
  }
  const blob = await response.blob();
  const name = fileNameFromDisposition(response.headers.get("Content-Disposition")) ?? fallbackName;
  const href = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
