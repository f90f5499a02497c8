/**
 * Operations with a known bug that the generated suites would otherwise report on every run. Each
 * entry turns the affected generated test into `it.fails` (so fixing the bug makes it fail and this
 * entry must go), next to a test of what still holds. Keep the reason: it is the bug report.
 * Empty now: the lists of a journey's comments and share links answer 404 for a journey that is
 * not in the hospital, like every other route with an id.
 */
export const UNKNOWN_PARENT_ANSWERS_EMPTY_LIST: Record<string, string> = {};
