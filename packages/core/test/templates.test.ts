import { describe, expect, it } from "vitest";
import { JOURNEY_DOCUMENT_FORMAT, JourneyDocument, phaseOrderIssues, SEGMENTS } from "../src/index.ts";
import {
  getTemplate,
  JOURNEY_TEMPLATES,
  TEMPLATE_IDS,
  type TemplateLocale,
  templateSummaries,
} from "../src/templates/index.ts";

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7A3]/;
const LOCALES: TemplateLocale[] = ["ko", "en"];

const parsed = JOURNEY_TEMPLATES.map((t) => ({
  id: t.id,
  ko: JourneyDocument.parse(t.ko),
  en: JourneyDocument.parse(t.en),
}));

/** Everything a translation must keep: the language-independent skeleton of a document. */
function skeleton(doc: JourneyDocument) {
  return {
    format: doc.format,
    status: doc.status,
    persona: doc.persona,
    stages: doc.stages.map((s) => ({
      phase: s.phase,
      emotion: s.emotion,
      actions: s.actions.length,
      thoughts: s.thoughts.length,
      opportunities: s.opportunities.length,
      touchpoints: s.touchpoints.map((t) => ({
        channel: t.channel,
        element: t.element,
        importance: t.importance,
        departments: t.departments.length,
        dos: t.dos.length,
        donts: t.donts.length,
        targets: t.targets.map((g) => ({ operator: g.operator, value: g.value })),
      })),
      painPoints: s.painPoints.map((p) => ({
        touchpointIndex: p.touchpoint === null ? null : s.touchpoints.findIndex((t) => t.name === p.touchpoint),
        severity: p.severity,
        frequency: p.frequency,
        evidence: p.evidence,
      })),
    })),
  };
}

describe("journey templates", () => {
  it("lists every template id once, in the declared order, with a known segment", () => {
    expect(JOURNEY_TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    for (const t of JOURNEY_TEMPLATES) expect(SEGMENTS).toContain(t.segment);
  });

  for (const { id, ko, en } of parsed) {
    describe(id, () => {
      it("parses in both locales as a draft document without a persona", () => {
        for (const doc of [ko, en]) {
          expect(doc.format).toBe(JOURNEY_DOCUMENT_FORMAT);
          expect(doc.status).toBe("draft");
          expect(doc.persona).toBeNull();
          expect(doc.stages.length).toBeGreaterThanOrEqual(8);
        }
        expect(ko.description).toContain("템플릿");
        expect(en.description).toMatch(/template/i);
      });

      it("has the same structure in Korean and English", () => {
        expect(skeleton(en)).toEqual(skeleton(ko));
      });

      it("writes Korean in Hangul and English without any", () => {
        expect(ko.title).toMatch(HANGUL);
        for (const stage of ko.stages) {
          expect(stage.name).toMatch(HANGUL);
          expect(stage.goal).toMatch(HANGUL);
          for (const t of stage.touchpoints) {
            expect(t.name).toMatch(HANGUL);
            expect(t.moment).toMatch(HANGUL);
            expect(t.serviceStandard).toMatch(HANGUL);
            expect(t.script).toMatch(HANGUL);
          }
        }
        expect(JSON.stringify(en)).not.toMatch(HANGUL);
      });

      it("never moves a stage back to an earlier phase", () => {
        expect(phaseOrderIssues(ko.stages)).toEqual([]);
        expect(phaseOrderIssues(en.stages)).toEqual([]);
      });

      it("fills every stage and touchpoint as a usable starting point", () => {
        for (const doc of [ko, en]) {
          for (const stage of doc.stages) {
            expect(stage.goal.length).toBeGreaterThan(0);
            expect(stage.actions.length).toBeGreaterThanOrEqual(1);
            expect(stage.actions.length).toBeLessThanOrEqual(3);
            expect(stage.thoughts.length).toBeGreaterThanOrEqual(1);
            expect(stage.thoughts.length).toBeLessThanOrEqual(2);
            expect(stage.opportunities.length).toBeGreaterThanOrEqual(1);
            expect(stage.opportunities.length).toBeLessThanOrEqual(2);
            expect(stage.touchpoints.length).toBeGreaterThanOrEqual(1);
            expect(stage.painPoints.length).toBeLessThanOrEqual(2);
            for (const p of stage.painPoints) expect(p.evidence).toBe("hypothesis");
            const names = stage.touchpoints.map((t) => t.name);
            expect(new Set(names).size).toBe(names.length);
            for (const t of stage.touchpoints) {
              expect(t.moment.length).toBeGreaterThan(0);
              expect(t.serviceStandard.length).toBeGreaterThan(0);
              expect(t.script.length).toBeGreaterThan(0);
              expect(t.departments.length).toBeGreaterThanOrEqual(1);
              expect(t.dos.length).toBeGreaterThanOrEqual(1);
              expect(t.dos.length).toBeLessThanOrEqual(3);
              expect(t.donts.length).toBeGreaterThanOrEqual(1);
              expect(t.donts.length).toBeLessThanOrEqual(2);
              expect(t.targets.length).toBeLessThanOrEqual(1);
              expect(t.importance).not.toBeNull();
            }
          }
        }
      });
    });
  }

  it("translates each department name the same way in every template", () => {
    const koToEn = new Map<string, Set<string>>();
    const enToKo = new Map<string, Set<string>>();
    for (const { ko, en } of parsed) {
      ko.stages.forEach((stage, si) => {
        stage.touchpoints.forEach((t, ti) => {
          const enDepartments = en.stages[si]?.touchpoints[ti]?.departments ?? [];
          t.departments.forEach((koName, di) => {
            const enName = enDepartments[di] ?? "";
            koToEn.set(koName, (koToEn.get(koName) ?? new Set()).add(enName));
            enToKo.set(enName, (enToKo.get(enName) ?? new Set()).add(koName));
          });
        });
      });
    }
    for (const [koName, enNames] of koToEn) expect(enNames.size, `${koName} → ${[...enNames].join(", ")}`).toBe(1);
    for (const [enName, koNames] of enToKo) expect(koNames.size, `${enName} → ${[...koNames].join(", ")}`).toBe(1);
  });

  it("getTemplate returns a copy for a known id and undefined for an unknown one", () => {
    expect(getTemplate("no-such-template", "ko")).toBeUndefined();
    expect(getTemplate("", "en")).toBeUndefined();

    const copy = getTemplate("inpatient-stay", "en");
    expect(copy?.title).toBe(JOURNEY_TEMPLATES[1]?.en.title);
    if (copy) copy.title = "changed";
    expect(getTemplate("inpatient-stay", "en")?.title).not.toBe("changed");
  });

  it("summarises the templates in the requested language", () => {
    for (const locale of LOCALES) {
      const summaries = templateSummaries(locale);
      expect(summaries.map((s) => s.id)).toEqual([...TEMPLATE_IDS]);
      summaries.forEach((summary, i) => {
        const doc = parsed[i]?.[locale];
        expect(summary.title).toBe(doc?.title);
        expect(summary.description).toBe(doc?.description);
        expect(summary.segment).toBe(JOURNEY_TEMPLATES[i]?.segment);
        expect(summary.stageCount).toBe(doc?.stages.length);
        expect(summary.touchpointCount).toBe(doc?.stages.reduce((n, s) => n + s.touchpoints.length, 0));
      });
    }
    for (const s of templateSummaries("en")) {
      expect(s.title).not.toMatch(HANGUL);
      expect(s.description).not.toMatch(HANGUL);
    }
    for (const s of templateSummaries("ko")) expect(s.title).toMatch(HANGUL);
  });
});
