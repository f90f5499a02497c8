// Insight: touchpoint scores, the weakest moment, importance–performance and priorities. Pure, no I/O.
export * from "./compare-means.ts";
export * from "./distributions.ts";
export * from "./experience-score.ts";
export * from "./ipa.ts";
export * from "./period.ts";
export * from "./priority.ts";
export * from "./slice-comparison.ts";
export * from "./staff-ipa.ts";
export * from "./statistics.ts";
