import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { alertsEn } from "./alerts.en.ts";
import { alertsKo } from "./alerts.ko.ts";
import { departmentInsightEn } from "./department-insight.en.ts";
import { departmentInsightKo } from "./department-insight.ko.ts";
import { en } from "./en.ts";
import { extrasEn } from "./extras.en.ts";
import { extrasKo } from "./extras.ko.ts";
import { fhirEn } from "./fhir.en.ts";
import { fhirKo } from "./fhir.ko.ts";
import { followUpEn } from "./follow-up.en.ts";
import { followUpKo } from "./follow-up.ko.ts";
import { insightEn } from "./insight.en.ts";
import { insightKo } from "./insight.ko.ts";
import { ko } from "./ko.ts";
import { mapEn } from "./map.en.ts";
import { mapKo } from "./map.ko.ts";
import { publicSurveyEn } from "./public-survey.en.ts";
import { publicSurveyKo } from "./public-survey.ko.ts";
import { siteComparisonEn } from "./site-comparison.en.ts";
import { siteComparisonKo } from "./site-comparison.ko.ts";
import { surveyImportEn } from "./survey-import.en.ts";
import { surveyImportKo } from "./survey-import.ko.ts";
import { surveysEn } from "./surveys.en.ts";
import { surveysKo } from "./surveys.ko.ts";
import { vocEn } from "./voc.en.ts";
import { vocKo } from "./voc.ko.ts";
import { vocImportEn } from "./voc-import.en.ts";
import { vocImportKo } from "./voc-import.ko.ts";

/** Same shape as `ko`, every leaf a string: `en` is typed with it so the keys cannot drift. */
type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type Messages = DeepStrings<typeof ko>;

export const LANGUAGES = ["ko", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = "motmap.lang";

function storedLanguage(): Language {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return v === "en" || v === "ko" ? v : "ko";
  } catch {
    return "ko";
  }
}

export function hasStoredLanguage(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) !== null;
  } catch {
    return false;
  }
}

function applyHtmlLang(lng: string) {
  document.documentElement.lang = lng;
}

void i18n.use(initReactI18next).init({
  resources: {
    ko: {
      translation: {
        ...ko,
        ...extrasKo,
        ...surveysKo,
        ...surveyImportKo,
        ...publicSurveyKo,
        ...fhirKo,
        ...vocKo,
        ...vocImportKo,
        ...followUpKo,
        ...insightKo,
        ...alertsKo,
        ...siteComparisonKo,
        ...departmentInsightKo,
        map: mapKo,
      },
    },
    en: {
      translation: {
        ...en,
        ...extrasEn,
        ...surveysEn,
        ...surveyImportEn,
        ...publicSurveyEn,
        ...fhirEn,
        ...vocEn,
        ...vocImportEn,
        ...followUpEn,
        ...insightEn,
        ...alertsEn,
        ...siteComparisonEn,
        ...departmentInsightEn,
        map: mapEn,
      },
    },
  },
  lng: storedLanguage(),
  fallbackLng: "ko",
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
});
applyHtmlLang(i18n.language);

i18n.on("languageChanged", (lng) => {
  applyHtmlLang(lng);
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // private mode: the choice just lasts for this page
  }
});

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "ko";
}

export default i18n;
