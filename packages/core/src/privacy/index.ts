// Personal data in free text and stored contacts (PIPA): pure, no I/O.
export * from "./access-log.ts";
export * from "./mask-name.ts";
export * from "./mask-personal-data.ts";
