// Follow-up calls (해피콜): call lists, the worklist, attempts and results, stats, retention.
export * from "./assign-follow-up-entries.ts";
export * from "./create-voc-from-follow-up-issue.ts";
export * from "./get-follow-up-entry.ts";
export * from "./get-follow-up-settings.ts";
export * from "./get-follow-up-stats.ts";
export * from "./import-follow-up-list.ts";
export * from "./list-follow-up-callers.ts";
export * from "./list-follow-up-entries.ts";
export * from "./list-follow-up-lists.ts";
export * from "./purge-expired-call-entries.ts";
export * from "./record-follow-up-attempt.ts";
export * from "./reveal-follow-up-phone.ts";
export * from "./update-follow-up-script.ts";
export * from "./update-follow-up-settings.ts";
