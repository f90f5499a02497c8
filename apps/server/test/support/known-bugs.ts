/**
 * Operations with a known bug that the generated suites would otherwise report on every run. Each
 * entry turns the affected generated test into `it.fails` (so fixing the bug makes it fail and this
 * entry must go), next to a test of what still holds. Keep the reason: it is the bug report.
 */
const H = "/api/hospitals/{hospitalId}";

// BUG: the lists of a journey's comments and share links do not check that the journey exists in
// the hospital: an unknown journey id (or another hospital's) answers 200 with an empty list instead
// of 404 like every other route with an id. Nothing leaks, the list is empty.
const LIST_WITHOUT_PARENT_CHECK = "200 with an empty list for a journey id that is not in the hospital, instead of 404";

export const UNKNOWN_PARENT_ANSWERS_EMPTY_LIST: Record<string, string> = {
  [`GET ${H}/journeys/{journeyId}/comments`]: LIST_WITHOUT_PARENT_CHECK,
  [`GET ${H}/journeys/{journeyId}/shares`]: LIST_WITHOUT_PARENT_CHECK,
};
