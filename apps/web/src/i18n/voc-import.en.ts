import type { vocImportKo } from "./voc-import.ko.ts";

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const vocImportEn: DeepStrings<typeof vocImportKo> = {
  vocImport: {
    button: "Import VOC",
    title: "Import VOC",
    subtitle:
      "Register VOC items from a CSV or XLSX file. Every row is checked first; they are saved together only when none has an error.",
    back: "VOC list",
    tip1: "The first row holds the column names. Type (complaint, compliment, suggestion, inquiry), channel, date received and text are needed.",
    tip2: "Severity is high / medium / low (상·중·하); departments by name or code (several separated by ;).",
    tip3: "Importing the same file again saves nothing twice: rows are recognised by their VOC number (or their content).",
    journey: "Journey of the touchpoints",
    journeyHint:
      "Touchpoint names are looked up in this journey. Items without a touchpoint keep only a suggested one.",
    journeyNone: "None",
    journeyNeeded: "Choose a journey: a column is mapped to the touchpoint.",
    defaults: "Values for every row when the file has no such column",
    defaultType: "Default type",
    defaultChannel: "Default channel",
    defaultSeverity: "Default severity",
    noDefault: "None",
    missing: "Required but not mapped: {{fields}}",
    noDedupe:
      "Without a VOC number column, rows are recognised by their content; a changed row is imported as a new item.",
    doneBody: "{{created}} VOC items were registered.",
    doneDuplicates: "{{n}} already imported were skipped.",
    seeItems: "See the VOC list",
    target: {
      ignore: "Do not import",
      dedupe_key: "VOC number (dedupe)",
      type: "Type",
      channel: "Channel",
      received_on: "Date received",
      text: "Text",
      severity: "Severity",
      department: "Departments",
      touchpoint: "Touchpoint",
      contact: "Reply contact (encrypted)",
    },
  },
};
