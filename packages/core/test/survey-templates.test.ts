import { describe, expect, it } from "vitest";
import {
  HCAHPS_INPATIENT,
  HIRA_ITEM_TOUCHPOINT_HINTS,
  HIRA_ITEM_TOUCHPOINT_HINTS_EN,
  HIRA_PATIENT_EXPERIENCE,
  SURVEY_TEMPLATES,
  SurveyDefinition,
  type SurveyTemplate,
  validate,
} from "../src/index.ts";

const HANGUL = /[\uAC00-\uD7A3\u3131-\u318E]/;

const parse = (template: SurveyTemplate) => {
  const parsed = validate(SurveyDefinition, template.definition);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};

const questionsOf = (template: SurveyTemplate) => parse(template).sections.flatMap((s) => s.questions);

describe.each([
  ["hira-patient-experience", HIRA_PATIENT_EXPERIENCE],
  ["hcahps-inpatient", HCAHPS_INPATIENT],
] as const)("the %s template", (id, template) => {
  it("is registered under its id", () => {
    expect(template.id).toBe(id);
    expect(SURVEY_TEMPLATES[id]).toBe(template);
  });

  it("parses with the survey definition schema unchanged", () => {
    expect(parse(template)).toEqual(template.definition);
  });

  it("is written in Korean and English", () => {
    expect(template.title).toMatch(HANGUL);
    expect(template.description).toMatch(HANGUL);
    expect(template.titleEn).not.toMatch(HANGUL);
    expect(template.descriptionEn).not.toMatch(HANGUL);
    expect(template.titleEn.trim()).not.toBe("");
    for (const section of parse(template).sections) {
      expect(section.title).toMatch(HANGUL);
      expect(section.titleEn.trim()).not.toBe("");
      expect(section.titleEn).not.toMatch(HANGUL);
      for (const q of section.questions) {
        expect(q.text, q.key).toMatch(HANGUL);
        expect(q.textEn.trim(), q.key).not.toBe("");
        expect(q.textEn, q.key).not.toMatch(HANGUL);
        for (const o of q.options ?? []) {
          expect(o.label, q.key).toMatch(HANGUL);
          expect(o.labelEn.trim(), q.key).not.toBe("");
          expect(o.labelEn, q.key).not.toMatch(HANGUL);
        }
      }
    }
  });

  it("has unique question keys, all prefixed by the template", () => {
    const keys = questionsOf(template).map((q) => q.key);
    expect(new Set(keys).size).toBe(keys.length);
    const prefix = id.startsWith("hira") ? "hira_" : "hcahps_";
    for (const key of keys) expect(key.startsWith(prefix), key).toBe(true);
  });

  it("rates the stay 0–10 and scales the rest at 5 points", () => {
    const questions = questionsOf(template);
    const rating = questions.find((q) => q.key.endsWith("_overall_rating"));
    expect(rating?.type).toBe("nps");
    expect(rating?.required).toBe(true);
    for (const q of questions.filter((q) => q.type === "satisfaction")) expect(q.scale, q.key).toBe(5);
  });
});

describe("the HIRA patient experience template", () => {
  const sections = parse(HIRA_PATIENT_EXPERIENCE).sections;
  const keys = sections.flatMap((s) => s.questions.map((q) => q.key));

  it("has the 7 domains in order and 26 items", () => {
    expect(sections.map((s) => s.title.split(" (")[0])).toEqual([
      "간호사 서비스",
      "의사 서비스",
      "투약 및 치료 과정",
      "정서적 지지",
      "환자안전 및 병원환경",
      "환자권리보장",
      "전반적 평가",
    ]);
    expect(keys).toHaveLength(26);
  });

  it("explains the frequency scale in every section that uses it", () => {
    for (const s of sections) {
      if (!s.questions.some((q) => q.type === "satisfaction")) continue;
      expect(s.title).toContain("1 = 전혀 그렇지 않다");
      expect(s.title).toContain("5 = 항상 그렇다");
      expect(s.titleEn).toContain("1 = never");
      expect(s.titleEn).toContain("5 = always");
    }
  });

  it("asks the overall rating and the recommendation on 0–10", () => {
    const overall = sections.at(-1);
    expect(overall?.questions.map((q) => [q.key, q.type])).toEqual([
      ["hira_overall_rating", "nps"],
      ["hira_overall_recommend", "nps"],
    ]);
  });

  it("names the touchpoints of every item, in Korean and English, and of nothing else", () => {
    expect(Object.keys(HIRA_ITEM_TOUCHPOINT_HINTS).sort()).toEqual([...keys].sort());
    expect(Object.keys(HIRA_ITEM_TOUCHPOINT_HINTS_EN).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const ko = HIRA_ITEM_TOUCHPOINT_HINTS[key] ?? [];
      const en = HIRA_ITEM_TOUCHPOINT_HINTS_EN[key] ?? [];
      expect(ko.length, key).toBeGreaterThan(0);
      expect(en, key).toHaveLength(ko.length);
      for (const hint of ko) expect(hint, key).toMatch(HANGUL);
      for (const hint of en) {
        expect(hint.trim(), key).not.toBe("");
        expect(hint, key).not.toMatch(HANGUL);
      }
    }
  });
});

describe("the HCAHPS-style inpatient template", () => {
  const sections = parse(HCAHPS_INPATIENT).sections;
  const questions = sections.flatMap((s) => s.questions);

  it("covers the usual domains with 20–25 items", () => {
    expect(sections.map((s) => s.key)).toEqual([
      "hcahps_nurses",
      "hcahps_doctors",
      "hcahps_responsiveness",
      "hcahps_medicines",
      "hcahps_environment",
      "hcahps_discharge",
      "hcahps_transition",
      "hcahps_overall",
    ]);
    expect(questions.length).toBeGreaterThanOrEqual(20);
    expect(questions.length).toBeLessThanOrEqual(25);
  });

  it("asks the recommendation as definitely/probably yes or no", () => {
    const recommend = questions.find((q) => q.key === "hcahps_recommend");
    expect(recommend?.type).toBe("single_choice");
    expect(recommend?.options?.map((o) => o.value)).toEqual([
      "definitely_no",
      "probably_no",
      "probably_yes",
      "definitely_yes",
    ]);
  });
});
