import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEMO_HOSPITAL, FIRST_VISIT_OUTPATIENT_JOURNEY } from "../src/demo/index.ts";
import {
  BUILT_IN_LANES,
  detailFromDocument,
  type JourneyDocumentInput,
  layoutJourneyMap,
  layoutMotCycle,
  MAP_METRICS,
  type MapScene,
  mapLabels,
  measureText,
  PALETTE,
  renderSvg,
  type TextShape,
  wrapText,
} from "../src/index.ts";

const texts = (scene: MapScene) => scene.items.filter((s): s is TextShape => s.type === "text");
const allText = (scene: MapScene) => texts(scene).flatMap((t) => t.lines);

/** Everything a map can show: custom lanes, a hidden built-in lane, a reordered layout, tied lows. */
const CUSTOM: JourneyDocumentInput = {
  format: "motmap.journey/v1",
  title: "소아 응급 <야간> & 보호자",
  persona: { name: "이수민", segment: "pediatric_guardian", ageGroup: "30대" },
  stages: [
    {
      phase: "before",
      name: "증상 발생",
      emotion: -3,
      actions: ["아이가 밤에 열이 난다"],
      touchpoints: [
        { name: "야간 진료 안내 페이지", channel: "online", element: "software", departments: ["응급의학과"] },
      ],
    },
    {
      phase: "during",
      name: "응급실 접수",
      emotion: 1,
      thoughts: ["빨리 봐 주셨으면"],
      touchpoints: [
        { name: "응급실 접수 창구", channel: "face_to_face", element: "humanware", departments: ["원무팀"] },
        { name: "보호자 대기 공간", channel: "face_to_face", element: "hardware" },
      ],
      painPoints: [{ touchpoint: "응급실 접수 창구", description: "대기 순서를 알 수 없다", severity: "critical" }],
    },
    {
      phase: "during",
      name: "진료",
      emotion: -3,
      opportunities: ["대기 순번 알림 문자"],
      touchpoints: [{ name: "소아 진료", channel: "face_to_face", element: "humanware" }],
    },
    {
      phase: "after",
      name: "귀가",
      emotion: 2,
      touchpoints: [{ name: "해피콜", channel: "phone", element: "humanware" }],
    },
  ],
  lanes: [
    { kind: "text", name: "보호자 메모", cells: [{ stage: 0, text: "해열제를 먹였는데도 열이 안 떨어짐" }] },
    {
      kind: "score",
      name: "만족도",
      cells: [
        { stage: 0, score: -2 },
        { stage: 1, score: 1 },
        { stage: 2, score: 0 },
      ],
    },
    { kind: "text", name: "숨긴 메모", cells: [{ stage: 1, text: "보이면 안 되는 내용" }] },
  ],
  laneLayout: [
    { key: "emotion" },
    { key: "custom:1" },
    { key: "touchpoints", label: "MOT 접점" },
    { key: "thoughts", hidden: true },
    { key: "custom:2", hidden: true },
    { key: "custom:0" },
    { key: "pain_points" },
  ],
};

const demo = detailFromDocument(FIRST_VISIT_OUTPATIENT_JOURNEY);
const custom = detailFromDocument(CUSTOM);

describe("journey map layout", () => {
  const scene = layoutJourneyMap(demo.detail, demo.departments, { locale: "ko" });

  it("draws one fixed-width column per stage, in stage order", () => {
    expect(scene.columns?.map((c) => c.stageId)).toEqual(demo.detail.stages.map((s) => s.id));
    scene.columns?.forEach((c, i) => {
      expect(c.width).toBe(MAP_METRICS.column);
      expect(c.x).toBe((scene.columns?.[0]?.x ?? 0) + i * MAP_METRICS.column);
    });
    expect(scene.width).toBeGreaterThanOrEqual((scene.columns?.at(-1)?.x ?? 0) + MAP_METRICS.column);
    const lines = allText(scene);
    for (const stage of demo.detail.stages) expect(lines.join("\n")).toContain(stage.name);
  });

  it("shows the lanes in the layout's order, without hidden ones", () => {
    const s = layoutJourneyMap(custom.detail, custom.departments, { locale: "ko" });
    const [memo, score, hidden] = custom.detail.lanes;
    expect(s.rows?.map((r) => r.key)).toEqual([
      "emotion",
      `lane:${score?.id}`,
      "touchpoints",
      `lane:${memo?.id}`,
      "pain_points",
      // Built-in lanes the layout does not mention are appended, visible.
      "actions",
      "opportunities",
      "departments",
    ]);
    expect(s.rows?.map((r) => r.label)).toContain("MOT 접점");
    const lines = allText(s).join("\n");
    expect(lines).not.toContain(mapLabels("ko").lanes.thoughts);
    expect(lines).not.toContain("빨리 봐 주셨으면");
    expect(lines).not.toContain(hidden?.name);
    expect(lines).not.toContain("보이면 안 되는 내용");
    expect(lines).toContain("해열제를 먹였는데도");
    // Rows stack without gaps or overlaps.
    s.rows?.forEach((r, i) => {
      const next = s.rows?.[i + 1];
      if (next) expect(next.y).toBe(r.y + r.height);
    });
  });

  it("default layout has all seven built-in lanes", () => {
    expect(scene.rows?.map((r) => r.key)).toEqual([...BUILT_IN_LANES]);
  });

  it("highlights the lowest emotion stage(s), and only those", () => {
    const s = layoutJourneyMap(custom.detail, custom.departments, { locale: "en" });
    const tags = texts(s).filter((t) => t.lines[0]?.startsWith(`${mapLabels("en").lowest} `));
    expect(tags.map((t) => t.lines[0])).toEqual(["Lowest −3", "Lowest −3"]);
    const columns = s.columns ?? [];
    const centreOf = (stageIndex: number) => (columns[stageIndex]?.x ?? 0) + MAP_METRICS.column / 2;
    expect(tags.map((t) => t.x)).toEqual([centreOf(0), centreOf(2)]);
    // The red ring around the dot sits on the same two stages.
    const rings = s.items.filter((i) => i.type === "circle" && i.stroke === PALETTE.lowest && i.r > 15);
    expect(rings.map((r) => (r.type === "circle" ? r.cx : 0))).toEqual([centreOf(0), centreOf(2)]);

    const outpatientTags = texts(scene).filter((t) => t.lines[0]?.startsWith(`${mapLabels("ko").lowest} `));
    const min = Math.min(...demo.detail.stages.map((st) => st.emotion));
    expect(outpatientTags).toHaveLength(demo.detail.stages.filter((st) => st.emotion === min).length);
  });

  it("draws the emotion curve and a custom score lane's curve, never beyond −3..+3", () => {
    const s = layoutJourneyMap(custom.detail, custom.departments, { locale: "ko" });
    const curves = s.items.filter(
      (i) => i.type === "path" && (i.stroke === PALETTE.curve || i.stroke === PALETTE.score),
    );
    expect(curves.map((c) => (c.type === "path" ? c.stroke : ""))).toEqual([PALETTE.curve, PALETTE.score]);
    const emotionRow = s.rows?.find((r) => r.key === "emotion");
    for (const c of curves) {
      if (c.type !== "path") continue;
      const row = c.stroke === PALETTE.curve ? emotionRow : s.rows?.find((r) => r.key.startsWith("lane:"));
      const ys = [...c.d.matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => Number(m[2]));
      for (const y of ys) {
        expect(y).toBeGreaterThan(row?.y ?? 0);
        expect(y).toBeLessThan((row?.y ?? 0) + (row?.height ?? 0));
      }
    }
  });

  it("shows every touchpoint exactly once in the map and once in the cycle", () => {
    const ids = demo.detail.stages.flatMap((s) => s.touchpoints.map((t) => t.id)).sort();
    const inMap = scene.items.flatMap((i) => (i.data?.touchpointId ? [i.data.touchpointId] : [])).sort();
    expect(inMap).toEqual(ids);
    for (const colourBy of ["element", "phase"] as const) {
      const cycle = layoutMotCycle(demo.detail, { locale: "ko", colourBy });
      const inCycle = cycle.items.flatMap((i) => (i.data?.touchpointId ? [i.data.touchpointId] : [])).sort();
      expect(inCycle).toEqual(ids);
    }
  });

  it("keeps every wrapped line inside its box", () => {
    for (const s of [
      scene,
      layoutJourneyMap(demo.detail, demo.departments, { locale: "en" }),
      layoutMotCycle(demo.detail, { locale: "ko", colourBy: "element" }),
    ]) {
      for (const t of texts(s)) {
        for (const line of t.lines)
          expect(measureText(line, t.fontSize, t.weight)).toBeLessThanOrEqual(t.maxWidth + 1e-6);
      }
    }
  });

  it("lays out an empty journey without failing", () => {
    const empty = detailFromDocument({ format: "motmap.journey/v1", title: "빈 여정", stages: [] });
    const map = layoutJourneyMap(empty.detail, [], { locale: "ko" });
    expect(allText(map)).toContain(mapLabels("ko").noStages);
    const cycle = layoutMotCycle(empty.detail, { locale: "ko", colourBy: "element" });
    expect(allText(cycle)).toContain(mapLabels("ko").noTouchpoints);
  });
});

describe("MOT cycle layout", () => {
  it("goes clockwise from 12 o'clock in journey order, one segment per touchpoint", () => {
    const cycle = layoutMotCycle(custom.detail, { locale: "ko", colourBy: "element" });
    const segments = cycle.items.filter((i) => i.type === "path" && i.data?.touchpointId);
    const order = custom.detail.stages.flatMap((s) => s.touchpoints.map((t) => t.id));
    expect(segments.map((s) => s.data?.touchpointId)).toEqual(order);
    // Each segment's first point is on the outer ring at its start angle: 0, 72, 144 … degrees.
    const cx = cycle.width / 2;
    const first = segments.map((s) => {
      const m = /^M(-?[\d.]+) (-?[\d.]+)/.exec(s.type === "path" ? s.d : "");
      return Math.atan2(
        Number(m?.[1]) - cx,
        -(Number(m?.[2]) - (s.type === "path" ? s.bounds.y + s.bounds.height / 2 : 0)),
      );
    });
    first.forEach((a, i) => {
      const expected = (i * 2 * Math.PI) / order.length;
      const normalised = (a + 2 * Math.PI) % (2 * Math.PI);
      expect(Math.abs(normalised - expected)).toBeLessThan(0.05);
    });
    // Colour by element: the humanware touchpoints are orange.
    const humanware = custom.detail.stages.flatMap((s) => s.touchpoints).filter((t) => t.element === "humanware");
    for (const h of humanware) {
      const seg = segments.find((s) => s.data?.touchpointId === h.id);
      expect(seg?.type === "path" && seg.fill).toBe(PALETTE.element.humanware.main);
    }
  });
});

describe("text wrapping", () => {
  const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCodePoint(c));
  const latin = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzMWil0123456789.,()-");
  const word = fc.array(fc.oneof(hangul, latin), { minLength: 1, maxLength: 30 }).map((cs) => cs.join(""));
  const sentence = fc.array(word, { minLength: 0, maxLength: 25 }).map((ws) => ws.join(" "));

  it("never exceeds the width, loses nothing, and breaks only where allowed", () => {
    fc.assert(
      fc.property(
        sentence,
        fc.integer({ min: 8, max: 24 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(400 as const, 700 as const),
        (text, fontSize, extra, weight) => {
          // At least one character wide (1 em, bold 1.06 em); the box may be much wider.
          const maxWidth = fontSize * 1.1 + extra;
          const lines = wrapText(text, { fontSize, maxWidth, weight });
          for (const line of lines) expect(measureText(line, fontSize, weight)).toBeLessThanOrEqual(maxWidth);
          expect(lines.join("").replace(/\s/g, "")).toBe(text.replace(/\s/g, ""));
          for (const line of lines) expect(line).toBe(line.trim());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("stops at maxLines with an ellipsis that still fits", () => {
    fc.assert(
      fc.property(
        sentence,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 30, max: 300 }),
        (text, maxLines, maxWidth) => {
          const all = wrapText(text, { fontSize: 12, maxWidth });
          const cut = wrapText(text, { fontSize: 12, maxWidth, maxLines });
          expect(cut.length).toBeLessThanOrEqual(maxLines);
          for (const line of cut) expect(measureText(line, 12)).toBeLessThanOrEqual(maxWidth);
          if (all.length > maxLines) expect(cut.at(-1)?.endsWith("…")).toBe(true);
          else expect(cut).toEqual(all);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("breaks Korean at spaces first", () => {
    expect(wrapText("진료비 수납 창구에서 결제한다", { fontSize: 10, maxWidth: 75 })).toEqual([
      "진료비 수납",
      "창구에서",
      "결제한다",
    ]);
    // A word longer than the line breaks between syllables.
    expect(wrapText("가나다라마바사아자차", { fontSize: 10, maxWidth: 40 })).toEqual(["가나다라", "마바사아", "자차"]);
  });
});

/** Balanced tags, one root, no stray "<" or "&": enough to know a viewer will parse the file. */
function checkXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf("<", i);
    const chunk = body.slice(i, lt === -1 ? body.length : lt);
    // Text between tags: only the five entities may follow an ampersand.
    for (let a = chunk.indexOf("&"); a !== -1; a = chunk.indexOf("&", a + 1)) {
      expect(/^&(amp|lt|gt|quot|apos);/.test(chunk.slice(a))).toBe(true);
    }
    if (lt === -1) break;
    const gt = body.indexOf(">", lt);
    expect(gt).toBeGreaterThan(lt);
    const tag = body.slice(lt + 1, gt);
    if (tag.startsWith("/")) {
      expect(stack.pop()).toBe(tag.slice(1).trim());
    } else {
      const name = tag.split(/[\s/]/)[0] ?? "";
      expect(name).toMatch(/^[a-zA-Z][\w-]*$/);
      // Attribute values are quoted and contain no raw < or unescaped quote.
      const attrs = tag
        .replace(/^[\w-]+/, "")
        .replace(/\/$/, "")
        .trim();
      expect(attrs).toMatch(/^([\w:-]+="[^"<]*"\s*)*$/);
      if (stack.length === 0) roots++;
      if (!tag.endsWith("/")) stack.push(name);
    }
    i = gt + 1;
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

describe("SVG", () => {
  it("is well-formed, escapes text, and carries the font and touchpoint links", () => {
    for (const scene of [
      layoutJourneyMap(custom.detail, custom.departments, { locale: "ko" }),
      layoutMotCycle(custom.detail, { locale: "en", colourBy: "phase" }),
      layoutJourneyMap(demo.detail, demo.departments, { locale: "en" }),
    ]) {
      const svg = renderSvg(scene);
      checkXml(svg);
      expect(svg).toContain(`font-family="&apos;Noto Sans KR&apos;, sans-serif"`);
      expect(svg).toContain(`viewBox="0 0 ${scene.width} ${scene.height}"`);
      const ids = [...svg.matchAll(/data-touchpoint-id="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    }
    const svg = renderSvg(layoutJourneyMap(custom.detail, custom.departments, { locale: "ko" }));
    expect(svg).toContain("소아 응급 &lt;야간&gt; &amp; 보호자");
    expect(svg).not.toContain("<야간>");
  });

  it("notices a broken document", () => {
    expect(() => checkXml(`<svg><g></svg>`)).toThrow();
    expect(() => checkXml(`<svg><text>a & b</text></svg>`)).toThrow();
    expect(() => checkXml(`<svg/><svg/>`)).toThrow();
  });

  it("demo hospital journeys all lay out", () => {
    for (const doc of DEMO_HOSPITAL.journeys) {
      const { detail, departments } = detailFromDocument(doc);
      const map = layoutJourneyMap(detail, departments, { locale: "ko" });
      expect(map.height).toBeGreaterThan(600);
      checkXml(renderSvg(layoutMotCycle(detail, { locale: "ko", colourBy: "element" })));
    }
  });
});
