/**
 * Errors as values: the core never throws for expected failures.
 * The HTTP edge maps `code` to a status; the CLI prints `message`.
 */
export type ErrorCode =
  | "validation_failed"
  | "not_found"
  | "version_conflict"
  | "forbidden"
  | "unauthenticated"
  | "conflict"
  | "rate_limited"
  | "invalid_reorder";

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `touchpoints.3.channel`. */
  path: string;
  message: string;
}

export interface DomainError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
  /** Extra machine-readable detail, e.g. the current version on a conflict. */
  details?: Record<string, unknown>;
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = DomainError>(error: E): Result<never, E> => ({ ok: false, error });

export const notFound = (entity: string, id: string): DomainError => ({
  code: "not_found",
  message: `${entity} ${id} was not found`,
});

export const versionConflict = (entity: string, id: string, current: number): DomainError => ({
  code: "version_conflict",
  message: `${entity} ${id} was changed by someone else (current version ${current}); reload and try again`,
  details: { currentVersion: current },
});
