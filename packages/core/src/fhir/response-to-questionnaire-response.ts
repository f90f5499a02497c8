import type {
  Bundle,
  Extension,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from "fhir/r4";
import type { SurveyAnswer, SurveyDefinition, SurveyQuestion, SurveyResponse } from "../models/survey.ts";
import {
  FHIR_EXTENSIONS,
  FHIR_SYSTEMS,
  questionnaireUrl,
  scaleOptions,
  scaleSystem,
  sectionLinkId,
} from "./fhir-common.ts";

/**
 * A stored response as a FHIR R4 QuestionnaireResponse answering `surveyToQuestionnaire` of the
 * same survey: answers sit in their section's group, scales answer with the option's Coding,
 * yes/no with a boolean, choices with their option Codings, free text with a string. Answers to
 * questions no longer in `definition` (an older version) are kept at the top level.
 */
export function responseToQuestionnaireResponse(
  response: SurveyResponse,
  definition: SurveyDefinition,
): QuestionnaireResponse {
  const extension: Extension[] = [{ url: FHIR_EXTENSIONS.channel, valueCode: response.channel }];
  if (response.visitDate) extension.push({ url: FHIR_EXTENSIONS.visitDate, valueDate: response.visitDate });
  if (response.departmentId) extension.push({ url: FHIR_EXTENSIONS.department, valueString: response.departmentId });
  if (response.segment) extension.push({ url: FHIR_EXTENSIONS.segment, valueString: response.segment });

  const byKey = new Map(response.answers.map((a) => [a.questionKey, a]));
  const items: QuestionnaireResponseItem[] = [];
  const placed = new Set<string>();
  const questionKeys = new Set(definition.sections.flatMap((s) => s.questions.map((q) => q.key)));
  for (const section of definition.sections) {
    const answered: QuestionnaireResponseItem[] = [];
    for (const question of section.questions) {
      const answer = byKey.get(question.key);
      if (!answer) continue;
      placed.add(question.key);
      answered.push({ linkId: question.key, text: question.text, answer: answersOf(answer, question) });
    }
    if (answered.length > 0) items.push({ linkId: sectionLinkId(section.key, questionKeys), item: answered });
  }
  for (const answer of response.answers) {
    if (!placed.has(answer.questionKey)) {
      items.push({ linkId: answer.questionKey, answer: answersOf(answer, undefined) });
    }
  }
  return {
    resourceType: "QuestionnaireResponse",
    id: response.id,
    extension,
    identifier: { system: FHIR_SYSTEMS.response, value: response.id },
    questionnaire: `${questionnaireUrl(response.surveyId)}|${response.surveyVersion}`,
    status: "completed",
    authored: response.submittedAt,
    item: items,
  };
}

/** Responses as a Bundle of type collection; `total` is not set (a page of a longer list). */
export function responsesToBundle(
  responses: SurveyResponse[],
  definition: SurveyDefinition,
  timestamp?: string,
): Bundle<QuestionnaireResponse> {
  const bundle: Bundle<QuestionnaireResponse> = { resourceType: "Bundle", type: "collection" };
  if (timestamp) bundle.timestamp = timestamp;
  bundle.entry = responses.map((r) => ({
    fullUrl: `urn:uuid:${r.id}`,
    resource: responseToQuestionnaireResponse(r, definition),
  }));
  return bundle;
}

function answersOf(answer: SurveyAnswer, question: SurveyQuestion | undefined): QuestionnaireResponseItemAnswer[] {
  if (answer.choices) {
    const labels = new Map((question?.options ?? []).map((o) => [o.value, o.label]));
    const system = FHIR_SYSTEMS.option(answer.questionKey);
    return answer.choices.map((code) => {
      const display = labels.get(code);
      return { valueCoding: display ? { system, code, display } : { system, code } };
    });
  }
  if (answer.text !== null) return [{ valueString: answer.text }];
  if (answer.value === null) return [];
  const value = answer.value;
  if (question?.type === "yes_no") return [{ valueBoolean: value === 1 }];
  if (question?.type === "satisfaction" || question?.type === "importance" || question?.type === "nps") {
    const point = scaleOptions(question.type, question.scale).find((p) => p.code === String(value));
    const system = scaleSystem(question.type, question.scale);
    return [{ valueCoding: point ? { system, code: point.code, display: point.ko } : { system, code: String(value) } }];
  }
  return [{ valueInteger: value }];
}
