import type { QuestionnaireResponse, QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from "fhir/r4";
import { z } from "zod";
import { Timestamp } from "../models/common.ts";
import {
  checkAnswers,
  type ResponseChannel,
  type SubmittedAnswer,
  type SurveyDefinition,
  type SurveyQuestion,
  surveyQuestions,
} from "../models/survey.ts";
import { extensionValue, FHIR_EXTENSIONS, sanitizedKey } from "./fhir-common.ts";

/** One QuestionnaireResponse read as a survey response. */
export interface ImportedResponse {
  /** Position in the Bundle (0 for a single resource). */
  index: number;
  /**
   * Stable across imports of the same file — `identifier` (system|value) or else the resource
   * id — so importing it twice is recognised, not stored twice.
   */
  submissionKey: string;
  submittedAt: string;
  channel?: ResponseChannel;
  visitDate?: string;
  departmentId?: string;
  segment?: string;
  answers: SubmittedAnswer[];
}

export interface ResponseImportError {
  index: number;
  linkId?: string;
  path: string;
  message: string;
}

export interface ImportedResponses {
  responses: ImportedResponse[];
  /** Entries that could not be read; the others are still in `responses`. */
  errors: ResponseImportError[];
}

const READABLE_STATUSES = new Set(["completed", "amended"]);
const DateOnly = z.iso.date();

/**
 * Reads a QuestionnaireResponse, or a Bundle of them, as answers to `definition`. linkIds are
 * matched to question keys as they are, or reduced as `questionnaireToSurvey` reduces them (so
 * responses to a foreign Questionnaire find the survey imported from it). Coded answers match an
 * option by code (also reduced) or by label. Every answer is checked with the survey's rules;
 * an entry with any problem is reported with its index and linkId and left out.
 */
export function questionnaireResponsesToAnswers(input: unknown, definition: SurveyDefinition): ImportedResponses {
  const out: ImportedResponses = { responses: [], errors: [] };
  if (!isObject(input)) {
    out.errors.push({ index: 0, path: "", message: "not a FHIR resource" });
    return out;
  }
  if (input.resourceType === "QuestionnaireResponse") {
    readOne(input as unknown as QuestionnaireResponse, 0, definition, out);
    return out;
  }
  if (input.resourceType !== "Bundle") {
    out.errors.push({ index: 0, path: "resourceType", message: 'must be "QuestionnaireResponse" or "Bundle"' });
    return out;
  }
  const entries = Array.isArray(input.entry) ? input.entry : [];
  entries.forEach((entry: unknown, index: number) => {
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource) || resource.resourceType !== "QuestionnaireResponse") {
      out.errors.push({ index, path: `entry.${index}.resource`, message: "not a QuestionnaireResponse" });
      return;
    }
    readOne(resource as unknown as QuestionnaireResponse, index, definition, out);
  });
  return out;
}

function readOne(qr: QuestionnaireResponse, index: number, definition: SurveyDefinition, out: ImportedResponses) {
  const errors: ResponseImportError[] = [];
  const fail = (path: string, message: string, linkId?: string) =>
    errors.push(linkId === undefined ? { index, path, message } : { index, linkId, path, message });

  const submissionKey = keyOf(qr);
  if (!submissionKey) fail("id", "needs an id or an identifier, so that importing it again is recognised");
  if (!READABLE_STATUSES.has(qr.status)) fail("status", `status "${qr.status}": only completed responses are imported`);
  let submittedAt = qr.authored ?? "";
  if (DateOnly.safeParse(submittedAt).success) submittedAt = `${submittedAt}T00:00:00Z`;
  if (!Timestamp.safeParse(submittedAt).success) fail("authored", "needs the date and time it was answered");

  const questions = surveyQuestions(definition);
  const byKey = new Map(questions.map((q) => [q.key, q]));
  const bySanitized = new Map(questions.map((q) => [sanitizedKey(q.key), q]));
  const answers: SubmittedAnswer[] = [];
  const answeredLinkIds: string[] = [];
  const walk = (items: QuestionnaireResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      if (!isObject(item)) continue;
      const values = Array.isArray(item.answer) ? item.answer : [];
      if (values.length > 0) {
        const question = byKey.get(item.linkId) ?? bySanitized.get(sanitizedKey(item.linkId ?? ""));
        if (!question) fail(`item(${item.linkId})`, "no such question in this survey", item.linkId);
        else {
          const answer = answerOf(question, values);
          if (typeof answer === "string") fail(`item(${item.linkId})`, answer, item.linkId);
          else {
            answers.push(answer);
            answeredLinkIds.push(item.linkId);
          }
        }
        for (const value of values) walk(value.item);
      }
      walk(item.item);
    }
  };
  walk(qr.item);

  if (errors.length === 0) {
    const checked = checkAnswers(definition, answers);
    for (const issue of checked.issues) {
      const at = /^answers\.(\d+)/.exec(issue.path);
      const linkId = at ? answeredLinkIds[Number(at[1])] : undefined;
      fail(linkId ? `item(${linkId})` : "item", issue.message, linkId);
    }
  }
  if (errors.length > 0) {
    out.errors.push(...errors);
    return;
  }
  const response: ImportedResponse = { index, submissionKey: submissionKey as string, submittedAt, answers };
  const channel = extensionValue(qr.extension, FHIR_EXTENSIONS.channel)?.valueCode;
  if (channel === "web" || channel === "kiosk" || channel === "import") response.channel = channel;
  const visitDate = extensionValue(qr.extension, FHIR_EXTENSIONS.visitDate)?.valueDate;
  if (visitDate) response.visitDate = visitDate;
  const departmentId = extensionValue(qr.extension, FHIR_EXTENSIONS.department)?.valueString;
  if (departmentId) response.departmentId = departmentId;
  const segment = extensionValue(qr.extension, FHIR_EXTENSIONS.segment)?.valueString;
  if (segment) response.segment = segment;
  out.responses.push(response);
}

function keyOf(qr: QuestionnaireResponse): string | null {
  const identifier = qr.identifier;
  if (identifier?.value) return identifier.system ? `${identifier.system}|${identifier.value}` : identifier.value;
  return qr.id ? `QuestionnaireResponse/${qr.id}` : null;
}

/** The answer to one question, or what is wrong with it. */
function answerOf(question: SurveyQuestion, values: QuestionnaireResponseItemAnswer[]): SubmittedAnswer | string {
  const key = question.key;
  switch (question.type) {
    case "single_choice":
    case "multiple_choice": {
      const choices: string[] = [];
      for (const v of values) {
        const option = optionOf(question, v);
        if (!option) return `"${describe(v)}" is not an option of this question`;
        choices.push(option);
      }
      return { key, choices };
    }
    case "free_text": {
      const texts = values.map(textOf);
      if (texts.some((t) => t === null)) return "this answer cannot be read as text";
      return { key, text: texts.join("\n") };
    }
    default: {
      if (values.length > 1) return "this question takes one answer";
      const value = numberOf(values[0]);
      if (value === null) return "this question takes a number";
      return { key, value };
    }
  }
}

function numberOf(v: QuestionnaireResponseItemAnswer | undefined): number | null {
  if (!v) return null;
  if (typeof v.valueBoolean === "boolean") return v.valueBoolean ? 1 : 0;
  if (typeof v.valueInteger === "number") return v.valueInteger;
  if (typeof v.valueDecimal === "number" && Number.isInteger(v.valueDecimal)) return v.valueDecimal;
  const code = v.valueCoding?.code ?? v.valueString;
  return code !== undefined && /^\d{1,2}$/.test(code) ? Number(code) : null;
}

function optionOf(question: SurveyQuestion, v: QuestionnaireResponseItemAnswer): string | null {
  const candidates = [v.valueCoding?.code, v.valueString, v.valueCoding?.display].filter(
    (c): c is string => typeof c === "string",
  );
  if (typeof v.valueInteger === "number") candidates.push(String(v.valueInteger));
  const options = question.options ?? [];
  for (const c of candidates) {
    const found =
      options.find((o) => o.value === c) ??
      options.find((o) => o.value === sanitizedKey(c)) ??
      options.find((o) => o.label === c);
    if (found) return found.value;
  }
  return null;
}

function textOf(v: QuestionnaireResponseItemAnswer): string | null {
  if (typeof v.valueString === "string") return v.valueString;
  if (typeof v.valueBoolean === "boolean") return v.valueBoolean ? "true" : "false";
  if (typeof v.valueInteger === "number") return String(v.valueInteger);
  if (typeof v.valueDecimal === "number") return String(v.valueDecimal);
  const primitive = v.valueDate ?? v.valueDateTime ?? v.valueTime ?? v.valueUri;
  if (typeof primitive === "string") return primitive;
  if (v.valueQuantity?.value !== undefined)
    return `${v.valueQuantity.value}${v.valueQuantity.unit ? ` ${v.valueQuantity.unit}` : ""}`;
  if (v.valueCoding) return v.valueCoding.display ?? v.valueCoding.code ?? null;
  return null;
}

function describe(v: QuestionnaireResponseItemAnswer): string {
  return v.valueCoding?.code ?? v.valueCoding?.display ?? v.valueString ?? String(v.valueInteger ?? "?");
}

const isObject = (v: unknown): v is Record<string, unknown> & QuestionnaireResponseItem =>
  typeof v === "object" && v !== null && !Array.isArray(v);
