import type { CheckedAnswer, SurveyQuestion } from "@motmap/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeAnswers } from "../src/surveys/stored-answers.ts";

/** The plain way: objects, then JSON.stringify — what encodeAnswers must write, byte for byte. */
function reference(answers: readonly CheckedAnswer[]) {
  const stored = answers.map((a) => ({
    k: a.question.key,
    ...(a.value !== null ? { v: a.value } : {}),
    ...(a.text !== null ? { t: a.text } : {}),
    ...(a.choices !== null ? { c: a.choices } : {}),
  }));
  const touchpoints = [...new Set(answers.flatMap((a) => (a.question.touchpointId ? [a.question.touchpointId] : [])))];
  return {
    answers: JSON.stringify(stored),
    touchpointIds: touchpoints.length === 0 ? "," : `,${touchpoints.join(",")},`,
  };
}

const question = fc.record({
  key: fc.string({ minLength: 1, maxLength: 12, unit: "grapheme" }),
  touchpointId: fc.option(fc.constantFrom("tp-a", "tp-b", "tp-c"), { nil: undefined }),
});

const answer = fc
  .tuple(
    question,
    fc.oneof(
      fc.record({ value: fc.integer({ min: 0, max: 10 }), text: fc.constant(null), choices: fc.constant(null) }),
      fc.record({ value: fc.constant(null), text: fc.string({ unit: "binary" }), choices: fc.constant(null) }),
      fc.record({
        value: fc.constant(null),
        text: fc.constant(null),
        choices: fc.array(fc.string({ unit: "grapheme" }), { maxLength: 4 }),
      }),
    ),
  )
  .map(([q, a]) => ({ question: { type: "satisfaction", text: "", ...q } as SurveyQuestion, ...a }) as CheckedAnswer);

describe("stored answers", () => {
  it("are written exactly as JSON.stringify writes them, whatever the keys, text and choices", () => {
    fc.assert(
      fc.property(fc.array(answer, { maxLength: 12 }), (answers) => {
        expect(encodeAnswers(answers)).toEqual(reference(answers));
        // And the document parses back to what was answered.
        expect(JSON.parse(encodeAnswers(answers).answers)).toEqual(JSON.parse(reference(answers).answers));
      }),
      { numRuns: 500 },
    );
  });

  it("reuse a question's key prefix without mixing questions up", () => {
    const q1 = { key: "a", type: "satisfaction", text: "", touchpointId: "tp-1" } as SurveyQuestion;
    const q2 = { key: 'b"\\', type: "nps", text: "" } as SurveyQuestion;
    const answers = [
      { question: q1, value: 3, text: null, choices: null },
      { question: q2, value: 9, text: null, choices: null },
      { question: q1, value: null, text: "줄\n바꿈", choices: null },
    ] as CheckedAnswer[];
    expect(encodeAnswers(answers)).toEqual(reference(answers));
    expect(encodeAnswers(answers)).toEqual(reference(answers));
  });
});
