import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ClassifierModel,
  crossValidate,
  emptyClassifier,
  extractNgrams,
  learn,
  learnVoc,
  majorityLabel,
  normaliseForClassifier,
  parseClassifierModel,
  predict,
  suggestVoc,
  type TrainingExample,
  trainClassifier,
  trainVocSuggestionModel,
} from "../src/index.ts";

const EXAMPLES: TrainingExample[] = [
  { text: "주차장 입구에서 30분을 기다렸어요", label: "parking" },
  { text: "주차장이 만차라서 진료에 늦었습니다", label: "parking" },
  { text: "지하 주차장 전광판이 틀려요", label: "parking" },
  { text: "채혈실 대기가 너무 길어요", label: "blood" },
  { text: "채혈할 때 세 번이나 찔렀어요", label: "blood" },
  { text: "교수님이 설명을 쉽게 해 주셨어요", label: "doctor" },
];

// Korean syllables, a few jamo and Latin letters, digits, spaces and punctuation: what VOC text is made of.
const vocChar = fc.oneof(
  fc.integer({ min: 0xac00, max: 0xac00 + 400 }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(" ", " ", ".", "!", "?", "ㅠ", "ㅡ", "a", "B", "3", "0", "-"),
);
const vocText = fc.array(vocChar, { maxLength: 40 }).map((cs) => cs.join(""));
const label = fc.constantFrom("parking", "blood", "doctor", "payment", "reception");
const example = fc.record({ text: vocText, label });

describe("features", () => {
  it("normalises: masking tokens dropped, digits as 0, punctuation and spacing as one space", () => {
    expect(normaliseForClassifier("  주차장   [전화번호]로 연락!! 40분…ＡＢ ")).toBe("주차장 로 연락 00분 ab");
  });

  it("counts each 2- and 3-gram once, with word edges", () => {
    expect([...extractNgrams("주차장 주차").keys()]).toEqual(
      [" 주", "주차", "차장", "장 ", " 주", "차 ", " 주차", "주차장", "차장 ", "장 주", " 주차", "주차 "].filter(
        (g, i, all) => all.indexOf(g) === i,
      ),
    );
    expect(extractNgrams("...")).toEqual(new Map());
  });
});

describe("predict", () => {
  const model = trainClassifier(EXAMPLES);

  it("ranks the touchpoint whose words the text shares", () => {
    expect(predict(model, "주차장 자리가 없어서 한참 돌았어요")[0]?.label).toBe("parking");
    expect(predict(model, "채혈실 대기 중에 또 채혈")[0]?.label).toBe("blood");
    expect(predict(model, "교수님 친절한 설명 감사")[0]?.label).toBe("doctor");
  });

  it("returns every label, best first, and nothing for an empty model", () => {
    expect(
      predict(model, "아무 말")
        .map((p) => p.label)
        .sort(),
    ).toEqual(["blood", "doctor", "parking"]);
    expect(predict(emptyClassifier(), "주차장")).toEqual([]);
  });

  it("a text with no n-grams gets the prior", () => {
    const ranked = predict(model, "!!!");
    expect(ranked[0]).toEqual({ label: "parking", probability: expect.closeTo(3 / 6, 10) });
  });

  it("property: probabilities are in [0, 1], sorted, and sum to 1", () => {
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 12 }), vocText, (examples, text) => {
        const ranked = predict(trainClassifier(examples), text);
        const sum = ranked.reduce((s, p) => s + p.probability, 0);
        expect(sum).toBeCloseTo(1, 9);
        for (const p of ranked) expect(p.probability).toBeGreaterThanOrEqual(0);
        for (let i = 1; i < ranked.length; i++) {
          expect((ranked[i - 1] as { probability: number }).probability).toBeGreaterThanOrEqual(
            (ranked[i] as { probability: number }).probability,
          );
        }
        expect(new Set(ranked.map((p) => p.label))).toEqual(new Set(examples.map((e) => e.label)));
      }),
    );
  });
});

describe("learn", () => {
  const probabilityOf = (model: ClassifierModel, text: string, l: string) =>
    predict(model, text).find((p) => p.label === l)?.probability ?? 0;

  it("property: learning an example never lowers that label's probability for that text", () => {
    fc.assert(
      fc.property(fc.array(example, { maxLength: 15 }), example, (examples, taught) => {
        const before = trainClassifier(examples);
        const after = learn(before, taught);
        expect(probabilityOf(after, taught.text, taught.label)).toBeGreaterThanOrEqual(
          probabilityOf(before, taught.text, taught.label) - 1e-12,
        );
      }),
      { numRuns: 300 },
    );
  });

  it("property: learning one by one equals training at once, in any order", () => {
    fc.assert(
      fc.property(fc.array(example, { maxLength: 10 }), vocText, (examples, text) => {
        const incremental = examples.reduce(learn, emptyClassifier());
        const batch = trainClassifier([...examples].reverse());
        expect(incremental).toEqual(batch);
        expect(predict(incremental, text)).toEqual(predict(batch, text));
      }),
    );
  });

  it("leaves the given model unchanged", () => {
    const model = trainClassifier(EXAMPLES);
    const copy = structuredClone(model);
    learn(model, { text: "주차장 요원이 불친절해요", label: "parking" });
    learn(model, { text: "수납창구 설명 부족", label: "payment" });
    expect(model).toEqual(copy);
  });

  it("a staff correction moves the suggestion", () => {
    const text = "주차 정산기에서 할인이 안 됐어요";
    let model = trainClassifier(EXAMPLES);
    expect(predict(model, text)[0]?.label).toBe("parking");
    for (let i = 0; i < 3; i++) model = learn(model, { text, label: "payment" });
    expect(predict(model, text)[0]?.label).toBe("payment");
  });
});

describe("persistence", () => {
  it("survives a JSON round trip and predicts the same", () => {
    const model = trainClassifier(EXAMPLES);
    const parsed = parseClassifierModel(JSON.parse(JSON.stringify(model)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(model);
    expect(predict(parsed.value, "주차장 만차")).toEqual(predict(model, "주차장 만차"));
  });

  it("rejects a model that is not one", () => {
    const model = trainClassifier(EXAMPLES);
    expect(parseClassifierModel({ ...model, format: "other" }).ok).toBe(false);
    expect(parseClassifierModel({ ...model, examples: 99 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "examples" }] },
    });
    const negative = { ...model, labels: { x: { examples: 1, total: 1, counts: { 가나: -1 } } }, examples: 1 };
    expect(parseClassifierModel(negative).ok).toBe(false);
  });
});

describe("VOC suggestion: touchpoint and type together", () => {
  const items = [
    { text: "주차장 입구 만차로 30분 대기, 너무 화가 납니다", touchpointId: "tp-parking", type: "complaint" as const },
    {
      text: "주차 요원분이 친절하게 안내해 주셨어요 감사합니다",
      touchpointId: "tp-parking",
      type: "compliment" as const,
    },
    { text: "교수님 설명이 너무 짧아서 실망했습니다", touchpointId: "tp-doctor", type: "complaint" as const },
    { text: "교수님이 자세히 설명해 주셔서 감사합니다", touchpointId: "tp-doctor", type: "compliment" as const },
    { text: "직원이 불친절해서 실망했습니다", touchpointId: null, type: "complaint" as const },
  ];

  it("suggests a touchpoint and a type; untagged items still teach the type", () => {
    const model = trainVocSuggestionModel(items);
    expect(model.touchpoint.examples).toBe(4);
    expect(model.type.examples).toBe(5);
    const s = suggestVoc(model, "주차장 입구에서 오래 기다렸습니다 화가 납니다", 1);
    expect(s.touchpoints).toHaveLength(1);
    expect(s.touchpoints[0]?.label).toBe("tp-parking");
    expect(s.types[0]?.label).toBe("complaint");
    const learned = learnVoc(model, { text: "수납 설명 감사합니다", touchpointId: "tp-payment", type: "compliment" });
    expect(Object.keys(learned.touchpoint.labels)).toContain("tp-payment");
    expect(learnVoc(model, { text: "미분류", touchpointId: null }).touchpoint).toBe(model.touchpoint);
  });
});

describe("crossValidate", () => {
  it("is reproducible for a seed and evaluates every example once", () => {
    const data = [...EXAMPLES, ...EXAMPLES.map((e) => ({ ...e, text: `${e.text} 정말로` }))];
    const a = crossValidate(data, { k: 3, seed: 7 });
    expect(a).toEqual(crossValidate(data, { k: 3, seed: 7 }));
    expect(a.n).toBe(data.length);
    expect(a.top3Accuracy).toBeGreaterThanOrEqual(a.accuracy);
  });

  it("refuses k below 2 or above the number of examples", () => {
    expect(() => crossValidate(EXAMPLES, { k: 1, seed: 1 })).toThrow();
    expect(() => crossValidate(EXAMPLES, { k: 7, seed: 1 })).toThrow();
  });

  it("majorityLabel breaks ties by label", () => {
    expect(majorityLabel(EXAMPLES)).toBe("parking");
    expect(
      majorityLabel([
        { text: "", label: "b" },
        { text: "", label: "a" },
      ]),
    ).toBe("a");
    expect(majorityLabel([])).toBeNull();
  });
});
