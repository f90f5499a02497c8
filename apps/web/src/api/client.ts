import type { ErrorCode, FieldIssue } from "@motmap/core";

/** Error codes the API sends, plus two the client makes up for transport failures. */
export type ApiErrorCode = ErrorCode | "network_error" | "unknown";

/** A failed API call, with the server's error body unpacked. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly issues: FieldIssue[];
  readonly details: Record<string, unknown>;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    issues?: FieldIssue[];
    details?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.issues = init.issues ?? [];
    this.details = init.details ?? {};
  }

  /** The message of the first issue whose path is `path` or lies under it. */
  issueFor(path: string): string | undefined {
    return this.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    issues?: FieldIssue[];
    details?: Record<string, unknown>;
  };
}

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: "include",
      headers: {
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError({ status: 0, code: "network_error", message: e instanceof Error ? e.message : String(e) });
  }

  if (response.status === 204) return undefined as T;

  const text = await response.text();
  let json: unknown;
  try {
    json = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }

  if (!response.ok) {
    const err = (json as ErrorBody | undefined)?.error;
    throw new ApiError({
      status: response.status,
      code: (err?.code as ApiErrorCode | undefined) ?? "unknown",
      message: err?.message ?? (response.statusText || `HTTP ${response.status}`),
      issues: Array.isArray(err?.issues) ? err.issues : [],
      details: err?.details ?? {},
    });
  }
  return json as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body?: unknown) => request<T>("POST", path, body ?? {}),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: (path: string) => request<void>("DELETE", path),
};

/** Builds `/api/hospitals/:id/...` paths. */
export const hospitalPath = (hospitalId: string, rest = "") =>
  `/api/hospitals/${encodeURIComponent(hospitalId)}${rest}`;
