import { JOURNEY_DOCUMENT_FORMAT, type JourneyDetail, type JourneyDocumentInput } from "@motmap/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createPainPoint,
  createTouchpoint,
  duplicateJourney,
  exportJourney,
  getJourneyDetail,
  importJourney,
  listAuditEntries,
  listDepartments,
  listPersonas,
  updateJourney,
  updateTouchpoint,
} from "../../src/index.ts";
import type { TestDatabase } from "../support/engines.ts";
import { countRows, expectError, newHospital, seedJourney, snapshot, unwrap } from "../support/fixtures.ts";

/** The content of a journey without ids, versions, timestamps or hospital: what a copy must preserve. */
function content(d: JourneyDetail, departmentName: Map<string, string>) {
  const tpName = new Map(d.stages.flatMap((s) => s.touchpoints.map((t) => [t.id, t.name] as const)));
  const stageIndex = new Map(d.stages.map((s, i) => [s.id, i]));
  return {
    description: d.description,
    persona: d.persona && {
      ...d.persona,
      id: undefined,
      hospitalId: undefined,
      version: undefined,
      createdAt: undefined,
      updatedAt: undefined,
    },
    stages: d.stages.map((s) => ({
      phase: s.phase,
      name: s.name,
      goal: s.goal,
      actions: s.actions,
      thoughts: s.thoughts,
      emotion: s.emotion,
      opportunities: s.opportunities,
      position: s.position,
      touchpoints: s.touchpoints.map((t) => ({
        name: t.name,
        moment: t.moment,
        channel: t.channel,
        element: t.element,
        departments: t.departmentIds.map((id) => departmentName.get(id)),
        serviceStandard: t.serviceStandard,
        script: t.script,
        dos: t.dos,
        donts: t.donts,
        targets: t.targets,
        importance: t.importance,
        position: t.position,
      })),
    })),
    painPoints: d.painPoints.map((p) => ({
      stage: stageIndex.get(p.stageId ?? ""),
      touchpoint: p.touchpointId ? tpName.get(p.touchpointId) : null,
      description: p.description,
      severity: p.severity,
      frequency: p.frequency,
      evidence: p.evidence,
    })),
  };
}

const documentInput = (): JourneyDocumentInput => ({
  format: JOURNEY_DOCUMENT_FORMAT,
  title: "입원 여정",
  description: "복강경 담낭절제술 3박 4일",
  status: "published",
  persona: { name: "박정호", segment: "inpatient", ageGroup: "60대", goals: ["안전한 수술"], quote: "걱정입니다" },
  stages: [
    {
      phase: "before",
      name: "입원 결정",
      emotion: -1,
      actions: ["설명 듣기"],
      touchpoints: [
        {
          name: "외래 설명",
          channel: "face_to_face",
          element: "humanware",
          departments: ["외과", "병상관리팀"],
          importance: 4,
        },
        { name: "병상 배정 전화", channel: "phone", element: "humanware", departments: ["병상관리팀"] },
      ],
      painPoints: [
        { touchpoint: "병상 배정 전화", description: "하루를 비워야 한다", severity: "high", frequency: "constant" },
        { description: "절차가 낯설다" },
      ],
    },
    {
      phase: "during",
      name: "입원",
      touchpoints: [
        {
          name: "병동 오리엔테이션",
          channel: "face_to_face",
          element: "humanware",
          departments: ["병동간호팀"],
          targets: [{ label: "설명 시간", operator: ">=", value: 10, unit: "분" }],
          dos: ["보호자 함께"],
        },
      ],
      painPoints: [{ touchpoint: "병동 오리엔테이션", description: "용어가 어렵다", evidence: "observed" }],
    },
    { phase: "after", name: "퇴원", emotion: 2 },
  ],
});

/** Registers the journey documents tests; `database` is the file's database (one per engine). */
export function documentsSuite(database: () => TestDatabase) {
  describe("journey documents", () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = database();
    });
    const names = async (ctx: Parameters<typeof listDepartments>[0]) =>
      new Map((await listDepartments(ctx)).map((d) => [d.id, d.name]));

    describe("duplicate", () => {
      it("makes a deep copy with new ids, the same content, a '(사본)' title and draft status", async () => {
        const ctx = await newHospital(t);
        const s = await seedJourney(ctx);
        const published = unwrap(await updateJourney(ctx, s.journey.id, { version: 4, status: "published" }));
        const original = unwrap(await getJourneyDetail(ctx, s.journey.id));
        const before = await snapshot(t, ctx.hospitalId, [
          "journeys",
          "stages",
          "touchpoints",
          "touchpoint_departments",
          "pain_points",
        ]);

        const copy = unwrap(await duplicateJourney(ctx, s.journey.id));
        expect(copy).toMatchObject({
          title: "첫 방문 외래 여정 (사본)",
          status: "draft",
          version: 1,
          personaId: s.persona.id,
        });
        expect(published.status).toBe("published");
        const dup = unwrap(await getJourneyDetail(ctx, copy.id));

        const deptNames = await names(ctx);
        expect(content(dup, deptNames)).toEqual(content(original, deptNames));
        // Same departments and persona (matched by name), new ids for everything else.
        expect(dup.stages[0]?.touchpoints[0]?.departmentIds).toEqual(original.stages[0]?.touchpoints[0]?.departmentIds);
        const originalIds = new Set([
          ...original.stages.map((x) => x.id),
          ...original.stages.flatMap((x) => x.touchpoints.map((tp) => tp.id)),
          ...original.painPoints.map((p) => p.id),
        ]);
        const copyIds = [
          ...dup.stages.map((x) => x.id),
          ...dup.stages.flatMap((x) => x.touchpoints.map((tp) => tp.id)),
          ...dup.painPoints.map((p) => p.id),
        ];
        expect(copyIds).toHaveLength(originalIds.size);
        expect(copyIds.some((id) => originalIds.has(id))).toBe(false);
        for (const st of dup.stages) for (const tp of st.touchpoints) expect(tp.journeyId).toBe(copy.id);
        for (const p of dup.painPoints) expect(p.journeyId).toBe(copy.id);
        // Pain points point at the copy's own stages and touchpoints.
        const copyStageIds = new Set(dup.stages.map((x) => x.id));
        for (const p of dup.painPoints) expect(copyStageIds.has(p.stageId ?? "")).toBe(true);

        // The original is unchanged, no department or persona was added.
        expect(unwrap(await getJourneyDetail(ctx, s.journey.id))).toEqual(original);
        const after = await snapshot(t, ctx.hospitalId, [
          "journeys",
          "stages",
          "touchpoints",
          "touchpoint_departments",
          "pain_points",
        ]);
        for (const table of Object.keys(before)) {
          for (const row of before[table] ?? []) expect(after[table]).toContainEqual(row);
        }
        expect(await listDepartments(ctx)).toHaveLength(3);
        expect(await listPersonas(ctx)).toHaveLength(1);
        const audit = await listAuditEntries(ctx, { entityId: copy.id });
        expect(audit.map((a) => a.action)).toEqual(["duplicate"]);
      });

      it("takes a given title and rejects an invalid one", async () => {
        const ctx = await newHospital(t);
        const s = await seedJourney(ctx);
        const copy = unwrap(await duplicateJourney(ctx, s.journey.id, { title: "검진 여정 v2" }));
        expect(copy.title).toBe("검진 여정 v2");
        const counts = await countRows(t, ctx.hospitalId);
        expectError(await duplicateJourney(ctx, s.journey.id, { title: "" }), "validation_failed", "title");
        expectError(await duplicateJourney(ctx, "00000000-0000-4000-8000-000000000000"), "not_found");
        expect(await countRows(t, ctx.hospitalId)).toEqual(counts);
      });

      // Regression: the name-based document re-attached a pain point on the second of two same-named
      // touchpoints to the first one; ambiguous names are now exported as the touchpoint's index.
      it("keeps a pain point on the right touchpoint when two touchpoints of a stage share a name", async () => {
        const ctx = await newHospital(t);
        const s = await seedJourney(ctx);
        const twin = unwrap(
          await createTouchpoint(ctx, s.stages[2].id, { name: "수납", channel: "face_to_face", element: "humanware" }),
        );
        const second = unwrap(
          await createTouchpoint(ctx, s.stages[2].id, { name: "수납", channel: "online", element: "software" }),
        );
        unwrap(await createPainPoint(ctx, s.journey.id, { touchpointId: second.id, description: "앱 수납 오류" }));
        expect(twin.position).toBe(0);
        const copy = unwrap(await duplicateJourney(ctx, s.journey.id));
        const dup = unwrap(await getJourneyDetail(ctx, copy.id));
        const pain = dup.painPoints.find((p) => p.description === "앱 수납 오류");
        const onTouchpoint = dup.stages[2]?.touchpoints.find((tp) => tp.id === pain?.touchpointId);
        expect(onTouchpoint?.channel).toBe("online");
        expect(onTouchpoint?.position).toBe(1);
        const doc = unwrap(await exportJourney(ctx, s.journey.id));
        expect(doc.stages[2]?.painPoints).toEqual([
          expect.objectContaining({ touchpoint: 1, description: "앱 수납 오류" }),
        ]);
        // Unambiguous names are still exported as names.
        expect(doc.stages[0]?.painPoints[0]?.touchpoint).toBe("콜센터 예약");
      });
    });

    describe("export and import", () => {
      it("export → import → export gives an identical document in the same hospital", async () => {
        const ctx = await newHospital(t);
        const s = await seedJourney(ctx);
        const doc = unwrap(await exportJourney(ctx, s.journey.id));
        expect(doc.format).toBe(JOURNEY_DOCUMENT_FORMAT);
        expect(doc.stages.map((x) => x.touchpoints.map((tp) => tp.name))).toEqual([
          ["콜센터 예약", "앱 예약"],
          ["접수 창구", "키오스크", "번호표"],
          [],
        ]);
        // In owner order, as given when the touchpoint was created.
        expect(doc.stages[0]?.touchpoints[0]?.departments).toEqual(["예약센터", "원무팀"]);
        expect(doc.stages[0]?.painPoints).toEqual([
          {
            touchpoint: "콜센터 예약",
            description: "연결이 늦다",
            severity: "high",
            frequency: "frequent",
            evidence: "hypothesis",
          },
          {
            touchpoint: null,
            description: "예약 절차가 복잡하다",
            severity: "medium",
            frequency: "occasional",
            evidence: "hypothesis",
          },
        ]);
        expect(doc.persona).toMatchObject({ name: "김지현", goals: ["한 번에 끝내기"] });
        expect(JSON.stringify(doc)).not.toContain(s.journey.id);

        const imported = unwrap(await importJourney(ctx, doc));
        expect(imported.id).not.toBe(s.journey.id);
        expect(imported.personaId).toBe(s.persona.id);
        expect(unwrap(await exportJourney(ctx, imported.id))).toEqual(doc);
        expect(await listDepartments(ctx)).toHaveLength(3);
        expect(await listPersonas(ctx)).toHaveLength(1);
      });

      it("imports into a second hospital, creating departments and persona there by name", async () => {
        const a = await newHospital(t);
        const s = await seedJourney(a);
        const doc = unwrap(await exportJourney(a, s.journey.id));
        const b = await newHospital(t);
        const existing = unwrap(await createDepartment(b, { name: "원무팀", code: "B-ADM" }));

        const imported = unwrap(await importJourney(b, doc));
        expect(imported.hospitalId).toBe(b.hospitalId);
        expect(unwrap(await exportJourney(b, imported.id))).toEqual(doc);
        const departments = await listDepartments(b);
        expect(departments.map((d) => d.name).sort()).toEqual(["예약센터", "원무팀", "외래간호팀"].sort());
        expect(departments).toHaveLength(3);
        // An existing department of the same name is reused, not duplicated.
        expect(departments.find((d) => d.name === "원무팀")).toEqual(existing);
        const personas = await listPersonas(b);
        expect(personas.map((p) => p.name)).toEqual(["김지현"]);
        expect(personas[0]?.id).not.toBe(s.persona.id);
        expect(imported.personaId).toBe(personas[0]?.id);
        const detail = unwrap(await getJourneyDetail(b, imported.id));
        const bIds = new Set(departments.map((d) => d.id));
        for (const tp of detail.stages.flatMap((x) => x.touchpoints))
          for (const id of tp.departmentIds) expect(bIds.has(id)).toBe(true);
        // Hospital A is unaffected.
        expect(await listDepartments(a)).toHaveLength(3);
      });

      it("imports a written document: defaults, order, links and pain point anchors", async () => {
        const ctx = await newHospital(t);
        const j = unwrap(await importJourney(ctx, documentInput()));
        expect(j).toMatchObject({
          title: "입원 여정",
          status: "published",
          description: "복강경 담낭절제술 3박 4일",
          version: 1,
        });
        const d = unwrap(await getJourneyDetail(ctx, j.id));
        expect(d.stages.map((x) => [x.name, x.position, x.emotion])).toEqual([
          ["입원 결정", 0, -1],
          ["입원", 1, 0],
          ["퇴원", 2, 2],
        ]);
        const call = d.stages[0]?.touchpoints[1];
        expect(d.painPoints.map((p) => [p.description, p.stageId, p.touchpointId])).toEqual([
          ["하루를 비워야 한다", d.stages[0]?.id, call?.id],
          ["절차가 낯설다", d.stages[0]?.id, null],
          ["용어가 어렵다", d.stages[1]?.id, d.stages[1]?.touchpoints[0]?.id],
        ]);
        expect((await listDepartments(ctx)).map((x) => x.name)).toEqual(["외과", "병상관리팀", "병동간호팀"]);
        expect(d.persona).toMatchObject({ name: "박정호", segment: "inpatient", ageGroup: "60대", needs: [] });
        const doc = unwrap(await exportJourney(ctx, j.id));
        expect(unwrap(await exportJourney(ctx, unwrap(await importJourney(ctx, doc)).id))).toEqual(doc);
        const audit = await listAuditEntries(ctx, { entityId: j.id });
        expect(audit.map((a) => [a.action, a.entityType])).toEqual([["import", "journey"]]);
        expect(audit[0]?.after).toMatchObject({ id: j.id, stages: 3, touchpoints: 3 });
      });

      // Regression: links were read in the hospital's department order, which an import into another
      // hospital sets by first mention; touchpoint links now keep their own (owner) order.
      it("export → import into another hospital → export is identical whatever the department mention order", async () => {
        const a = await newHospital(t);
        const s = await seedJourney(a);
        const [d0, d1] = s.departments;
        // Stage 0 touchpoint 1 mentions 예약센터 alone, before touchpoint 0/0 is moved after it.
        const t01 = s.touchpoints[0][1];
        unwrap(await updateTouchpoint(a, t01.id, { version: 1, departmentIds: [d1.id] }));
        const t00 = s.touchpoints[0][0];
        unwrap(
          await updateTouchpoint(a, t00.id, { version: 1, stageId: s.stages[1].id, departmentIds: [d0.id, d1.id] }),
        );
        const doc = unwrap(await exportJourney(a, s.journey.id));
        expect(doc.stages[1]?.touchpoints.at(-1)?.departments).toEqual(["원무팀", "예약센터"]);
        const b = await newHospital(t);
        const imported = unwrap(await importJourney(b, doc));
        expect(unwrap(await exportJourney(b, imported.id))).toEqual(doc);
      });

      it("rejects an invalid document and writes nothing", async () => {
        const ctx = await newHospital(t);
        await seedJourney(ctx);
        const before = await countRows(t, ctx.hospitalId);
        const bad = documentInput();
        // Valid up to the last stage: new persona and departments would be created first.
        bad.stages.push({
          phase: "after",
          name: "재방문",
          painPoints: [{ touchpoint: "없는 접점", description: "x" }],
        });
        expectError(await importJourney(ctx, bad), "validation_failed", "stages.3.painPoints.0.touchpoint");
        expectError(await importJourney(ctx, { ...documentInput(), format: "other" }), "validation_failed", "format");
        expectError(
          await importJourney(ctx, { ...documentInput(), stages: [{ phase: "before", name: "x", emotion: 9 }] }),
          "validation_failed",
          "stages.0.emotion",
        );
        expectError(await importJourney(ctx, null), "validation_failed");
        expect(await countRows(t, ctx.hospitalId)).toEqual(before);
      });

      it("a failure inside a write rolls back everything written before it", async () => {
        const ctx = await newHospital(t);
        const s = await seedJourney(ctx);
        const before = await snapshot(t, ctx.hospitalId);
        // The touchpoint row is inserted before its departments are checked.
        expectError(
          await createTouchpoint(ctx, s.stages[0].id, {
            name: "롤백",
            channel: "phone",
            element: "software",
            position: 0,
            departmentIds: ["00000000-0000-4000-8000-000000000000"],
          }),
          "validation_failed",
          "departmentIds.0",
        );
        // The move (position, pain points, old stage positions) happens before the departments are checked.
        expectError(
          await updateTouchpoint(ctx, s.touchpoints[1][0].id, {
            version: 1,
            stageId: s.stages[2].id,
            departmentIds: ["00000000-0000-4000-8000-000000000000"],
          }),
          "validation_failed",
          "departmentIds.0",
        );
        expect(await snapshot(t, ctx.hospitalId)).toEqual(before);
      });
    });
  });
}
