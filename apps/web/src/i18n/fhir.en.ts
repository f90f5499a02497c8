import type { fhirKo } from "./fhir.ko.ts";

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** English strings of the FHIR Questionnaire export and import (same keys as Korean). */
export const fhirEn: DeepStrings<typeof fhirKo> = {
  fhir: {
    export: "Export FHIR Questionnaire",
    exportHint: "Download as an HL7 FHIR R4 Questionnaire (JSON) that other hospitals, EMRs and survey tools can open.",
    import: "Import FHIR",
    importHint: "Create a new draft survey from a FHIR R4 Questionnaire JSON file.",
    importing: "Importing…",
    imported: "Created the draft survey “{{title}}” ({{count}} questions).",
    importedWithWarnings: "{{count}} items were imported differently; please check them.",
    errorTitle: "This file cannot be imported",
    notJson: "This is not a JSON file.",
    tooLarge: "The file is larger than 5 MB.",
    importResponses: "Import FHIR responses",
    responsesImported: "Saved {{created}} FHIR responses ({{duplicates}} already imported were skipped).",
    responsesErrorTitle: "This FHIR response file cannot be imported",
    nothingWritten: "Nothing was written. Fix the entries below and import again.",
    close: "Close",
  },
};
