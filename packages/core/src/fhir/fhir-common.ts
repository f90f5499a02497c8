import type { Element, Extension } from "fhir/r4";
import type { QuestionType } from "../models/survey.ts";

// Shared by the FHIR R4 mappings. The URLs are identifiers, not addresses that must resolve: they
// only have to stay the same so that our own exports import back exactly.
const BASE = "https://motmap.kr/fhir";

export const FHIR_EXTENSIONS = {
  questionType: `${BASE}/StructureDefinition/question-type`,
  /** On a section's group: the section key, which may differ from the linkId (see sectionLinkId). */
  sectionKey: `${BASE}/StructureDefinition/section-key`,
  scale: `${BASE}/StructureDefinition/scale`,
  journey: `${BASE}/StructureDefinition/journey`,
  touchpoint: `${BASE}/StructureDefinition/touchpoint`,
  stage: `${BASE}/StructureDefinition/stage`,
  channel: `${BASE}/StructureDefinition/response-channel`,
  visitDate: `${BASE}/StructureDefinition/visit-date`,
  department: `${BASE}/StructureDefinition/department`,
  segment: `${BASE}/StructureDefinition/segment`,
  /** Standard: a translation of a string element (`_text`, `_title`, `Coding._display`). */
  translation: "http://hl7.org/fhir/StructureDefinition/translation",
  /** Standard: the score of an answer option. */
  ordinalValue: "http://hl7.org/fhir/StructureDefinition/ordinalValue",
  minValue: "http://hl7.org/fhir/StructureDefinition/minValue",
  maxValue: "http://hl7.org/fhir/StructureDefinition/maxValue",
} as const;

export const FHIR_SYSTEMS = {
  survey: `${BASE}/survey`,
  response: `${BASE}/survey-response`,
  /** Codes of the numeric scales: `scale-5`, `scale-7`, `nps`. */
  scale: (name: string) => `${BASE}/CodeSystem/${name}`,
  option: (questionKey: string) => `${BASE}/CodeSystem/option/${questionKey}`,
} as const;

export const questionnaireUrl = (surveyId: string) => `${BASE}/Questionnaire/${surveyId}`;

/**
 * linkIds are unique across a Questionnaire, but section and question keys are separate in a
 * survey: a section whose key is also a question key gets a prefixed linkId.
 */
export function sectionLinkId(sectionKey: string, questionKeys: Set<string>): string {
  let linkId = sectionKey;
  while (questionKeys.has(linkId)) linkId = `section.${linkId}`;
  return linkId;
}

export function extensionValue(extensions: Extension[] | undefined, url: string): Extension | undefined {
  return extensions?.find((e) => e.url === url);
}

export function stringExtension(url: string, value: string): Extension {
  return { url, valueString: value };
}

/** `_text` etc. carrying an English translation, or undefined when there is none. */
export function englishElement(en: string): Element | undefined {
  if (en === "") return undefined;
  return {
    extension: [
      {
        url: FHIR_EXTENSIONS.translation,
        extension: [
          { url: "lang", valueCode: "en" },
          { url: "content", valueString: en },
        ],
      },
    ],
  };
}

/** The English translation of a string element, or "" (`en`, `en-US`, `en-GB` … all count). */
export function englishOf(element: Element | undefined): string {
  for (const ext of element?.extension ?? []) {
    if (ext.url !== FHIR_EXTENSIONS.translation) continue;
    const lang = ext.extension?.find((e) => e.url === "lang")?.valueCode ?? "";
    const content = ext.extension?.find((e) => e.url === "content")?.valueString;
    if (/^en(-|$)/i.test(lang) && typeof content === "string") return content;
  }
  return "";
}

/** Points of each numeric question type, as answer options, with default wording. */
export function scaleOptions(type: QuestionType, scale: 5 | 7 | undefined): { code: string; ko: string; en: string }[] {
  if (type === "nps") {
    return Array.from({ length: 11 }, (_, i) => ({
      code: String(i),
      ko: i === 0 ? "0 (전혀 추천하지 않음)" : i === 10 ? "10 (매우 추천함)" : String(i),
      en: i === 0 ? "0 (not at all likely)" : i === 10 ? "10 (extremely likely)" : String(i),
    }));
  }
  if (type === "importance") {
    return labelled(
      ["전혀 중요하지 않음", "중요하지 않음", "보통", "중요함", "매우 중요함"],
      ["Not at all important", "Not important", "Neutral", "Important", "Very important"],
    );
  }
  if ((scale ?? 5) === 5) {
    return labelled(
      ["매우 불만족", "불만족", "보통", "만족", "매우 만족"],
      ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
    );
  }
  return Array.from({ length: 7 }, (_, i) => ({
    code: String(i + 1),
    ko: i === 0 ? "1 (매우 불만족)" : i === 6 ? "7 (매우 만족)" : String(i + 1),
    en: i === 0 ? "1 (very dissatisfied)" : i === 6 ? "7 (very satisfied)" : String(i + 1),
  }));
}

function labelled(ko: string[], en: string[]) {
  return ko.map((label, i) => ({ code: String(i + 1), ko: label, en: en[i] ?? label }));
}

export const scaleSystem = (type: QuestionType, scale: 5 | 7 | undefined) =>
  FHIR_SYSTEMS.scale(type === "nps" ? "nps" : type === "importance" ? "importance-5" : `satisfaction-${scale ?? 5}`);

const KEY_CHARS = /[^A-Za-z0-9_-]+/g;
const VALID_KEY = /^[A-Za-z0-9_-]{1,60}$/;

/**
 * A SurveyKey from a foreign identifier (linkId, option code): a valid key stays as it is;
 * otherwise other characters become "-" (trimmed), at most 60 characters; unique among `taken`
 * (which it extends).
 */
export function uniqueKey(raw: string, taken: Set<string>, fallback: string): string {
  let base = sanitizedKey(raw);
  if (base === "") base = fallback;
  let key = base;
  for (let n = 2; taken.has(key); n++) {
    const suffix = `-${n}`;
    key = `${base.slice(0, 60 - suffix.length)}${suffix}`;
  }
  taken.add(key);
  return key;
}

/** Same mapping as `uniqueKey` without the uniqueness: to find a key again from a foreign linkId. */
export function sanitizedKey(raw: string): string {
  if (VALID_KEY.test(raw)) return raw;
  return raw
    .replace(KEY_CHARS, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
