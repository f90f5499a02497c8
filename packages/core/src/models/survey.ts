import { z } from "zod";
import { Entity, Id, Name, Text, Timestamp, Version } from "./common.ts";

export const SURVEY_STATUSES = ["draft", "published", "closed"] as const;
export const SurveyStatus = z.enum(SURVEY_STATUSES);
export type SurveyStatus = z.infer<typeof SurveyStatus>;

export const QUESTION_TYPES = [
  "satisfaction",
  "importance",
  "yes_no",
  "single_choice",
  "multiple_choice",
  "nps",
  "free_text",
] as const;
export const QuestionType = z.enum(QUESTION_TYPES);
export type QuestionType = z.infer<typeof QuestionType>;

export const RESPONSE_CHANNELS = ["web", "kiosk", "import"] as const;
export const ResponseChannel = z.enum(RESPONSE_CHANNELS);
export type ResponseChannel = z.infer<typeof ResponseChannel>;

export const MAX_SURVEY_QUESTIONS = 200;
export const MAX_FREE_TEXT = 2000;

/** Answers refer to keys, so keys are stable identifiers: letters, digits, _ and -. */
export const SurveyKey = z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, "use 1–60 letters, digits, _ or -");

export const ChoiceOption = z.object({
  value: SurveyKey,
  label: Name(200),
  labelEn: Text(200).default(""),
});
export type ChoiceOption = z.infer<typeof ChoiceOption>;

export const SurveyQuestion = z.object({
  key: SurveyKey,
  type: QuestionType,
  text: Name(500),
  textEn: Text(500).default(""),
  required: z.boolean().default(false),
  touchpointId: Id.nullable().optional(),
  stageId: Id.nullable().optional(),
  /** Points of a satisfaction scale (5 or 7); importance is always 5. */
  scale: z.union([z.literal(5), z.literal(7)]).optional(),
  options: z.array(ChoiceOption).max(50).optional(),
});
export type SurveyQuestion = z.infer<typeof SurveyQuestion>;

export const SurveySection = z.object({
  key: SurveyKey,
  title: Text(200).default(""),
  titleEn: Text(200).default(""),
  questions: z.array(SurveyQuestion).max(MAX_SURVEY_QUESTIONS),
});
export type SurveySection = z.infer<typeof SurveySection>;

const isChoice = (t: QuestionType) => t === "single_choice" || t === "multiple_choice";

export const SurveyDefinition = z.object({ sections: z.array(SurveySection).max(50) }).superRefine((def, ctx) => {
  const sectionKeys = new Set<string>();
  const questionKeys = new Set<string>();
  let count = 0;
  def.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key)) {
      ctx.addIssue({ code: "custom", path: ["sections", s, "key"], message: "duplicate section key" });
    }
    sectionKeys.add(section.key);
    section.questions.forEach((q, i) => {
      count++;
      const at = ["sections", s, "questions", i];
      if (questionKeys.has(q.key)) ctx.addIssue({ code: "custom", path: [...at, "key"], message: "duplicate key" });
      questionKeys.add(q.key);
      if (q.type === "importance" && q.scale !== undefined && q.scale !== 5) {
        ctx.addIssue({ code: "custom", path: [...at, "scale"], message: "importance is a 5-point scale" });
      }
      if (q.scale !== undefined && q.type !== "satisfaction" && q.type !== "importance") {
        ctx.addIssue({ code: "custom", path: [...at, "scale"], message: "only satisfaction takes a scale" });
      }
      if (isChoice(q.type)) {
        const options = q.options ?? [];
        if (options.length < 2) {
          ctx.addIssue({ code: "custom", path: [...at, "options"], message: "a choice needs at least 2 options" });
        }
        const values = new Set<string>();
        options.forEach((o, k) => {
          if (values.has(o.value)) {
            ctx.addIssue({ code: "custom", path: [...at, "options", k, "value"], message: "duplicate value" });
          }
          values.add(o.value);
        });
      } else if (q.options !== undefined && q.options.length > 0) {
        ctx.addIssue({ code: "custom", path: [...at, "options"], message: "only choice questions have options" });
      }
    });
  });
  if (count > MAX_SURVEY_QUESTIONS) {
    ctx.addIssue({ code: "custom", path: ["sections"], message: `at most ${MAX_SURVEY_QUESTIONS} questions` });
  }
});
export type SurveyDefinition = z.infer<typeof SurveyDefinition>;
export type SurveyDefinitionInput = z.input<typeof SurveyDefinition>;

export const SurveyFields = z.object({
  journeyId: Id.nullable().default(null),
  title: Name(200),
  titleEn: Text(200).default(""),
  description: Text(5000).default(""),
  descriptionEn: Text(5000).default(""),
  definition: SurveyDefinition.default({ sections: [] }),
});

export const Survey = Entity.extend({
  journeyId: Id.nullable(),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  status: SurveyStatus,
  publishedVersion: z.number().int().nullable(),
  /** Random and unguessable: the address of the public page and its QR code. */
  publicId: z.string(),
  definition: SurveyDefinition,
});
export type Survey = z.infer<typeof Survey>;

export const SurveySummary = Survey.omit({ definition: true }).extend({
  questionCount: z.number().int(),
  responseCount: z.number().int(),
});
export type SurveySummary = z.infer<typeof SurveySummary>;

export const SurveyVersion = z.object({ number: z.number().int(), publishedAt: Timestamp });
export type SurveyVersion = z.infer<typeof SurveyVersion>;

export const SurveyDetail = Survey.extend({ versions: z.array(SurveyVersion), responseCount: z.number().int() });
export type SurveyDetail = z.infer<typeof SurveyDetail>;

export const CreateSurveyInput = SurveyFields;
export type CreateSurveyInput = z.input<typeof CreateSurveyInput>;
export const UpdateSurveyInput = z
  .object({
    journeyId: Id.nullable(),
    title: Name(200),
    titleEn: Text(200),
    description: Text(5000),
    descriptionEn: Text(5000),
    definition: SurveyDefinition,
  })
  .partial()
  .extend({ version: Version });
export type UpdateSurveyInput = z.infer<typeof UpdateSurveyInput>;

export const SurveyVersionInput = z.object({ version: Version });
export type SurveyVersionInput = z.infer<typeof SurveyVersionInput>;

export const SurveyFromJourneyInput = z.object({
  journeyId: Id,
  locale: z.enum(["ko", "en"]).default("ko"),
  title: Name(200).optional(),
});
export type SurveyFromJourneyInput = z.input<typeof SurveyFromJourneyInput>;

export const SURVEY_TEMPLATE_IDS = ["outpatient-nps", "hira-patient-experience", "hcahps-inpatient"] as const;
export const SurveyFromTemplateInput = z.object({
  templateId: z.enum(SURVEY_TEMPLATE_IDS),
  title: Name(200).optional(),
});
export type SurveyFromTemplateInput = z.input<typeof SurveyFromTemplateInput>;

/** What the public page shows: the published version, no internal fields. */
export const PublicSurvey = z.object({
  publicId: z.string(),
  hospitalName: z.string(),
  hospitalNameEn: z.string(),
  title: z.string(),
  titleEn: z.string(),
  description: z.string(),
  descriptionEn: z.string(),
  version: z.number().int(),
  definition: SurveyDefinition,
});
export type PublicSurvey = z.infer<typeof PublicSurvey>;

export const SubmittedAnswer = z.object({
  key: SurveyKey,
  value: z.number().int().optional(),
  text: z.string().max(MAX_FREE_TEXT).optional(),
  choices: z.array(SurveyKey).max(50).optional(),
});
export type SubmittedAnswer = z.infer<typeof SubmittedAnswer>;

export const SubmitSurveyResponseInput = z.object({
  /** Generated by the client once per filled form: a resubmission is recognised, not stored twice. */
  submissionKey: z.uuid(),
  channel: z.enum(["web", "kiosk"]).default("web"),
  visitDate: z.iso.date().optional(),
  departmentId: Id.optional(),
  segment: z.string().trim().max(60).optional(),
  answers: z.array(SubmittedAnswer).max(MAX_SURVEY_QUESTIONS),
});
export type SubmitSurveyResponseInput = z.input<typeof SubmitSurveyResponseInput>;

export const SurveyAnswer = z.object({
  questionKey: z.string(),
  touchpointId: Id.nullable(),
  stageId: Id.nullable(),
  value: z.number().nullable(),
  text: z.string().nullable(),
  choices: z.array(z.string()).nullable(),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

export const SurveyResponse = z.object({
  id: Id,
  surveyId: Id,
  surveyVersion: z.number().int(),
  submittedAt: Timestamp,
  channel: ResponseChannel,
  visitDate: z.string().nullable(),
  departmentId: Id.nullable(),
  segment: z.string().nullable(),
  answers: z.array(SurveyAnswer),
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

export const SubmittedResponse = z.object({ id: Id, duplicate: z.boolean() });
export type SubmittedResponse = z.infer<typeof SubmittedResponse>;

export const ListSurveyResponsesQuery = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  touchpointId: Id.optional(),
  departmentId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Keyset paging: responses older than (before, beforeId) — the last response of the previous page. */
  before: Timestamp.optional(),
  beforeId: Id.optional(),
});
export type ListSurveyResponsesQuery = z.input<typeof ListSurveyResponsesQuery>;

/** Questions of a definition in order, with the section they belong to. */
export function surveyQuestions(def: SurveyDefinition): SurveyQuestion[] {
  return def.sections.flatMap((s) => s.questions);
}

/** The numeric range a question accepts, or null when it takes no number. */
export function questionRange(q: SurveyQuestion): [number, number] | null {
  switch (q.type) {
    case "satisfaction":
      return [1, q.scale ?? 5];
    case "importance":
      return [1, 5];
    case "nps":
      return [0, 10];
    case "yes_no":
      return [0, 1];
    default:
      return null;
  }
}

export interface CheckedAnswer {
  question: SurveyQuestion;
  value: number | null;
  text: string | null;
  choices: string[] | null;
}

/**
 * Checks answers against one version of a survey: known keys, each at most once, the right kind
 * of value in range, valid choices, and every required question answered. Paths are
 * `answers.<i>.<field>`; a missing required answer is reported at `answers`.
 */
// A published version is checked against thousands of times and never changes: index it once.
const questionIndexes = new WeakMap<SurveyDefinition, Map<string, SurveyQuestion>>();
const optionSets = new WeakMap<SurveyQuestion, Set<string>>();

function questionIndex(def: SurveyDefinition): Map<string, SurveyQuestion> {
  let index = questionIndexes.get(def);
  if (!index) {
    index = new Map(surveyQuestions(def).map((q) => [q.key, q]));
    questionIndexes.set(def, index);
  }
  return index;
}

function optionSet(q: SurveyQuestion): Set<string> {
  let set = optionSets.get(q);
  if (!set) {
    set = new Set((q.options ?? []).map((o) => o.value));
    optionSets.set(q, set);
  }
  return set;
}

export function checkAnswers(
  def: SurveyDefinition,
  answers: SubmittedAnswer[],
): { answers: CheckedAnswer[]; issues: { path: string; message: string }[] } {
  const byKey = questionIndex(def);
  const issues: { path: string; message: string }[] = [];
  const out: CheckedAnswer[] = [];
  const seen = new Set<string>();
  answers.forEach((a, i) => {
    const at = `answers.${i}`;
    const q = byKey.get(a.key);
    if (!q) {
      issues.push({ path: `${at}.key`, message: "no such question in this survey" });
      return;
    }
    if (seen.has(a.key)) {
      issues.push({ path: `${at}.key`, message: "answered twice" });
      return;
    }
    seen.add(a.key);
    const range = questionRange(q);
    if (range) {
      if (a.text !== undefined || a.choices !== undefined) {
        issues.push({ path: at, message: "this question takes a number in value" });
      } else if (a.value === undefined) {
        if (q.required) issues.push({ path: `${at}.value`, message: "required" });
      } else if (a.value < range[0] || a.value > range[1]) {
        issues.push({ path: `${at}.value`, message: `must be between ${range[0]} and ${range[1]}` });
      } else out.push({ question: q, value: a.value, text: null, choices: null });
    } else if (q.type === "free_text") {
      if (a.value !== undefined || a.choices !== undefined) {
        issues.push({ path: at, message: "this question takes text" });
      } else {
        const text = a.text?.trim() ?? "";
        if (text === "") {
          if (q.required) issues.push({ path: `${at}.text`, message: "required" });
        } else out.push({ question: q, value: null, text, choices: null });
      }
    } else {
      if (a.value !== undefined || a.text !== undefined) {
        issues.push({ path: at, message: "this question takes choices" });
        return;
      }
      const choices = a.choices ?? [];
      const allowed = optionSet(q);
      const bad = choices.findIndex((c) => !allowed.has(c));
      if (bad >= 0) issues.push({ path: `${at}.choices.${bad}`, message: "not an option of this question" });
      else if (new Set(choices).size !== choices.length) {
        issues.push({ path: `${at}.choices`, message: "a choice is repeated" });
      } else if (q.type === "single_choice" && choices.length > 1) {
        issues.push({ path: `${at}.choices`, message: "choose one" });
      } else if (choices.length === 0) {
        if (q.required) issues.push({ path: `${at}.choices`, message: "required" });
      } else out.push({ question: q, value: null, text: null, choices });
    }
  });
  for (const q of byKey.values()) {
    if (q.required && !seen.has(q.key)) issues.push({ path: "answers", message: `"${q.key}" is required` });
  }
  return { answers: out, issues };
}
