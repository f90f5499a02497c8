import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkAnswers,
  MAX_SURVEY_QUESTIONS,
  motSurveyDefinition,
  SURVEY_TEMPLATES,
  SurveyDefinition,
  type SurveyDefinitionInput,
  validate,
} from "../src/index.ts";

const HANGUL = /[\uAC00-\uD7A3]/;

const definition = (input: SurveyDefinitionInput) => {
  const parsed = validate(SurveyDefinition, input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

const ALL_TYPES = definition({
  sections: [
    {
      key: "s",
      questions: [
        { key: "sat7", type: "satisfaction", scale: 7, text: "만족", required: true },
        { key: "imp", type: "importance", text: "중요" },
        { key: "yn", type: "yes_no", text: "예/아니오" },
        {
          key: "one",
          type: "single_choice",
          text: "하나",
          options: [
            { value: "a", label: "가" },
            { value: "b", label: "나" },
          ],
        },
        {
          key: "many",
          type: "multiple_choice",
          text: "여럿",
          options: [
            { value: "a", label: "가" },
            { value: "b", label: "나" },
          ],
        },
        { key: "nps", type: "nps", text: "추천" },
        { key: "txt", type: "free_text", text: "의견" },
      ],
    },
  ],
});

describe("survey definitions", () => {
  it("reports duplicate keys, short or repeated options, and options or scales where they do not belong", () => {
    const result = validate(SurveyDefinition, {
      sections: [
        {
          key: "a",
          questions: [{ key: "q", type: "single_choice", text: "x", options: [{ value: "v", label: "v" }] }],
        },
        {
          key: "a",
          questions: [
            {
              key: "q",
              type: "multiple_choice",
              text: "y",
              options: [
                { value: "v", label: "v" },
                { value: "v", label: "w" },
              ],
            },
            { key: "r", type: "nps", text: "z", scale: 5, options: [{ value: "v", label: "v" }] },
            { key: "s", type: "importance", text: "z", scale: 7 },
            { key: "bad key", type: "yes_no", text: "z" },
          ],
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.issues?.map((i) => i.path).sort()).toEqual(
      [
        "sections.0.questions.0.options",
        "sections.1.key",
        "sections.1.questions.0.key",
        "sections.1.questions.0.options.1.value",
        "sections.1.questions.1.scale",
        "sections.1.questions.1.options",
        "sections.1.questions.2.scale",
        "sections.1.questions.3.key",
      ].sort(),
    );
  });

  it(`allows at most ${MAX_SURVEY_QUESTIONS} questions in all`, () => {
    const section = (s: number, n: number) => ({
      key: `s${s}`,
      questions: Array.from({ length: n }, (_, i) => ({ key: `s${s}q${i}`, type: "yes_no" as const, text: "q" })),
    });
    expect(validate(SurveyDefinition, { sections: [section(0, 100), section(1, 100)] }).ok).toBe(true);
    const over = validate(SurveyDefinition, { sections: [section(0, 100), section(1, 101)] });
    expect(over.ok).toBe(false);
  });
});

describe("answers", () => {
  it("accepts every type in range", () => {
    const { answers, issues } = checkAnswers(ALL_TYPES, [
      { key: "sat7", value: 7 },
      { key: "imp", value: 1 },
      { key: "yn", value: 0 },
      { key: "one", choices: ["b"] },
      { key: "many", choices: ["a", "b"] },
      { key: "nps", value: 0 },
      { key: "txt", text: "  좋았어요 " },
    ]);
    expect(issues).toEqual([]);
    expect(answers.map((a) => a.question.key)).toEqual(["sat7", "imp", "yn", "one", "many", "nps", "txt"]);
    expect(answers.at(-1)?.text).toBe("좋았어요");
  });

  it("reports each wrong answer at its path, and a missing required one at answers", () => {
    const { answers, issues } = checkAnswers(ALL_TYPES, [
      { key: "imp", value: 6 },
      { key: "yn", value: 2 },
      { key: "one", choices: ["a", "b"] },
      { key: "many", choices: ["a", "a"] },
      { key: "nps", value: 11 },
      { key: "txt", choices: ["a"] },
      { key: "nps", value: 5 },
    ]);
    expect(answers).toEqual([]);
    expect(issues.map((i) => i.path)).toEqual([
      "answers.0.value",
      "answers.1.value",
      "answers.2.choices",
      "answers.3.choices",
      "answers.4.value",
      "answers.5",
      "answers.6.key",
      "answers",
    ]);
  });

  it("never accepts a number outside a question's scale (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), (value) => {
        const { issues } = checkAnswers(ALL_TYPES, [
          { key: "sat7", value },
          { key: "nps", value },
        ]);
        const satOk = value >= 1 && value <= 7;
        const npsOk = value >= 0 && value <= 10;
        expect(issues.some((i) => i.path === "answers.0.value")).toBe(!satOk);
        expect(issues.some((i) => i.path === "answers.1.value")).toBe(!npsOk);
      }),
    );
  });
});

describe("survey templates", () => {
  it("the MOT survey pairs satisfaction and importance per touchpoint, one section per stage with touchpoints", () => {
    const tp = (id: string, name: string) => ({ id, name });
    const def = definition(
      motSurveyDefinition({
        title: "외래",
        stages: [
          { id: crypto.randomUUID(), name: "예약", touchpoints: [tp(crypto.randomUUID(), "콜센터")] },
          { id: crypto.randomUUID(), name: "빈 단계", touchpoints: [] },
          {
            id: crypto.randomUUID(),
            name: "수납",
            touchpoints: [tp(crypto.randomUUID(), "수납 창구"), tp(crypto.randomUUID(), "키오스크")],
          },
        ],
      }),
    );
    expect(def.sections.map((s) => s.title)).toEqual(["예약", "수납", "전반적인 경험"]);
    expect(def.sections.map((s) => s.questions.length)).toEqual([2, 4, 3]);
    expect(def.sections[1]?.questions[0]?.text).toBe("‘수납 창구’에 얼마나 만족하셨나요?");
  });

  it("the outpatient NPS survey is valid and written in Korean and English", () => {
    const template = SURVEY_TEMPLATES["outpatient-nps"];
    expect(template).toBeDefined();
    const def = definition(template?.definition ?? { sections: [] });
    const questions = def.sections.flatMap((s) => s.questions);
    expect(questions.map((q) => q.type)).toEqual(["nps", "free_text", "satisfaction", "satisfaction", "satisfaction"]);
    for (const q of questions) {
      expect(q.text).toMatch(HANGUL);
      expect(q.textEn).toMatch(/^[A-Z][^\uAC00-\uD7A3]+\?$/);
    }
  });
});
