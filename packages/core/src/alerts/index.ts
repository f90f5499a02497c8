// Service-recovery alerts: rules, their evaluation and the e-mail text. Pure, no I/O.
export * from "./alert.ts";
export * from "./evaluate.ts";
export * from "./mail.ts";
export * from "./voc-counts.ts";
