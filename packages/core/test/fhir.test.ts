import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from "fhir/r4";
import { describe, expect, it } from "vitest";
import {
  FHIR_EXTENSIONS,
  motSurveyDefinition,
  QUESTION_TYPES,
  type QuestionnaireSource,
  questionnaireResponsesToAnswers,
  questionnaireToSurvey,
  responsesToBundle,
  responseToQuestionnaireResponse,
  SURVEY_TEMPLATES,
  SurveyDefinition,
  type SurveyDefinitionInput,
  type SurveyQuestion,
  type SurveyResponse,
  surveyQuestions,
  surveyToQuestionnaire,
} from "../src/index.ts";

const PHQ9 = JSON.parse(
  readFileSync(new URL("./fixtures/fhir/questionnaire-sdc-profile-example-PHQ9.json", import.meta.url), "utf8"),
) as Questionnaire;

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

const MOT = motSurveyDefinition({
  title: "외래 첫 방문",
  stages: [
    { id: uuid(1), name: "예약", touchpoints: [{ id: uuid(11), name: "전화 예약" }] },
    { id: uuid(2), name: "진료", touchpoints: [] },
    {
      id: uuid(3),
      name: "수납",
      touchpoints: [
        { id: uuid(31), name: "수납 창구" },
        { id: uuid(32), name: "무인 수납기" },
      ],
    },
  ],
});

const TEMPLATES: [string, QuestionnaireSource][] = [
  ...Object.values(SURVEY_TEMPLATES).map((t): [string, QuestionnaireSource] => [t.id, t]),
  ["mot-survey", { title: "MOT 설문", titleEn: "", description: "", descriptionEn: "", definition: MOT }],
];

const imported = (q: unknown) => {
  const result = questionnaireToSurvey(JSON.parse(JSON.stringify(q)));
  if (!result.ok) throw new Error(`${result.error.message}: ${JSON.stringify(result.error.issues)}`);
  return result.value;
};

/** Every item, depth first. */
const allItems = (items: QuestionnaireItem[] | undefined): QuestionnaireItem[] =>
  (items ?? []).flatMap((i) => [i, ...allItems(i.item)]);

/** Structural checks any FHIR consumer relies on. */
function expectValidQuestionnaire(q: Questionnaire) {
  expect(q.resourceType).toBe("Questionnaire");
  expect(["draft", "active", "retired", "unknown"]).toContain(q.status);
  const items = allItems(q.item);
  const linkIds = items.map((i) => i.linkId);
  expect(new Set(linkIds).size).toBe(linkIds.length);
  for (const item of items) {
    expect(item.linkId).toMatch(/\S/);
    expect(["group", "display", "boolean", "choice", "text", "integer", "string"]).toContain(item.type);
    if (item.type === "group") expect(item.item?.length ?? 0).toBeGreaterThan(0);
    if (item.type === "choice") expect(item.answerOption?.length ?? 0).toBeGreaterThanOrEqual(2);
    for (const ext of item.extension ?? []) expect(ext.url).toMatch(/^https?:\/\//);
  }
}

describe("survey → FHIR Questionnaire → survey", () => {
  it.each(TEMPLATES)("%s comes back equal", (_id, template) => {
    const questionnaire = surveyToQuestionnaire(template);
    expectValidQuestionnaire(questionnaire);
    const back = imported(questionnaire);
    expect(back.warnings).toEqual([]);
    expect({ ...back, warnings: undefined }).toEqual({
      journeyId: null,
      title: template.title,
      titleEn: template.titleEn,
      description: template.description,
      descriptionEn: template.descriptionEn,
      definition: SurveyDefinition.parse(template.definition),
      warnings: undefined,
    });
  });

  it("keeps sections, keys, types, scales, options, English wording and touchpoint links", () => {
    const q = surveyToQuestionnaire({
      id: uuid(9),
      journeyId: uuid(8),
      title: "설문",
      titleEn: "Survey",
      description: "",
      descriptionEn: "",
      status: "published",
      publishedVersion: 3,
      definition: MOT,
    });
    expect(q).toMatchObject({ id: uuid(9), status: "active", version: "3", language: "ko" });
    expect(imported(q).journeyId).toBe(uuid(8));
    const first = q.item?.[0]?.item?.[0];
    expect(first).toMatchObject({ linkId: "s1-t1-satisfaction", type: "choice", required: false });
    expect(first?.answerOption?.map((o) => o.valueCoding?.code)).toEqual(["1", "2", "3", "4", "5"]);
    expect(first?.extension).toContainEqual({ url: FHIR_EXTENSIONS.touchpoint, valueString: uuid(11) });
    expect(first?._text?.extension?.[0]?.url).toBe("http://hl7.org/fhir/StructureDefinition/translation");
    const nps = allItems(q.item).find((i) => i.linkId === "nps");
    expect(nps?.answerOption?.map((o) => o.valueCoding?.code)).toEqual(Array.from({ length: 11 }, (_, i) => String(i)));
  });

  it("round-trips generated definitions exactly", () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_-]{1,60}$/);
    const name = (max: number) =>
      fc
        .string({ minLength: 1, maxLength: max })
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
    const text = (max: number) => fc.oneof(fc.constant(""), fc.string({ maxLength: max }));
    const question = fc.record({
      key,
      type: fc.constantFrom(...QUESTION_TYPES),
      text: name(500),
      textEn: text(500),
      required: fc.boolean(),
      touchpointId: fc.option(fc.uuid(), { nil: undefined }),
      stageId: fc.option(fc.uuid(), { nil: undefined }),
      scale: fc.constantFrom<5 | 7 | undefined>(5, 7, undefined),
      options: fc.uniqueArray(fc.record({ value: key, label: name(200), labelEn: text(200) }), {
        minLength: 2,
        maxLength: 6,
        selector: (o) => o.value,
      }),
    });
    const definition = fc
      .uniqueArray(
        fc.record({
          key,
          title: text(200),
          titleEn: text(200),
          questions: fc.array(question, { maxLength: 6 }),
        }),
        { maxLength: 5, selector: (s) => s.key },
      )
      .map((sections) => {
        const seen = new Set<string>();
        return {
          sections: sections.map((s) => ({
            ...s,
            questions: s.questions
              .filter((q) => !seen.has(q.key) && seen.add(q.key))
              .map((q): SurveyQuestion => {
                const { scale, options, touchpointId, stageId, ...rest } = q;
                const out: SurveyQuestion = { ...rest };
                if (touchpointId) out.touchpointId = touchpointId;
                if (stageId) out.stageId = stageId;
                if (q.type === "satisfaction" && scale) out.scale = scale;
                if (q.type === "importance" && scale === 5) out.scale = 5;
                if (q.type === "single_choice" || q.type === "multiple_choice") out.options = options;
                return out;
              }),
          })),
        };
      })
      .map((d) => SurveyDefinition.parse(d))
      // A Questionnaire without questions is refused (tested below).
      .filter((d) => surveyQuestions(d).length > 0);
    fc.assert(
      fc.property(definition, name(200), text(200), text(500), (def, title, titleEn, description) => {
        const source = { title, titleEn, description, descriptionEn: "", definition: def };
        const questionnaire = surveyToQuestionnaire(source);
        expectValidQuestionnaire({ ...questionnaire, item: questionnaire.item?.filter((g) => g.item?.length) });
        const back = imported(questionnaire);
        expect(back.definition).toEqual(def);
        expect([back.title, back.titleEn, back.description]).toEqual([title, titleEn, description]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("responses → QuestionnaireResponse → answers", () => {
  const definition = SurveyDefinition.parse({
    sections: [
      {
        key: "main",
        questions: [
          { key: "sat7", type: "satisfaction", scale: 7, text: "만족", required: true, touchpointId: uuid(1) },
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
              { value: "c", label: "다" },
            ],
          },
        ],
      },
      {
        key: "end",
        questions: [
          { key: "nps", type: "nps", text: "추천" },
          { key: "txt", type: "free_text", text: "의견" },
        ],
      },
    ],
  } satisfies SurveyDefinitionInput);

  const answer = (questionKey: string, a: Partial<SurveyResponse["answers"][number]>) => ({
    questionKey,
    touchpointId: null,
    stageId: null,
    value: null,
    text: null,
    choices: null,
    ...a,
  });
  const response = (n: number, answers: SurveyResponse["answers"]): SurveyResponse => ({
    id: uuid(100 + n),
    surveyId: uuid(50),
    surveyVersion: 2,
    submittedAt: `2026-03-0${n}T09:30:00.000Z`,
    channel: n % 2 ? "kiosk" : "web",
    visitDate: n === 1 ? "2026-03-01" : null,
    departmentId: n === 1 ? uuid(7) : null,
    segment: n === 1 ? "외래" : null,
    answers,
  });
  const responses = [
    response(1, [
      answer("sat7", { value: 7 }),
      answer("imp", { value: 1 }),
      answer("yn", { value: 0 }),
      answer("one", { choices: ["b"] }),
      answer("many", { choices: ["a", "c"] }),
      answer("nps", { value: 0 }),
      answer("txt", { text: "주차가 불편했어요\n두 줄" }),
    ]),
    response(2, [answer("sat7", { value: 3 }), answer("yn", { value: 1 }), answer("nps", { value: 10 })]),
  ];
  const asSubmitted = (r: SurveyResponse) =>
    r.answers.map((a) => ({
      key: a.questionKey,
      ...(a.value !== null ? { value: a.value } : {}),
      ...(a.text !== null ? { text: a.text } : {}),
      ...(a.choices !== null ? { choices: a.choices } : {}),
    }));

  it("a Bundle of them reads back the same answers, times and response fields", () => {
    const bundle = JSON.parse(JSON.stringify(responsesToBundle(responses, definition)));
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const read = questionnaireResponsesToAnswers(bundle, definition);
    expect(read.errors).toEqual([]);
    expect(read.responses).toEqual(
      responses.map((r, index) => ({
        index,
        submissionKey: `https://motmap.kr/fhir/survey-response|${r.id}`,
        submittedAt: r.submittedAt,
        channel: r.channel,
        ...(r.visitDate ? { visitDate: r.visitDate } : {}),
        ...(r.departmentId ? { departmentId: r.departmentId } : {}),
        ...(r.segment ? { segment: r.segment } : {}),
        answers: asSubmitted(r),
      })),
    );
  });

  it("answers sit in their section's group with the option's Coding, booleans and strings", () => {
    const qr = responseToQuestionnaireResponse(responses[0] as SurveyResponse, definition);
    expect(qr).toMatchObject({ resourceType: "QuestionnaireResponse", status: "completed" });
    expect(qr.item?.map((i) => i.linkId)).toEqual(["main", "end"]);
    const main = qr.item?.[0]?.item ?? [];
    expect(main.find((i) => i.linkId === "yn")?.answer).toEqual([{ valueBoolean: false }]);
    expect(main.find((i) => i.linkId === "sat7")?.answer?.[0]?.valueCoding?.code).toBe("7");
    expect(main.find((i) => i.linkId === "many")?.answer?.map((a) => a.valueCoding?.code)).toEqual(["a", "c"]);
    // The exported Questionnaire offers every coded answer the response uses.
    const questionnaire = surveyToQuestionnaire({
      title: "t",
      titleEn: "",
      description: "",
      descriptionEn: "",
      definition,
    });
    const offered = new Map(allItems(questionnaire.item).map((i) => [i.linkId, i.answerOption ?? []]));
    for (const item of main) {
      for (const a of item.answer ?? []) {
        if (!a.valueCoding) continue;
        const options = offered.get(item.linkId) ?? [];
        expect(
          options.some(
            (o) => o.valueCoding?.code === a.valueCoding?.code && o.valueCoding?.system === a.valueCoding?.system,
          ),
        ).toBe(true);
      }
    }
  });

  it("reports bad entries by index and linkId and keeps the good ones", () => {
    const good = responseToQuestionnaireResponse(responses[1] as SurveyResponse, definition);
    const bad: QuestionnaireResponse = {
      resourceType: "QuestionnaireResponse",
      id: "x1",
      status: "completed",
      authored: "2026-03-04",
      item: [
        { linkId: "sat7", answer: [{ valueInteger: 9 }] },
        { linkId: "nope", answer: [{ valueString: "?" }] },
        { linkId: "one", answer: [{ valueCoding: { code: "zz" } }] },
      ],
    };
    const noId = { resourceType: "QuestionnaireResponse", status: "in-progress", item: [] };
    const read = questionnaireResponsesToAnswers(
      {
        resourceType: "Bundle",
        type: "collection",
        entry: [{ resource: good }, { resource: bad }, { resource: noId }, { resource: { resourceType: "Patient" } }],
      },
      definition,
    );
    expect(read.responses.map((r) => r.index)).toEqual([0]);
    expect(read.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ index: 1, linkId: "nope" }),
        expect.objectContaining({ index: 1, linkId: "one" }),
        expect.objectContaining({ index: 2, path: "id" }),
        expect.objectContaining({ index: 2, path: "status" }),
        expect.objectContaining({ index: 3 }),
      ]),
    );
    // Out of range is caught by the survey's own answer rules, still named by linkId.
    const onlyRange = questionnaireResponsesToAnswers({ ...bad, item: [bad.item?.[0]] }, definition);
    expect(onlyRange.errors).toEqual([
      { index: 0, linkId: "sat7", path: "item(sat7)", message: "must be between 1 and 7" },
    ]);
  });

  it("a date-only authored becomes midnight UTC; an identifier is the submission key", () => {
    const read = questionnaireResponsesToAnswers(
      {
        resourceType: "QuestionnaireResponse",
        identifier: { value: "emr-77" },
        status: "completed",
        authored: "2026-03-04",
        item: [{ linkId: "sat7", answer: [{ valueInteger: 4 }] }],
      },
      definition,
    );
    expect(read.responses[0]).toMatchObject({ submissionKey: "emr-77", submittedAt: "2026-03-04T00:00:00Z" });
  });
});

describe("a foreign Questionnaire", () => {
  /** Answerable items counted straight from the JSON: everything but groups and display text. */
  const answerable = (items: QuestionnaireItem[] | undefined): QuestionnaireItem[] =>
    allItems(items).filter((i) => i.type !== "group" && i.type !== "display");

  it("the HL7 SDC PHQ-9 (a national screening instrument) imports with every answerable item", () => {
    const expected = answerable(PHQ9.item);
    expect(expected.length).toBe(10);
    const survey = imported(PHQ9);
    const questions = surveyQuestions(survey.definition);
    expect(questions.map((q) => q.text)).toEqual(expected.map((i) => i.text));
    expect(survey.title).toBe("Patient Health Questionnaire - 9 Item");
    expect(survey.definition.sections).toHaveLength(1);
    expect(survey.definition.sections[0]?.title).toMatch(/^Over the last two weeks/);
    // The nine symptom items take their four options from the contained ValueSet.
    for (const q of questions.slice(0, 9)) {
      expect(q.type).toBe("single_choice");
      expect(q.options?.map((o) => o.label)).toEqual([
        "Not at all",
        "Several days",
        "More than half the days",
        "Nearly every day",
      ]);
    }
    expect(questions.map((q) => q.key).slice(0, 2)).toEqual(["H1-T1-Q1", "H1-T1-Q2"]);
    // The calculated total score (quantity) is kept as free text and said so.
    expect(questions[9]?.type).toBe("free_text");
    expect(survey.warnings).toEqual([{ path: "item(H1/TS)", message: "a quantity item is imported as free text" }]);
  });

  it("answers to the PHQ-9 read back by linkId and code", () => {
    const survey = imported(PHQ9);
    const read = questionnaireResponsesToAnswers(
      {
        resourceType: "QuestionnaireResponse",
        id: "phq-1",
        status: "completed",
        authored: "2026-02-01T10:00:00+09:00",
        item: [
          {
            linkId: "H1/T1",
            item: [
              { linkId: "H1/T1/Q1", answer: [{ valueCoding: { code: "Several-days" } }] },
              { linkId: "H1/T1/Q3", answer: [{ valueCoding: { code: "More than half the days" } }] },
              { linkId: "H1/TS", answer: [{ valueQuantity: { value: 3 } }] },
            ],
          },
        ],
      },
      survey.definition,
    );
    expect(read.errors).toEqual([]);
    expect(read.responses[0]?.answers).toEqual([
      { key: "H1-T1-Q1", choices: ["Several-days"] },
      { key: "H1-T1-Q3", choices: ["More-than-half-the-days"] },
      { key: "H1-TS", text: "3" },
    ]);
  });

  it("flattens nested groups, maps booleans, integers and open choices, skips display items", () => {
    const survey = imported({
      resourceType: "Questionnaire",
      status: "active",
      language: "en",
      title: "Visit",
      item: [
        { linkId: "intro", type: "display", text: "Welcome" },
        { linkId: "loose", type: "string", text: "Your name?" },
        {
          linkId: "care",
          type: "group",
          text: "Care",
          item: [
            { linkId: "clean", type: "boolean", text: "Was it clean?", required: true },
            {
              linkId: "nurses",
              type: "group",
              text: "Nurses",
              item: [
                {
                  linkId: "rate",
                  type: "integer",
                  text: "Rate 0-10",
                  extension: [
                    { url: FHIR_EXTENSIONS.minValue, valueInteger: 0 },
                    { url: FHIR_EXTENSIONS.maxValue, valueInteger: 10 },
                  ],
                },
                {
                  linkId: "why",
                  type: "open-choice",
                  repeats: true,
                  text: "Why?",
                  answerOption: [{ valueString: "Kind staff" }, { valueString: "Fast" }],
                },
              ],
            },
            { linkId: "when", type: "date", text: "When?" },
          ],
        },
      ],
    });
    expect(
      survey.definition.sections.map((s) => [s.key, s.title, s.questions.map((q) => `${q.key}:${q.type}`)]),
    ).toEqual([
      ["section-1", "", ["loose:free_text"]],
      ["care", "Care", ["clean:yes_no"]],
      ["nurses", "Care › Nurses", ["rate:nps", "why:multiple_choice"]],
      ["care-2", "Care", ["when:free_text"]],
    ]);
    const questions = surveyQuestions(survey.definition);
    expect(questions.map((q) => q.key)).toEqual(["loose", "clean", "rate", "why", "when"]);
    expect(questions.find((q) => q.key === "clean")).toMatchObject({ required: true, textEn: "Was it clean?" });
    expect(questions.find((q) => q.key === "why")?.options?.map((o) => o.value)).toEqual(["Kind-staff", "Fast"]);
    expect(survey.warnings.map((w) => w.path)).toEqual(["item(why)", "item(when)"]);
  });

  it("is refused when it is not a Questionnaire or has nothing to answer", () => {
    const notQ = questionnaireToSurvey({ resourceType: "Patient" });
    expect(notQ.ok).toBe(false);
    const empty = questionnaireToSurvey({
      resourceType: "Questionnaire",
      status: "active",
      item: [{ linkId: "g", type: "group", item: [{ linkId: "d", type: "display", text: "hi" }] }],
    });
    expect(empty).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    if (!empty.ok) expect(empty.error.message).toMatch(/no question/);
  });
});
