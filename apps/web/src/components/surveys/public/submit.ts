import type { SubmitSurveyResponseInput, SubmittedAnswer, SubmittedResponse } from "@motmap/core";

/** What a submit attempt came to, in the terms the form needs. */
export type SubmitOutcome =
  | { kind: "ok"; response: SubmittedResponse }
  | { kind: "invalid"; issues: { path: string; message: string }[] }
  | { kind: "closed" }
  | { kind: "rate_limited"; retryAfter: number }
  | { kind: "network" }
  | { kind: "error"; message: string };

const storageKey = (publicId: string) => `motmap.survey.${publicId}.submissionKey`;

function uuid(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  // Old browsers on plain http: a v4 uuid from getRandomValues.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The submission key of the form being filled: made once, kept in sessionStorage until the
 * server accepted the response, so a double tap, a retry or a reload resubmits the same key.
 */
export function submissionKey(publicId: string): string {
  try {
    const stored = sessionStorage.getItem(storageKey(publicId));
    if (stored) return stored;
    const key = uuid();
    sessionStorage.setItem(storageKey(publicId), key);
    return key;
  } catch {
    return uuid();
  }
}

/** Forgets the key: after a stored response, or when a kiosk starts over for the next patient. */
export function forgetSubmissionKey(publicId: string) {
  try {
    sessionStorage.removeItem(storageKey(publicId));
  } catch {
    // private mode: nothing was stored
  }
}

export async function submitResponse(
  publicId: string,
  body: Omit<SubmitSurveyResponseInput, "answers"> & { answers: SubmittedAnswer[] },
): Promise<SubmitOutcome> {
  let res: Response;
  try {
    res = await fetch(`/api/public/surveys/${encodeURIComponent(publicId)}/responses`, {
      method: "POST",
      credentials: "omit",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "network" };
  }
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    json = undefined;
  }
  if (res.ok) return { kind: "ok", response: json as SubmittedResponse };
  if (res.status === 404) return { kind: "closed" };
  if (res.status === 429) {
    const retryAfter = Number.parseInt(res.headers.get("Retry-After") ?? "", 10);
    return { kind: "rate_limited", retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 30 };
  }
  const error = (json as { error?: { message?: string; issues?: { path: string; message: string }[] } } | undefined)
    ?.error;
  if (res.status === 400 && error?.issues && error.issues.length > 0) return { kind: "invalid", issues: error.issues };
  return { kind: "error", message: error?.message ?? `HTTP ${res.status}` };
}
