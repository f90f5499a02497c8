export * from "./escape-cell.ts";
export * from "./read-table.ts";
export * from "./write-table.ts";
