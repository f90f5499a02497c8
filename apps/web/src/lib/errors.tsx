import { Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ApiError } from "../api/client.ts";
import i18n from "../i18n/index.ts";

const KNOWN_ISSUES = {
  "must not be empty": "errors.mustNotBeEmpty",
  "use letters, digits, - or _": "errors.codeFormat",
  "at least 10 characters": "errors.passwordLength",
  "required for a new account": "errors.passwordForNewAccount",
  "already a member": "errors.alreadyMember",
  "already registered": "errors.alreadyRegistered",
  "Invalid email address": "errors.email",
} as const;

/** Server issue messages are English zod texts; the common ones get a translation. */
export function translateIssue(message: string): string {
  const key = KNOWN_ISSUES[message as keyof typeof KNOWN_ISSUES];
  if (key) return i18n.t(key);
  if (message === "Required" || message.startsWith("Invalid input: expected")) return i18n.t("errors.required");
  return message;
}

/** Errors that point at form fields (validation, or e.g. "already a member" on email). */
function hasFieldIssues(err: unknown): err is ApiError {
  return err instanceof ApiError && err.code !== "version_conflict" && err.issues.length > 0;
}

/** A one-line, translated explanation of an error. */
export function errorMessage(err: unknown): string {
  if (!(err instanceof ApiError)) return err instanceof Error ? err.message : String(err);
  switch (err.code) {
    case "network_error":
      return i18n.t("errors.network");
    case "forbidden":
      return i18n.t("errors.forbidden");
    case "not_found":
      return i18n.t("errors.notFound");
    case "version_conflict":
      return i18n.t("errors.versionConflict");
    case "rate_limited":
      return i18n.t("errors.rateLimited");
    case "conflict":
      return err.message || i18n.t("errors.conflict");
    case "invalid_reorder":
      return i18n.t("errors.invalidReorder");
    case "unauthenticated":
      return i18n.t("errors.sessionExpired");
    case "validation_failed": {
      const first = err.issues[0];
      return first
        ? `${i18n.t("errors.validation")} (${first.path}: ${translateIssue(first.message)})`
        : i18n.t("errors.validation");
    }
    default:
      return err.message || i18n.t("errors.title");
  }
}

let conflictSeq = 0;

/**
 * Shows an error as a notification. A version conflict stays on screen with a reload action:
 * the user's edit is never silently overwritten, and never silently lost either.
 */
export function notifyError(err: unknown, opts: { onReload?: () => void } = {}) {
  if (err instanceof ApiError && err.code === "version_conflict") {
    const id = `version-conflict-${++conflictSeq}`;
    notifications.show({
      id,
      color: "orange",
      autoClose: false,
      title: i18n.t("errors.versionConflictTitle"),
      message: (
        <Stack gap="xs">
          <Text size="sm">{i18n.t("errors.versionConflict")}</Text>
          {opts.onReload && (
            <Group>
              <Button
                size="xs"
                variant="light"
                color="orange"
                onClick={() => {
                  notifications.hide(id);
                  opts.onReload?.();
                }}
              >
                {i18n.t("common.reload")}
              </Button>
            </Group>
          )}
        </Stack>
      ),
    });
    return;
  }
  // A 401 is handled globally (the session query flips to signed-out); no toast needed.
  if (err instanceof ApiError && err.status === 401) return;
  notifications.show({ color: "red", title: i18n.t("errors.title"), message: errorMessage(err) });
}

export function notifySuccess(message: string) {
  notifications.show({ color: "teal", message, autoClose: 2500 });
}

/**
 * Field-level errors: local checks first, then the API's `issues[].path`.
 * Returns a function suitable for a Mantine input's `error` prop.
 */
export function fieldErrors(apiError: unknown, local: Record<string, string | undefined> = {}) {
  return (path: string): string | undefined => {
    const l = local[path];
    if (l) return l;
    if (hasFieldIssues(apiError)) {
      const m = apiError.issueFor(path);
      return m ? translateIssue(m) : undefined;
    }
    return undefined;
  };
}

/** Issues the form could not place next to a field (shown in an Alert at the form's foot). */
export function unplacedIssues(apiError: unknown, placed: string[]): string[] {
  if (!hasFieldIssues(apiError)) return [];
  return apiError.issues
    .filter((i) => !placed.some((p) => i.path === p || i.path.startsWith(`${p}.`)))
    .map((i) => `${i.path || "input"}: ${translateIssue(i.message)}`);
}

/** For form mutations: validation errors are shown next to the fields, everything else as a notification. */
export function notifyUnlessValidation(err: unknown, opts: { onReload?: () => void } = {}) {
  if (hasFieldIssues(err)) return;
  notifyError(err, opts);
}
