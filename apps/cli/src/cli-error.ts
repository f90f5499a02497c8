/** An expected failure: printed as one line, exit code 1, no stack trace. */
export class CliError extends Error {}

export function failIf(condition: unknown, message: string): asserts condition is false {
  if (condition) throw new CliError(message);
}

/** The value of a successful use case, or a CliError carrying its message and field issues. */
export function orFail<T>(result: import("@motmap/core").Result<T>, context = ""): T {
  if (result.ok) return result.value;
  const details = (result.error.issues ?? []).map((i) => `\n  ${i.path}: ${i.message}`).join("");
  throw new CliError(`${context}${result.error.message}${details}`);
}
