import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption, ValueSet } from "fhir/r4";
import {
  type ChoiceOption,
  MAX_SURVEY_QUESTIONS,
  QUESTION_TYPES,
  type QuestionType,
  SurveyDefinition,
  type SurveyQuestion,
  type SurveySection,
} from "../models/survey.ts";
import { err, type FieldIssue, ok, type Result } from "../result.ts";
import { englishOf, extensionValue, FHIR_EXTENSIONS, uniqueKey } from "./fhir-common.ts";

/** A survey read from a Questionnaire, ready for `createSurvey`, and what was changed on the way. */
export interface ImportedQuestionnaire {
  /** The journey of our own export's touchpoint links (it may not exist where this is imported). */
  journeyId: string | null;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  definition: SurveyDefinition;
  /** Items imported differently from the source (e.g. a date question as free text), by linkId. */
  warnings: FieldIssue[];
}

const NUMERIC_AS_TEXT = new Set(["decimal", "quantity", "date", "dateTime", "time", "url", "attachment", "reference"]);
const MAX_OPTIONS = 50;

/**
 * Reads a FHIR R4 Questionnaire as a new survey. Our own exports come back exactly (their
 * question-type extension decides). A foreign Questionnaire: nested groups become one section
 * each (titles joined with " › "), questions outside any group go to a section of their own,
 * `display` items are skipped, `boolean` → yes/no, `choice`/`open-choice` with options (inline or
 * a contained ValueSet) → single or (repeats) multiple choice, `string`/`text` → free text,
 * `integer` 0–10 → NPS, 1–5 / 1–7 → satisfaction; every other answerable type (decimal, date,
 * quantity, attachment …) becomes free text with a warning, so no answerable item is lost.
 * Keys come from linkIds, reduced to letters, digits, _ and - and made unique.
 * Fails when the input is not a Questionnaire, has no answerable item, or has too many.
 */
export function questionnaireToSurvey(input: unknown): Result<ImportedQuestionnaire> {
  if (!isObject(input) || input.resourceType !== "Questionnaire") {
    return invalid("this is not a FHIR Questionnaire", [{ path: "resourceType", message: 'must be "Questionnaire"' }]);
  }
  const questionnaire = input as unknown as Questionnaire;
  if (questionnaire.item !== undefined && !Array.isArray(questionnaire.item)) {
    return invalid("Questionnaire.item must be a list", [{ path: "item", message: "must be an array" }]);
  }
  const warnings: FieldIssue[] = [];
  const english = /^en(-|$)/i.test(questionnaire.language ?? "");
  const reader = new ItemReader(questionnaire, english, warnings);
  reader.readLevel(questionnaire.item ?? [], null, []);
  const sections = reader.sections;
  const count = sections.reduce((n, s) => n + s.questions.length, 0);
  if (count === 0) {
    return invalid("the Questionnaire has no question that can be answered", [
      { path: "item", message: "no answerable item (only groups and display text)" },
    ]);
  }
  if (count > MAX_SURVEY_QUESTIONS) {
    return invalid(`a survey has at most ${MAX_SURVEY_QUESTIONS} questions; this Questionnaire has ${count}`, [
      { path: "item", message: `${count} answerable items` },
    ]);
  }
  const parsed = SurveyDefinition.safeParse({ sections });
  if (!parsed.success) {
    return invalid(
      "the Questionnaire could not be read as a survey",
      parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })),
    );
  }
  const title = clip(questionnaire.title ?? questionnaire.name ?? "", 200).trim() || "FHIR Questionnaire";
  const titleEn = clip(englishOf(questionnaire._title) || (english ? title : ""), 200);
  const description = clip(questionnaire.description ?? "", 5000);
  const descriptionEn = clip(englishOf(questionnaire._description) || (english ? description : ""), 5000);
  const journeyId = extensionValue(questionnaire.extension, FHIR_EXTENSIONS.journey)?.valueString ?? null;
  return ok({ journeyId, title, titleEn, description, descriptionEn, definition: parsed.data, warnings });
}

class ItemReader {
  readonly sections: SurveySection[] = [];
  private readonly sectionKeys = new Set<string>();
  private readonly questionKeys = new Set<string>();
  private readonly valueSets = new Map<string, ValueSet>();

  constructor(
    questionnaire: Questionnaire,
    private readonly english: boolean,
    private readonly warnings: FieldIssue[],
  ) {
    for (const resource of questionnaire.contained ?? []) {
      if (resource.resourceType === "ValueSet" && resource.id) this.valueSets.set(resource.id, resource as ValueSet);
    }
  }

  /** Items of one level; `group` is the section their questions go to (null at the top). */
  readLevel(items: QuestionnaireItem[], group: QuestionnaireItem | null, titles: { ko: string; en: string }[]): void {
    let current: SurveySection | null = null;
    const ownKey = extensionValue(group?.extension, FHIR_EXTENSIONS.sectionKey)?.valueString;
    const open = () => {
      if (current) return current;
      current = {
        key: uniqueKey(ownKey ?? group?.linkId ?? "", this.sectionKeys, `section-${this.sections.length + 1}`),
        title: clip(
          titles
            .map((t) => t.ko)
            .filter(Boolean)
            .join(" › "),
          200,
        ),
        titleEn: clip(
          titles
            .map((t) => t.en)
            .filter(Boolean)
            .join(" › "),
          200,
        ),
        questions: [],
      };
      this.sections.push(current);
      return current;
    };
    const walk = (list: QuestionnaireItem[]) => {
      for (const item of list) {
        if (!isObject(item)) continue;
        if (item.type === "group") {
          current = null;
          const ko = item.text ?? "";
          const en = englishOf(item._text) || (this.english ? ko : "");
          this.readLevel(item.item ?? [], item, [...titles, { ko, en }]);
          continue;
        }
        if (item.type !== "display") {
          const question = this.question(item);
          if (question) open().questions.push(question);
        }
        // FHIR lets a question carry sub-questions: they follow it in the same section.
        if (Array.isArray(item.item)) walk(item.item);
      }
    };
    walk(items);
    // Our own export of an empty section: keep it, a draft comes back as it was.
    if (ownKey !== undefined && items.length === 0) open();
  }

  private question(item: QuestionnaireItem): SurveyQuestion | null {
    const at = `item(${item.linkId})`;
    const ownType = extensionValue(item.extension, FHIR_EXTENSIONS.questionType)?.valueCode;
    const key = uniqueKey(item.linkId ?? "", this.questionKeys, `q${this.questionKeys.size + 1}`);
    let text = [item.prefix, item.text]
      .filter((s) => s?.trim())
      .join(" ")
      .trim();
    if (text === "") {
      text = item.linkId ?? key;
      this.warnings.push({ path: at, message: "the item has no text; its linkId is used as the question" });
    }
    if (text.length > 500) this.warnings.push({ path: at, message: "the text was cut to 500 characters" });
    const question: SurveyQuestion = {
      key,
      type: "free_text",
      text: clip(text, 500),
      textEn: clip(englishOf(item._text) || (this.english ? text : ""), 500),
      required: item.required === true,
    };
    const touchpointId = extensionValue(item.extension, FHIR_EXTENSIONS.touchpoint)?.valueString;
    const stageId = extensionValue(item.extension, FHIR_EXTENSIONS.stage)?.valueString;
    if (touchpointId) question.touchpointId = touchpointId;
    if (stageId) question.stageId = stageId;

    if (ownType && (QUESTION_TYPES as readonly string[]).includes(ownType)) {
      question.type = ownType as QuestionType;
      const scale = extensionValue(item.extension, FHIR_EXTENSIONS.scale)?.valueInteger;
      if (scale === 5 || scale === 7) question.scale = scale;
      if (question.type === "single_choice" || question.type === "multiple_choice") {
        question.options = (item.answerOption ?? []).map((o) => ({
          value: o.valueCoding?.code ?? "",
          label: o.valueCoding?.display ?? o.valueCoding?.code ?? "",
          labelEn: englishOf(o.valueCoding?._display),
        }));
      }
      return question;
    }
    return this.foreignQuestion(item, question, at);
  }

  private foreignQuestion(item: QuestionnaireItem, question: SurveyQuestion, at: string): SurveyQuestion {
    switch (item.type) {
      case "boolean":
        question.type = "yes_no";
        return question;
      case "string":
      case "text":
        return question;
      case "choice":
      case "open-choice": {
        const options = this.options(item, at);
        if (options.length < 2 || options.length > MAX_OPTIONS) {
          this.warnings.push({
            path: at,
            message:
              options.length < 2
                ? "a choice without a readable list of at least two options is imported as free text"
                : `more than ${MAX_OPTIONS} options: imported as free text`,
          });
          return question;
        }
        if (item.type === "open-choice") {
          this.warnings.push({ path: at, message: "an open choice: answers outside the options are not kept" });
        }
        question.type = item.repeats ? "multiple_choice" : "single_choice";
        question.options = options;
        return question;
      }
      case "integer": {
        const min = extensionValue(item.extension, FHIR_EXTENSIONS.minValue)?.valueInteger;
        const max = extensionValue(item.extension, FHIR_EXTENSIONS.maxValue)?.valueInteger;
        if (min === 0 && max === 10) question.type = "nps";
        else if (min === 1 && (max === 5 || max === 7)) {
          question.type = "satisfaction";
          question.scale = max;
        } else {
          this.warnings.push({
            path: at,
            message: "a number without a 0–10, 1–5 or 1–7 range is imported as free text",
          });
        }
        return question;
      }
      default: {
        const kind = NUMERIC_AS_TEXT.has(item.type) ? item.type : `"${String(item.type)}"`;
        this.warnings.push({ path: at, message: `a ${kind} item is imported as free text` });
        return question;
      }
    }
  }

  private options(item: QuestionnaireItem, at: string): ChoiceOption[] {
    const codings: Coding[] = [];
    for (const option of item.answerOption ?? []) {
      const coding = optionCoding(option);
      if (coding) codings.push(coding);
    }
    if (codings.length === 0 && item.answerValueSet) {
      const valueSet = item.answerValueSet.startsWith("#")
        ? this.valueSets.get(item.answerValueSet.slice(1))
        : undefined;
      if (!valueSet) {
        this.warnings.push({ path: at, message: `the value set ${item.answerValueSet} is not contained in the file` });
      }
      for (const include of valueSet?.compose?.include ?? []) {
        for (const concept of include.concept ?? []) {
          codings.push({ system: include.system, code: concept.code, display: concept.display });
        }
      }
      for (const contains of valueSet?.expansion?.contains ?? []) codings.push(contains);
    }
    const taken = new Set<string>();
    return codings.slice(0, MAX_OPTIONS + 1).map((c, i) => {
      const label = clip((c.display ?? c.code ?? "").trim(), 200) || `${i + 1}`;
      return {
        value: uniqueKey(c.code ?? c.display ?? "", taken, `option-${i + 1}`),
        label,
        labelEn: clip(englishOf(c._display) || (this.english ? label : ""), 200),
      };
    });
  }
}

function optionCoding(option: QuestionnaireItemAnswerOption): Coding | null {
  if (option.valueCoding) return option.valueCoding;
  if (typeof option.valueString === "string") return { code: option.valueString, display: option.valueString };
  if (typeof option.valueInteger === "number")
    return { code: String(option.valueInteger), display: String(option.valueInteger) };
  const other = option.valueDate ?? option.valueTime ?? option.valueReference?.display;
  return typeof other === "string" ? { code: other, display: other } : null;
}

const isObject = (v: unknown): v is Record<string, unknown> & QuestionnaireItem =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const clip = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

const invalid = (message: string, issues: FieldIssue[]) => err({ code: "validation_failed" as const, message, issues });
