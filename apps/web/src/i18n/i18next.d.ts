import "i18next";
import type { alertsKo } from "./alerts.ko.ts";
import type { departmentInsightKo } from "./department-insight.ko.ts";
import type { extrasKo } from "./extras.ko.ts";
import type { fhirKo } from "./fhir.ko.ts";
import type { followUpKo } from "./follow-up.ko.ts";
import type { insightKo } from "./insight.ko.ts";
import type { ko } from "./ko.ts";
import type { mapKo } from "./map.ko.ts";
import type { publicSurveyKo } from "./public-survey.ko.ts";
import type { siteComparisonKo } from "./site-comparison.ko.ts";
import type { surveyImportKo } from "./survey-import.ko.ts";
import type { surveysKo } from "./surveys.ko.ts";
import type { vocKo } from "./voc.ko.ts";
import type { vocImportKo } from "./voc-import.ko.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof ko &
        typeof extrasKo &
        typeof surveysKo &
        typeof surveyImportKo &
        typeof publicSurveyKo &
        typeof fhirKo &
        typeof vocKo &
        typeof vocImportKo &
        typeof followUpKo &
        typeof insightKo &
        typeof siteComparisonKo &
        typeof departmentInsightKo &
        typeof alertsKo & { map: typeof mapKo };
    };
  }
}
