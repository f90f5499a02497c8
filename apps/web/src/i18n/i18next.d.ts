import "i18next";
import type { extrasKo } from "./extras.ko.ts";
import type { ko } from "./ko.ts";
import type { mapKo } from "./map.ko.ts";
import type { publicSurveyKo } from "./public-survey.ko.ts";
import type { surveysKo } from "./surveys.ko.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: {
      translation: typeof ko & typeof extrasKo & typeof surveysKo & typeof publicSurveyKo & { map: typeof mapKo };
    };
  }
}
