import { describe, expect, it } from "vitest";
import { DEMO_HOSPITAL, FIRST_VISIT_OUTPATIENT_JOURNEY } from "../src/demo/index.ts";
import {
  DepartmentFields,
  DocPersona,
  JOURNEY_DOCUMENT_FORMAT,
  JourneyDocument,
  phaseOrderIssues,
} from "../src/index.ts";

const HANGUL = /[\uAC00-\uD7A3]/;
const parsed = DEMO_HOSPITAL.journeys.map((j) => JourneyDocument.parse(j));
const allTouchpoints = parsed.flatMap((doc) => doc.stages.flatMap((s) => s.touchpoints));
const countTouchpoints = (doc: JourneyDocument) => doc.stages.reduce((n, s) => n + s.touchpoints.length, 0);
const countPainPoints = (doc: JourneyDocument) => doc.stages.reduce((n, s) => n + s.painPoints.length, 0);

describe("demo hospital", () => {
  it("describes a Korean hospital with sites", () => {
    expect(DEMO_HOSPITAL.name).toMatch(HANGUL);
    expect(DEMO_HOSPITAL.nameEn.length).toBeGreaterThan(0);
    expect(DEMO_HOSPITAL.sites.length).toBeGreaterThanOrEqual(1);
    for (const site of DEMO_HOSPITAL.sites) {
      expect(site.name).toMatch(HANGUL);
      expect(site.address).toMatch(HANGUL);
    }
  });

  it("puts every department at one of its sites: the check-up and endoscopy centres at the tower", () => {
    const sites = DEMO_HOSPITAL.sites.map((s) => s.name);
    expect(sites).toHaveLength(2);
    for (const d of DEMO_HOSPITAL.departments) {
      expect(sites, d.name).toContain(DEMO_HOSPITAL.departmentSites[d.name]);
    }
    expect(DEMO_HOSPITAL.departmentSites.내시경센터).toBe(sites[1]);
    expect(DEMO_HOSPITAL.departmentSites.건강증진센터).toBe(sites[1]);
    expect(DEMO_HOSPITAL.departmentSites.소화기내과).toBe(sites[0]);
    expect(DEMO_HOSPITAL.departmentSites.외과).toBe(sites[0]);
  });

  it("has at least 10 valid departments with unique names and codes", () => {
    const departments = DEMO_HOSPITAL.departments.map((d) => DepartmentFields.parse(d));
    expect(departments.length).toBeGreaterThanOrEqual(10);
    const codes = departments.map((d) => d.code);
    expect(codes.every((c) => c.length > 0)).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    const names = departments.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    for (const d of departments) {
      expect(d.name).toMatch(HANGUL);
      expect(d.nameEn.length).toBeGreaterThan(0);
      expect(d.description).toMatch(HANGUL);
    }
  });

  it("has at least 3 valid personas, and each journey's persona is one of them", () => {
    const personas = DEMO_HOSPITAL.personas.map((p) => DocPersona.parse(p));
    expect(personas.length).toBeGreaterThanOrEqual(3);
    expect(new Set(personas.map((p) => p.name)).size).toBe(personas.length);
    const byName = new Map(personas.map((p) => [p.name, p]));
    for (const doc of parsed) {
      expect(doc.persona).not.toBeNull();
      expect(byName.get(doc.persona?.name ?? "")).toEqual(doc.persona);
    }
  });

  it("has three journeys that parse as journey documents", () => {
    expect(parsed).toHaveLength(3);
    for (const doc of parsed) {
      expect(doc.format).toBe(JOURNEY_DOCUMENT_FORMAT);
      expect(doc.title).toMatch(HANGUL);
      expect(doc.description).toMatch(HANGUL);
    }
    expect(new Set(parsed.map((d) => d.title)).size).toBe(3);
  });

  it("publishes a first-visit outpatient journey with at least 14 stages and 34 touchpoints", () => {
    const outpatient = JourneyDocument.parse(FIRST_VISIT_OUTPATIENT_JOURNEY);
    expect(outpatient.status).toBe("published");
    expect(outpatient.stages.length).toBeGreaterThanOrEqual(14);
    expect(countTouchpoints(outpatient)).toBeGreaterThanOrEqual(34);
    for (const phase of ["before", "during", "after"] as const) {
      expect(outpatient.stages.some((s) => s.phase === phase)).toBe(true);
    }
  });

  it("meets the minimum size of the inpatient and check-up journeys", () => {
    const [, inpatient, checkup] = parsed;
    expect(inpatient?.stages.length).toBeGreaterThanOrEqual(10);
    expect(inpatient && countTouchpoints(inpatient)).toBeGreaterThanOrEqual(22);
    expect(checkup?.stages.length).toBeGreaterThanOrEqual(9);
    expect(checkup && countTouchpoints(checkup)).toBeGreaterThanOrEqual(18);
    expect(parsed.reduce((n, d) => n + countPainPoints(d), 0)).toBeGreaterThanOrEqual(10);
  });

  it("never moves a journey's phases backwards", () => {
    for (const doc of parsed) expect(phaseOrderIssues(doc.stages)).toEqual([]);
  });

  it("fills in every stage", () => {
    for (const doc of parsed) {
      for (const stage of doc.stages) {
        const where = `${doc.title} / ${stage.name}`;
        expect(stage.goal, where).toMatch(HANGUL);
        expect(stage.actions.length, where).toBeGreaterThanOrEqual(2);
        expect(stage.thoughts.length, where).toBeGreaterThanOrEqual(1);
        expect(stage.opportunities.length, where).toBeGreaterThanOrEqual(1);
        expect(stage.touchpoints.length, where).toBeGreaterThanOrEqual(1);
        expect(new Set(stage.touchpoints.map((t) => t.name)).size, where).toBe(stage.touchpoints.length);
      }
    }
  });

  it("fills in every touchpoint with a moment, standard, script and owner", () => {
    for (const t of allTouchpoints) {
      expect(t.moment.trim(), t.name).toMatch(HANGUL);
      expect(t.serviceStandard.trim(), t.name).toMatch(HANGUL);
      expect(t.script.trim(), t.name).toMatch(HANGUL);
      expect(t.departments.length, t.name).toBeGreaterThanOrEqual(1);
      expect(t.departments.length, t.name).toBeLessThanOrEqual(3);
      expect(t.dos.length, t.name).toBeGreaterThanOrEqual(2);
      expect(t.donts.length, t.name).toBeGreaterThanOrEqual(1);
      expect(t.targets.length, t.name).toBeLessThanOrEqual(2);
      expect(t.importance, t.name).not.toBeNull();
    }
  });

  it("does not copy-paste standards or scripts between touchpoints", () => {
    const standards = allTouchpoints.map((t) => t.serviceStandard);
    const scripts = allTouchpoints.map((t) => t.script);
    expect(new Set(standards).size).toBe(standards.length);
    expect(new Set(scripts).size).toBe(scripts.length);
  });

  it("names only departments that exist", () => {
    const known = new Set(DEMO_HOSPITAL.departments.map((d) => d.name));
    const unknown = allTouchpoints.flatMap((t) => t.departments.filter((d) => !known.has(d)));
    expect(unknown).toEqual([]);
  });

  it("uses every channel and element", () => {
    const channels = new Set(allTouchpoints.map((t) => t.channel));
    const elements = new Set(allTouchpoints.map((t) => t.element));
    expect([...channels].sort()).toEqual(["face_to_face", "online", "phone", "social"]);
    expect([...elements].sort()).toEqual(["hardware", "humanware", "software"]);
  });
});
