// The spreadsheet escape lives in the core: the import mapping undoes it (escape-cell.ts).
export { escapeCell, startsFormula, unescapeCell } from "@motmap/core";
export * from "./read-table.ts";
export * from "./write-table.ts";
