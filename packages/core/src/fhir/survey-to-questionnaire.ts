import type { Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from "fhir/r4";
import { type SurveyDefinition, type SurveyQuestion, type SurveyStatus, surveyQuestions } from "../models/survey.ts";
import {
  englishElement,
  FHIR_EXTENSIONS,
  FHIR_SYSTEMS,
  questionnaireUrl,
  scaleOptions,
  scaleSystem,
  sectionLinkId,
  stringExtension,
} from "./fhir-common.ts";

/** What the export reads of a survey: a stored survey or a template. */
export interface QuestionnaireSource {
  id?: string;
  /** The journey whose touchpoints and stages the questions link to. */
  journeyId?: string | null;
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  status?: SurveyStatus;
  publishedVersion?: number | null;
  updatedAt?: string;
  definition: SurveyDefinition;
}

const STATUS: Record<SurveyStatus, Questionnaire["status"]> = {
  draft: "draft",
  published: "active",
  closed: "retired",
};

/**
 * A survey as a FHIR R4 Questionnaire: sections are `group` items, questions keep their key as
 * linkId. Scales and NPS are `choice` items with coded options (so any FHIR form renderer shows
 * them); what only motmap needs (question type, scale, touchpoint and stage) rides in extensions,
 * and English wording in the standard translation extension.
 */
export function surveyToQuestionnaire(survey: QuestionnaireSource): Questionnaire {
  const q: Questionnaire = { resourceType: "Questionnaire", status: STATUS[survey.status ?? "draft"] };
  if (survey.id !== undefined) {
    q.id = survey.id;
    q.url = questionnaireUrl(survey.id);
    q.identifier = [{ system: FHIR_SYSTEMS.survey, value: survey.id }];
  }
  if (survey.journeyId) q.extension = [stringExtension(FHIR_EXTENSIONS.journey, survey.journeyId)];
  if (survey.publishedVersion) q.version = String(survey.publishedVersion);
  q.language = "ko";
  q.title = survey.title;
  const titleEn = englishElement(survey.titleEn);
  if (titleEn) q._title = titleEn;
  if (survey.updatedAt) q.date = survey.updatedAt;
  if (survey.description !== "" || survey.descriptionEn !== "") {
    q.description = survey.description;
    const descriptionEn = englishElement(survey.descriptionEn);
    if (descriptionEn) q._description = descriptionEn;
  }
  q.subjectType = ["Patient"];
  const questionKeys = new Set(surveyQuestions(survey.definition).map((question) => question.key));
  q.item = survey.definition.sections.map((section) => {
    const group: QuestionnaireItem = {
      extension: [stringExtension(FHIR_EXTENSIONS.sectionKey, section.key)],
      linkId: sectionLinkId(section.key, questionKeys),
      type: "group",
    };
    if (section.title !== "") group.text = section.title;
    const titleEnOfSection = englishElement(section.titleEn);
    if (titleEnOfSection) group._text = titleEnOfSection;
    // An empty section is kept (as an empty group) so that a draft comes back as it was.
    if (section.questions.length > 0) group.item = section.questions.map(questionItem);
    return group;
  });
  return q;
}

function questionItem(question: SurveyQuestion): QuestionnaireItem {
  const extension: Extension[] = [{ url: FHIR_EXTENSIONS.questionType, valueCode: question.type }];
  if (question.scale !== undefined) extension.push({ url: FHIR_EXTENSIONS.scale, valueInteger: question.scale });
  if (question.touchpointId) extension.push(stringExtension(FHIR_EXTENSIONS.touchpoint, question.touchpointId));
  if (question.stageId) extension.push(stringExtension(FHIR_EXTENSIONS.stage, question.stageId));
  const item: QuestionnaireItem = {
    extension,
    linkId: question.key,
    text: question.text,
    type: "choice",
    required: question.required,
  };
  const textEn = englishElement(question.textEn);
  if (textEn) item._text = textEn;
  switch (question.type) {
    case "satisfaction":
    case "importance":
    case "nps": {
      const system = scaleSystem(question.type, question.scale);
      item.answerOption = scaleOptions(question.type, question.scale).map((point) => {
        const option: QuestionnaireItemAnswerOption = {
          extension: [{ url: FHIR_EXTENSIONS.ordinalValue, valueDecimal: Number(point.code) }],
          valueCoding: { system, code: point.code, display: point.ko },
        };
        const displayEn = englishElement(point.en);
        if (option.valueCoding && displayEn) option.valueCoding._display = displayEn;
        return option;
      });
      break;
    }
    case "yes_no":
      item.type = "boolean";
      break;
    case "single_choice":
    case "multiple_choice": {
      if (question.type === "multiple_choice") item.repeats = true;
      const system = FHIR_SYSTEMS.option(question.key);
      item.answerOption = (question.options ?? []).map((o) => {
        const option: QuestionnaireItemAnswerOption = { valueCoding: { system, code: o.value, display: o.label } };
        const labelEn = englishElement(o.labelEn);
        if (option.valueCoding && labelEn) option.valueCoding._display = labelEn;
        return option;
      });
      break;
    }
    case "free_text":
      item.type = "text";
      break;
  }
  return item;
}
