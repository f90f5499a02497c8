import type { CheckedAnswer, SurveyAnswer, SurveyDefinition, SurveyQuestion } from "@motmap/core";
import { surveyQuestions } from "@motmap/core";

/** One answer as stored in `survey_responses.answers`: short keys, because a hospital keeps millions. */
export interface StoredAnswer {
  k: string;
  v?: number;
  t?: string;
  c?: string[];
}

/** `{"k":"<key>"` of each question, written once per published version rather than per answer. */
const keyPrefixes = new WeakMap<SurveyQuestion, string>();

function keyPrefix(q: SurveyQuestion): string {
  let prefix = keyPrefixes.get(q);
  if (prefix === undefined) {
    prefix = `{"k":${JSON.stringify(q.key)}`;
    keyPrefixes.set(q, prefix);
  }
  return prefix;
}

/**
 * The answers of one response as stored: text must already be masked. Returns the JSON and the
 * `,id,id,` list of linked touchpoints the response list filters on. The JSON is the one
 * `JSON.stringify` gives of `StoredAnswer`s (a test holds it to that), written directly: building the
 * objects first cost as much as the insert of a public submission.
 */
export function encodeAnswers(answers: readonly CheckedAnswer[]): { answers: string; touchpointIds: string } {
  let json = "[";
  let touchpointIds = ",";
  const touchpoints = new Set<string>();
  for (let i = 0; i < answers.length; i++) {
    const a = answers[i] as CheckedAnswer;
    json += i === 0 ? keyPrefix(a.question) : `,${keyPrefix(a.question)}`;
    // Values are checked whole numbers; a non-finite one would be null, as JSON.stringify writes it.
    if (a.value !== null) json += `,"v":${Number.isFinite(a.value) ? a.value : null}`;
    if (a.text !== null) json += `,"t":${JSON.stringify(a.text)}`;
    if (a.choices !== null) json += `,"c":${JSON.stringify(a.choices)}`;
    json += "}";
    const tp = a.question.touchpointId;
    if (tp && !touchpoints.has(tp)) {
      touchpoints.add(tp);
      touchpointIds += `${tp},`;
    }
  }
  return { answers: `${json}]`, touchpointIds };
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
