import type { CheckedAnswer, SurveyAnswer, SurveyDefinition } from "@motmap/core";
import { surveyQuestions } from "@motmap/core";

/** One answer as stored in `survey_responses.answers`: short keys, because a hospital keeps millions. */
export interface StoredAnswer {
  k: string;
  v?: number;
  t?: string;
  c?: string[];
}

/**
 * The answers of one response as stored: text must already be masked. Returns the JSON and the
 * `,id,id,` list of linked touchpoints the response list filters on.
 */
export function encodeAnswers(answers: readonly CheckedAnswer[]): { answers: string; touchpointIds: string } {
  const stored: StoredAnswer[] = [];
  const touchpoints: string[] = [];
  for (const a of answers) {
    const s: StoredAnswer = { k: a.question.key };
    if (a.value !== null) s.v = a.value;
    if (a.text !== null) s.t = a.text;
    if (a.choices !== null) s.c = a.choices;
    stored.push(s);
    const tp = a.question.touchpointId;
    if (tp && !touchpoints.includes(tp)) touchpoints.push(tp);
  }
  return {
    answers: JSON.stringify(stored),
    touchpointIds: touchpoints.length === 0 ? "," : `,${touchpoints.join(",")},`,
  };
}

/** Stored answers back to the model, linked to touchpoints and stages through the version answered. */
export function decodeAnswers(json: string, definition: SurveyDefinition | undefined): SurveyAnswer[] {
  const questions = new Map(definition ? surveyQuestions(definition).map((q) => [q.key, q]) : []);
  return (JSON.parse(json) as StoredAnswer[]).map((s) => {
    const q = questions.get(s.k);
    return {
      questionKey: s.k,
      touchpointId: q?.touchpointId ?? null,
      stageId: q?.stageId ?? null,
      value: s.v ?? null,
      text: s.t ?? null,
      choices: s.c ?? null,
    };
  });
}
