import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JOURNEY_DOCUMENT_FORMAT, JourneyDocument, type JourneyDocumentInput, validate } from "../src/index.ts";

const base = (): JourneyDocumentInput => ({
  format: JOURNEY_DOCUMENT_FORMAT,
  title: "첫 방문 외래 여정",
  persona: { name: "김지현", segment: "first_visit_outpatient", goals: ["빨리", " "] },
  stages: [
    {
      phase: "before",
      name: "예약",
      emotion: -1,
      touchpoints: [
        { name: "콜센터", channel: "phone", element: "humanware", departments: ["예약센터"] },
        { name: "앱 예약", channel: "online", element: "software" },
      ],
      painPoints: [
        { touchpoint: "콜센터", description: "연결이 늦다", severity: "high" },
        { description: "예약 단계 전체가 복잡하다" },
      ],
    },
    {
      phase: "during",
      name: "접수",
      touchpoints: [{ name: "접수 창구", channel: "face_to_face", element: "humanware" }],
      painPoints: [{ touchpoint: "접수 창구", description: "줄이 길다" }],
    },
  ],
});

const paths = (input: unknown) => {
  const r = validate(JourneyDocument, input);
  return r.ok ? [] : (r.error.issues ?? []).map((i) => i.path);
};

describe("JourneyDocument", () => {
  it("accepts a well-formed document and fills defaults", () => {
    const r = validate(JourneyDocument, base());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe("draft");
    expect(r.value.description).toBe("");
    expect(r.value.persona?.goals).toEqual(["빨리"]);
    expect(r.value.persona?.quote).toBe("");
    const [s0, s1] = r.value.stages;
    expect(s0?.touchpoints[1]).toEqual({
      name: "앱 예약",
      moment: "",
      channel: "online",
      element: "software",
      departments: [],
      serviceStandard: "",
      script: "",
      dos: [],
      donts: [],
      targets: [],
      importance: null,
    });
    expect(s0?.painPoints[1]).toEqual({
      touchpoint: null,
      description: "예약 단계 전체가 복잡하다",
      severity: "medium",
      frequency: "occasional",
      evidence: "hypothesis",
    });
    expect(s1?.emotion).toBe(0);
    expect(s1?.actions).toEqual([]);
  });

  it("accepts a document without persona and without stages' optional lists", () => {
    expect(paths({ format: JOURNEY_DOCUMENT_FORMAT, title: "빈 여정", stages: [] })).toEqual([]);
    expect(
      paths({ format: JOURNEY_DOCUMENT_FORMAT, title: "t", persona: null, stages: [{ phase: "after", name: "귀가" }] }),
    ).toEqual([]);
  });

  it("rejects a pain point naming a touchpoint that is not in its stage", () => {
    const doc = base();
    // "접수 창구" exists, but in stage 1, not in stage 0.
    (doc.stages[0]?.painPoints ?? [])[0] = { touchpoint: "접수 창구", description: "다른 단계" };
    expect(paths(doc)).toEqual(["stages.0.painPoints.0.touchpoint"]);
  });

  it("reports each dangling pain point at its own path", () => {
    const doc = base();
    const s1 = doc.stages[1];
    if (!s1) throw new Error("fixture");
    s1.painPoints = [
      { touchpoint: "접수 창구", description: "ok" },
      { touchpoint: "없는 접점", description: "dangling" },
      { touchpoint: "콜센터", description: "wrong stage" },
    ];
    expect(paths(doc)).toEqual(["stages.1.painPoints.1.touchpoint", "stages.1.painPoints.2.touchpoint"]);
  });

  it("any touchpoint name not among the stage's touchpoints is rejected, any one among them accepted", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() === s && s.length > 0),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        fc.string({ minLength: 1, maxLength: 6 }),
        (names, named) => {
          const doc = {
            format: JOURNEY_DOCUMENT_FORMAT,
            title: "t",
            stages: [
              {
                phase: "before",
                name: "s",
                touchpoints: names.map((name) => ({ name, channel: "phone", element: "software" })),
                painPoints: [{ touchpoint: named, description: "d" }],
              },
            ],
          };
          expect(paths(doc)).toEqual(names.includes(named) ? [] : ["stages.0.painPoints.0.touchpoint"]);
        },
      ),
    );
  });

  it("a pain point may name its touchpoint by index within the stage", () => {
    const doc = base();
    const s0 = doc.stages[0];
    if (!s0) throw new Error("fixture");
    s0.painPoints = [{ touchpoint: 1, description: "앱" }];
    expect(paths(doc)).toEqual([]);
    for (const bad of [2, -1, 0.5]) {
      s0.painPoints = [{ touchpoint: bad, description: "x" }];
      expect(paths(doc), String(bad)).toEqual(["stages.0.painPoints.0.touchpoint"]);
    }
  });

  it("custom lanes must point at existing stages and the layout at existing lanes", () => {
    const lanes = [{ kind: "text", name: "채널", cells: [{ stage: 1, text: "전화" }] }];
    expect(paths({ ...base(), lanes, laneLayout: [{ key: "emotion" }, { key: "custom:0", hidden: true }] })).toEqual(
      [],
    );
    expect(paths({ ...base(), lanes: [{ kind: "score", name: "만족도", cells: [{ stage: 2, score: 1 }] }] })).toEqual([
      "lanes.0.cells.0.stage",
    ]);
    expect(paths({ ...base(), lanes: [{ kind: "score", name: "s", cells: [{ stage: 0, score: 4 }] }] })).toEqual([
      "lanes.0.cells.0.score",
    ]);
    expect(paths({ ...base(), lanes, laneLayout: [{ key: "custom:1" }] })).toEqual(["laneLayout.0.key"]);
    expect(paths({ ...base(), laneLayout: [{ key: "lane:abc" }] })).toEqual(["laneLayout.0.key"]);
  });

  it("returns malformed structures as errors instead of throwing in the refinement", () => {
    const stage = { phase: "before", name: "s", painPoints: [{ touchpoint: "a", description: "d" }] };
    expect(paths({ format: JOURNEY_DOCUMENT_FORMAT, title: "t", stages: [{ ...stage, touchpoints: "x" }] })).toEqual([
      "stages.0.touchpoints",
    ]);
    expect(paths({ format: JOURNEY_DOCUMENT_FORMAT, title: "t", stages: [null] })).toEqual(["stages.0"]);
    expect(paths({ format: JOURNEY_DOCUMENT_FORMAT, title: "t", stages: "x" })).toEqual(["stages"]);
  });

  it.each([
    [{ format: "motmap.journey/v2" }, "format"],
    [{ title: "" }, "title"],
    [{ status: "archived" }, "status"],
    [{ stages: undefined }, "stages"],
    [{ persona: { name: "" } }, "persona.name"],
    [{ persona: { name: "p", segment: "vip" } }, "persona.segment"],
  ])("rejects top-level field %j at %s", (patch, path) => {
    const doc: Record<string, unknown> = { ...base(), ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete doc[k];
    expect(paths(doc)).toEqual([path]);
  });

  it.each([
    [{ phase: "later" }, "stages.1.phase"],
    [{ name: " " }, "stages.1.name"],
    [{ emotion: 5 }, "stages.1.emotion"],
    [{ emotion: -1.5 }, "stages.1.emotion"],
    [
      { touchpoints: [{ name: "x", channel: "pigeon", element: "software" }], painPoints: [] },
      "stages.1.touchpoints.0.channel",
    ],
    [
      { touchpoints: [{ name: "x", channel: "phone", element: "software", importance: 9 }], painPoints: [] },
      "stages.1.touchpoints.0.importance",
    ],
    [
      { touchpoints: [{ name: "x", channel: "phone", element: "software", departments: [""] }], painPoints: [] },
      "stages.1.touchpoints.0.departments.0",
    ],
    [
      {
        touchpoints: [
          { name: "x", channel: "phone", element: "software", targets: [{ label: "l", operator: "<", value: 1 }] },
        ],
        painPoints: [],
      },
      "stages.1.touchpoints.0.targets.0.operator",
    ],
    [{ touchpoints: [], painPoints: [{ description: "" }] }, "stages.1.painPoints.0.description"],
    [{ touchpoints: [], painPoints: [{ description: "x", severity: "huge" }] }, "stages.1.painPoints.0.severity"],
  ])("rejects stage field %j at %s", (patch, path) => {
    const doc = base();
    doc.stages[1] = { ...(doc.stages[1] as object), ...patch } as (typeof doc.stages)[number];
    expect(paths(doc)).toEqual([path]);
  });
});
