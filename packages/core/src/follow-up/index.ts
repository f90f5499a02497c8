// Follow-up calls (해피콜): pure schemas, the call-list row mapping and the stats. No I/O.
export * from "./follow-up.ts";
export * from "./follow-up-import.ts";
export * from "./follow-up-stats.ts";
