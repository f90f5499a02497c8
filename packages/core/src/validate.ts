import type { z } from "zod";
import type { FieldIssue, Result } from "./result.ts";
import { err, ok } from "./result.ts";

/** Turns zod issues into our stable field-path form. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

/** Parses unknown input with a core schema and returns errors as values. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = toFieldIssues(parsed.error);
  const first = issues[0];
  return err({
    code: "validation_failed",
    message: first ? `${first.path || "input"}: ${first.message}` : "Invalid input",
    issues,
  });
}
