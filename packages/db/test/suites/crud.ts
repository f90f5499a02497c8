import { beforeAll, describe, expect, it } from "vitest";
import {
  createDepartment,
  createJourney,
  createPainPoint,
  createPersona,
  createSite,
  createStage,
  createTouchpoint,
  deleteDepartment,
  deleteJourney,
  deletePainPoint,
  deletePersona,
  deleteSite,
  deleteStage,
  deleteTouchpoint,
  getHospital,
  getJourneyDetail,
  getTouchpoint,
  type HospitalContext,
  listDepartments,
  listJourneys,
  listPersonas,
  listSites,
  migrateToLatest,
  reorderDepartments,
  updateDepartment,
  updateHospital,
  updateJourney,
  updatePainPoint,
  updatePersona,
  updateSite,
  updateStage,
  updateTouchpoint,
} from "../../src/index.ts";
import type { TestDatabase } from "../support/engines.ts";
import { expectError, HOSPITAL_TABLES, newHospital, seedJourney, unwrap } from "../support/fixtures.ts";

const MISSING = "00000000-0000-4000-8000-000000000000";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Registers the CRUD tests; `database` is the file's database (one per engine). */
export function crudSuite(database: () => TestDatabase) {
  describe("CRUD", () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = database();
    });
    it("the schema has every table, and migrating again applies nothing", async () => {
      for (const table of [...HOSPITAL_TABLES, "hospitals", "users", "memberships", "sessions"] as const) {
        expect(Array.isArray(await t.db.selectFrom(table).selectAll().limit(1).execute()), table).toBe(true);
      }
      expect(await migrateToLatest(t.db, t.schema)).toEqual([]);
    });

    describe("hospital", () => {
      it("reads and renames the hospital with a version check", async () => {
        const ctx = await newHospital(t, null, "한빛병원");
        const h = unwrap(await getHospital(ctx));
        expect(h).toMatchObject({ id: ctx.hospitalId, name: "한빛병원", nameEn: "", version: 1 });
        const u = unwrap(await updateHospital(ctx, { version: 1, nameEn: "Hanbit Hospital" }));
        expect(u).toMatchObject({ name: "한빛병원", nameEn: "Hanbit Hospital", version: 2 });
        expect(unwrap(await getHospital(ctx))).toEqual(u);
        expectError(await updateHospital(ctx, { version: 2, name: "" }), "validation_failed", "name");
        expectError(await getHospital({ ...ctx, hospitalId: MISSING }), "not_found");
      });
    });

    describe("sites", () => {
      let ctx: HospitalContext;
      beforeAll(async () => {
        ctx = await newHospital(t);
      });

      it("creates sites at increasing positions and lists them in order", async () => {
        const a = unwrap(await createSite(ctx, { name: " 본원 " }));
        const b = unwrap(await createSite(ctx, { name: "메디컬타워", address: "마포구 1" }));
        expect(a).toMatchObject({ name: "본원", address: "", position: 0, version: 1, hospitalId: ctx.hospitalId });
        expect(b.position).toBe(1);
        expect(a.createdAt).toBe(a.updatedAt);
        expect((await listSites(ctx)).map((s) => s.id)).toEqual([a.id, b.id]);
      });

      it("updates only the given fields and deletes", async () => {
        const s = unwrap(await createSite(ctx, { name: "분원", address: "일산" }));
        const u = unwrap(await updateSite(ctx, s.id, { version: 1, address: "고양시 일산" }));
        expect(u).toMatchObject({ id: s.id, name: "분원", address: "고양시 일산", version: 2, position: s.position });
        expect(u.updatedAt >= s.updatedAt).toBe(true);
        expect((await listSites(ctx)).find((x) => x.id === s.id)).toEqual(u);
        unwrap(await deleteSite(ctx, s.id));
        expect((await listSites(ctx)).some((x) => x.id === s.id)).toBe(false);
        expectError(await deleteSite(ctx, s.id), "not_found");
        expectError(await updateSite(ctx, s.id, { version: 2, name: "x" }), "not_found");
      });

      it("rejects invalid input without writing", async () => {
        const before = await listSites(ctx);
        expectError(await createSite(ctx, { name: "" }), "validation_failed", "name");
        expectError(await createSite(ctx, { address: "x" }), "validation_failed", "name");
        expect(await listSites(ctx)).toEqual(before);
      });
    });

    describe("departments", () => {
      let ctx: HospitalContext;
      beforeAll(async () => {
        ctx = await newHospital(t);
      });

      it("creates with defaults and a site, in creation order", async () => {
        const site = unwrap(await createSite(ctx, { name: "본원" }));
        const a = unwrap(
          await createDepartment(ctx, {
            name: "원무팀",
            nameEn: "Admin",
            code: "ADM",
            siteId: site.id,
            description: "수납",
          }),
        );
        const b = unwrap(await createDepartment(ctx, { name: "약제부" }));
        expect(a).toMatchObject({
          name: "원무팀",
          nameEn: "Admin",
          code: "ADM",
          siteId: site.id,
          description: "수납",
          position: 0,
          version: 1,
        });
        expect(b).toMatchObject({ name: "약제부", nameEn: "", code: "", siteId: null, description: "", position: 1 });
        const listed = await listDepartments(ctx);
        expect(listed.map((d) => d.id)).toEqual([a.id, b.id]);
        expect(listed[0]).toEqual(a);
      });

      it("rejects a site that does not exist", async () => {
        const n = (await listDepartments(ctx)).length;
        expectError(await createDepartment(ctx, { name: "x", siteId: MISSING }), "validation_failed", "siteId");
        expectError(await createDepartment(ctx, { name: "x", code: "A B" }), "validation_failed", "code");
        expect(await listDepartments(ctx)).toHaveLength(n);
      });

      it("updates fields, clears the site and deletes", async () => {
        const site = unwrap(await createSite(ctx, { name: "타워" }));
        const d = unwrap(await createDepartment(ctx, { name: "영상의학과", siteId: site.id }));
        const u = unwrap(
          await updateDepartment(ctx, d.id, { version: 1, name: "영상의학팀", code: "RAD", siteId: null }),
        );
        expect(u).toMatchObject({ name: "영상의학팀", code: "RAD", siteId: null, version: 2, position: d.position });
        const back = unwrap(await updateDepartment(ctx, d.id, { version: 2, siteId: site.id }));
        expect(back).toMatchObject({ siteId: site.id, name: "영상의학팀", version: 3 });
        expectError(await updateDepartment(ctx, d.id, { version: 3, siteId: MISSING }), "validation_failed", "siteId");
        expect((await listDepartments(ctx)).find((x) => x.id === d.id)).toEqual(back);
        unwrap(await deleteDepartment(ctx, d.id));
        expect((await listDepartments(ctx)).some((x) => x.id === d.id)).toBe(false);
        expectError(await deleteDepartment(ctx, d.id), "not_found");
      });
    });

    describe("personas", () => {
      let ctx: HospitalContext;
      beforeAll(async () => {
        ctx = await newHospital(t);
      });

      it("creates with lists and lists by name", async () => {
        const b = unwrap(
          await createPersona(ctx, { name: "박정호", segment: "inpatient", goals: ["안전한 수술", "", " 빠른 퇴원 "] }),
        );
        const a = unwrap(await createPersona(ctx, { name: "김지현" }));
        expect(b).toMatchObject({
          name: "박정호",
          segment: "inpatient",
          goals: ["안전한 수술", "빠른 퇴원"],
          needs: [],
          version: 1,
        });
        expect(a).toMatchObject({ segment: "other", ageGroup: "", description: "", quote: "", frustrations: [] });
        const listed = await listPersonas(ctx);
        expect(listed.map((p) => p.name)).toEqual(["김지현", "박정호"]);
        expect(listed[1]).toEqual(b);
      });

      it("updates and deletes", async () => {
        const p = unwrap(await createPersona(ctx, { name: "최순자", needs: ["큰 글씨"] }));
        const u = unwrap(
          await updatePersona(ctx, p.id, {
            version: 1,
            needs: ["큰 글씨", "사람 안내"],
            ageGroup: "70대",
            segment: "elderly",
          }),
        );
        expect(u).toMatchObject({
          name: "최순자",
          needs: ["큰 글씨", "사람 안내"],
          ageGroup: "70대",
          segment: "elderly",
          version: 2,
        });
        expect((await listPersonas(ctx)).find((x) => x.id === p.id)).toEqual(u);
        expectError(await updatePersona(ctx, p.id, { version: 2, segment: "vip" }), "validation_failed", "segment");
        unwrap(await deletePersona(ctx, p.id));
        expect((await listPersonas(ctx)).some((x) => x.id === p.id)).toBe(false);
        expectError(await deletePersona(ctx, p.id), "not_found");
      });
    });

    describe("journeys", () => {
      let ctx: HospitalContext;
      beforeAll(async () => {
        ctx = await newHospital(t);
      });

      it("creates, lists with counts and persona name, most recently updated first", async () => {
        const persona = unwrap(await createPersona(ctx, { name: "이수민" }));
        const a = unwrap(await createJourney(ctx, { title: "건강검진", personaId: persona.id, status: "published" }));
        expect(a).toMatchObject({
          title: "건강검진",
          personaId: persona.id,
          status: "published",
          description: "",
          version: 1,
        });
        await sleep(5);
        const b = unwrap(await createJourney(ctx, { title: "입원" }));
        expect(b).toMatchObject({ personaId: null, status: "draft" });
        let list = await listJourneys(ctx);
        expect(list.map((j) => j.id)).toEqual([b.id, a.id]);
        expect(list[1]).toMatchObject({ personaName: "이수민", stageCount: 0, touchpointCount: 0 });
        expect(list[0]).toMatchObject({ personaName: null });

        await sleep(5);
        const s = unwrap(await createStage(ctx, a.id, { phase: "before", name: "예약" }));
        unwrap(await createTouchpoint(ctx, s.id, { name: "상담", channel: "phone", element: "humanware" }));
        unwrap(await createTouchpoint(ctx, s.id, { name: "문자", channel: "online", element: "software" }));
        list = await listJourneys(ctx);
        expect(list.map((j) => j.id)).toEqual([a.id, b.id]);
        expect(list[0]).toMatchObject({ stageCount: 1, touchpointCount: 2 });
      });

      it("rejects a persona that does not exist", async () => {
        expectError(await createJourney(ctx, { title: "x", personaId: MISSING }), "validation_failed", "personaId");
        expectError(await createJourney(ctx, { title: " " }), "validation_failed", "title");
      });

      it("updates, sets and clears the persona, and deletes", async () => {
        const persona = unwrap(await createPersona(ctx, { name: "박정호" }));
        const j = unwrap(await createJourney(ctx, { title: "입원 여정" }));
        const u = unwrap(
          await updateJourney(ctx, j.id, {
            version: 1,
            personaId: persona.id,
            status: "published",
            description: "3박 4일",
          }),
        );
        expect(u).toMatchObject({
          title: "입원 여정",
          personaId: persona.id,
          status: "published",
          description: "3박 4일",
          version: 2,
        });
        const cleared = unwrap(await updateJourney(ctx, j.id, { version: 2, personaId: null }));
        expect(cleared.personaId).toBeNull();
        expectError(
          await updateJourney(ctx, j.id, { version: 3, personaId: MISSING }),
          "validation_failed",
          "personaId",
        );
        unwrap(await deleteJourney(ctx, j.id));
        expectError(await getJourneyDetail(ctx, j.id), "not_found");
        expectError(await deleteJourney(ctx, j.id), "not_found");
        expect((await listJourneys(ctx)).some((x) => x.id === j.id)).toBe(false);
      });
    });

    describe("stages, touchpoints and pain points", () => {
      let ctx: HospitalContext;
      beforeAll(async () => {
        ctx = await newHospital(t);
      });

      it("creates a stage with defaults and bumps the journey", async () => {
        const j = unwrap(await createJourney(ctx, { title: "외래" }));
        const s = unwrap(await createStage(ctx, j.id, { phase: "during", name: "진료", actions: ["", "대기"] }));
        expect(s).toMatchObject({
          journeyId: j.id,
          position: 0,
          phase: "during",
          name: "진료",
          goal: "",
          actions: ["대기"],
          thoughts: [],
          emotion: 0,
          opportunities: [],
          version: 1,
        });
        expectError(await createStage(ctx, MISSING, { phase: "before", name: "x" }), "not_found");
        expectError(
          await createStage(ctx, j.id, { phase: "before", name: "x", emotion: 4 }),
          "validation_failed",
          "emotion",
        );
      });

      it("updates and deletes a stage", async () => {
        const j = unwrap(await createJourney(ctx, { title: "외래" }));
        const s = unwrap(await createStage(ctx, j.id, { phase: "before", name: "예약" }));
        const u = unwrap(
          await updateStage(ctx, s.id, {
            version: 1,
            name: "진료 예약",
            thoughts: ["빨리"],
            emotion: -3,
            opportunities: ["알림톡"],
          }),
        );
        expect(u).toMatchObject({
          name: "진료 예약",
          phase: "before",
          thoughts: ["빨리"],
          emotion: -3,
          opportunities: ["알림톡"],
          version: 2,
        });
        expect(unwrap(await getJourneyDetail(ctx, j.id)).stages).toEqual([{ ...u, touchpoints: [] }]);
        unwrap(await deleteStage(ctx, s.id));
        expect(unwrap(await getJourneyDetail(ctx, j.id)).stages).toEqual([]);
        expectError(await deleteStage(ctx, s.id), "not_found");
        expectError(await updateStage(ctx, s.id, { version: 2, name: "x" }), "not_found");
      });

      it("creates a touchpoint with departments, targets and importance, readable back", async () => {
        const seeded = await seedJourney(ctx);
        const [d0, d1] = seeded.departments;
        const t00 = seeded.touchpoints[0][0];
        expect(t00).toMatchObject({
          journeyId: seeded.journey.id,
          stageId: seeded.stages[0].id,
          position: 0,
          name: "콜센터 예약",
          moment: "전화가 연결되는 순간",
          channel: "phone",
          element: "humanware",
          serviceStandard: "3회 이내 응답",
          script: "안녕하십니까",
          dos: ["이름 부르기"],
          donts: ["돌리기"],
          targets: [{ label: "응답 시간", operator: "<=", value: 30, unit: "초" }],
          importance: 5,
          version: 1,
        });
        // Departments keep the order given: the first one is the lead owner.
        expect(t00.departmentIds).toEqual([d1.id, d0.id]);
        expect(unwrap(await getTouchpoint(ctx, t00.id))).toEqual(t00);
        expect(seeded.touchpoints[0][1]).toMatchObject({
          position: 1,
          departmentIds: [],
          targets: [],
          importance: null,
          moment: "",
        });
        expectError(await getTouchpoint(ctx, MISSING), "not_found");
      });

      // Regression: the returned departmentIds were in the order given while reads used department order.
      it("createTouchpoint returns the touchpoint exactly as it is read back", async () => {
        const seeded = await seedJourney(ctx);
        const [d0, d1] = seeded.departments;
        const created = unwrap(
          await createTouchpoint(ctx, seeded.stages[2].id, {
            name: "수납",
            channel: "face_to_face",
            element: "humanware",
            departmentIds: [d1.id, d0.id],
          }),
        );
        expect(created).toEqual(unwrap(await getTouchpoint(ctx, created.id)));
      });

      it("updateTouchpoint with departmentIds returns the touchpoint exactly as it is read back", async () => {
        const seeded = await seedJourney(ctx);
        const [d0, d1] = seeded.departments;
        const tp = seeded.touchpoints[1][1];
        const updated = unwrap(await updateTouchpoint(ctx, tp.id, { version: 1, departmentIds: [d1.id, d0.id] }));
        expect(updated).toEqual(unwrap(await getTouchpoint(ctx, tp.id)));
      });

      it("deduplicates department ids and rejects unknown ones", async () => {
        const seeded = await seedJourney(ctx);
        const [d0] = seeded.departments;
        const s = seeded.stages[2];
        const tp = unwrap(
          await createTouchpoint(ctx, s.id, {
            name: "a",
            channel: "phone",
            element: "software",
            departmentIds: [d0.id, d0.id],
          }),
        );
        expect(tp.departmentIds).toEqual([d0.id]);
        expectError(
          await createTouchpoint(ctx, s.id, {
            name: "b",
            channel: "phone",
            element: "software",
            departmentIds: [d0.id, MISSING],
          }),
          "validation_failed",
          "departmentIds.1",
        );
        expectError(
          await createTouchpoint(ctx, MISSING, { name: "c", channel: "phone", element: "software" }),
          "not_found",
        );
        expect(
          unwrap(await getJourneyDetail(ctx, seeded.journey.id)).stages[2]?.touchpoints.map((x) => x.name),
        ).toEqual(["a"]);
      });

      // Regression: the index was taken in the de-duplicated list (departmentIds.1 instead of .2).
      it("points at the unknown department id's index in the input even after a repeated id", async () => {
        const seeded = await seedJourney(ctx);
        const [d0] = seeded.departments;
        const r = await createTouchpoint(ctx, seeded.stages[2].id, {
          name: "x",
          channel: "phone",
          element: "software",
          departmentIds: [d0.id, d0.id, MISSING],
        });
        expect(expectError(r, "validation_failed").issues?.map((i) => i.path)).toEqual(["departmentIds.2"]);
      });

      it("updates a touchpoint: replaces departments and targets, clears importance", async () => {
        const seeded = await seedJourney(ctx);
        const [d0, d1, d2] = seeded.departments;
        const tp = seeded.touchpoints[0][0];
        const u = unwrap(
          await updateTouchpoint(ctx, tp.id, {
            version: 1,
            departmentIds: [d2.id],
            targets: [{ label: "만족도", operator: ">=", value: 4.5 }],
            importance: null,
            dos: ["눈 맞춤", ""],
            name: "콜센터",
          }),
        );
        expect(u).toMatchObject({
          name: "콜센터",
          departmentIds: [d2.id],
          targets: [{ label: "만족도", operator: ">=", value: 4.5, unit: "" }],
          importance: null,
          dos: ["눈 맞춤"],
          donts: ["돌리기"],
          version: 2,
          stageId: tp.stageId,
          position: 0,
        });
        expect(unwrap(await getTouchpoint(ctx, tp.id))).toEqual(u);
        // Without departmentIds the links are kept.
        const kept = unwrap(await updateTouchpoint(ctx, tp.id, { version: 2, importance: 2 }));
        expect(kept.departmentIds).toEqual([d2.id]);
        const both = unwrap(await updateTouchpoint(ctx, tp.id, { version: 3, departmentIds: [d2.id, d0.id, d1.id] }));
        expect(both.departmentIds).toEqual([d2.id, d0.id, d1.id]);
        expect(unwrap(await getTouchpoint(ctx, tp.id)).departmentIds).toEqual([d2.id, d0.id, d1.id]);
        // Changing only the order is a change too.
        const reordered = unwrap(
          await updateTouchpoint(ctx, tp.id, { version: 4, departmentIds: [d1.id, d2.id, d0.id] }),
        );
        expect(unwrap(await getTouchpoint(ctx, tp.id)).departmentIds).toEqual([d1.id, d2.id, d0.id]);
        expect(reordered.version).toBe(5);
        const none = unwrap(await updateTouchpoint(ctx, tp.id, { version: 5, departmentIds: [] }));
        expect(none.departmentIds).toEqual([]);
        expect(unwrap(await getTouchpoint(ctx, tp.id)).departmentIds).toEqual([]);
        expectError(
          await updateTouchpoint(ctx, tp.id, { version: 6, departmentIds: [MISSING] }),
          "validation_failed",
          "departmentIds.0",
        );
        expect(unwrap(await getTouchpoint(ctx, tp.id)).version).toBe(6);
      });

      it("deletes a touchpoint", async () => {
        const seeded = await seedJourney(ctx);
        const tp = seeded.touchpoints[1][2];
        unwrap(await deleteTouchpoint(ctx, tp.id));
        expectError(await getTouchpoint(ctx, tp.id), "not_found");
        expectError(await deleteTouchpoint(ctx, tp.id), "not_found");
        expectError(await updateTouchpoint(ctx, tp.id, { version: 1, name: "x" }), "not_found");
      });

      it("creates pain points on a touchpoint (stage filled in) or on a stage", async () => {
        const seeded = await seedJourney(ctx);
        const [p0, p1] = seeded.painPoints;
        expect(p0).toMatchObject({
          journeyId: seeded.journey.id,
          stageId: seeded.stages[0].id,
          touchpointId: seeded.touchpoints[0][0].id,
          description: "연결이 늦다",
          severity: "high",
          frequency: "frequent",
          evidence: "hypothesis",
          position: 0,
          version: 1,
        });
        expect(p1).toMatchObject({
          stageId: seeded.stages[0].id,
          touchpointId: null,
          severity: "medium",
          frequency: "occasional",
          position: 1,
        });
      });

      it("rejects pain point anchors outside the journey or inconsistent with each other", async () => {
        const a = await seedJourney(ctx, "A");
        const b = await seedJourney(ctx, "B");
        const jid = a.journey.id;
        expectError(
          await createPainPoint(ctx, jid, {
            stageId: a.stages[0].id,
            touchpointId: a.touchpoints[1][0].id,
            description: "x",
          }),
          "validation_failed",
          "stageId",
        );
        expectError(
          await createPainPoint(ctx, jid, { touchpointId: b.touchpoints[0][0].id, description: "x" }),
          "validation_failed",
          "touchpointId",
        );
        expectError(
          await createPainPoint(ctx, jid, { stageId: b.stages[0].id, description: "x" }),
          "validation_failed",
          "stageId",
        );
        expectError(
          await createPainPoint(ctx, jid, { stageId: MISSING, description: "x" }),
          "validation_failed",
          "stageId",
        );
        expectError(await createPainPoint(ctx, jid, { description: "x" }), "validation_failed", "stageId");
        expectError(await createPainPoint(ctx, MISSING, { stageId: a.stages[0].id, description: "x" }), "not_found");
        expect(unwrap(await getJourneyDetail(ctx, jid)).painPoints).toHaveLength(4);
      });

      it("updates a pain point: its stage follows a new touchpoint; a new stage drops the old touchpoint", async () => {
        const seeded = await seedJourney(ctx);
        const [p0, , , p3] = seeded.painPoints;
        const t10 = seeded.touchpoints[1][0];
        const moved = unwrap(await updatePainPoint(ctx, p0.id, { version: 1, touchpointId: t10.id, severity: "low" }));
        expect(moved).toMatchObject({
          touchpointId: t10.id,
          stageId: seeded.stages[1].id,
          severity: "low",
          description: "연결이 늦다",
          version: 2,
        });
        const toStage = unwrap(await updatePainPoint(ctx, p3.id, { version: 1, stageId: seeded.stages[2].id }));
        expect(toStage).toMatchObject({ stageId: seeded.stages[2].id, touchpointId: null });
        const detached = unwrap(await updatePainPoint(ctx, moved.id, { version: 2, touchpointId: null }));
        expect(detached).toMatchObject({ stageId: seeded.stages[1].id, touchpointId: null });
        const text = unwrap(
          await updatePainPoint(ctx, detached.id, { version: 3, description: " 다시 씀 ", evidence: "measured" }),
        );
        expect(text).toMatchObject({
          description: "다시 씀",
          evidence: "measured",
          stageId: seeded.stages[1].id,
          version: 4,
        });
        expectError(
          await updatePainPoint(ctx, p3.id, { version: 2, touchpointId: MISSING }),
          "validation_failed",
          "touchpointId",
        );
        expect(unwrap(await getJourneyDetail(ctx, seeded.journey.id)).painPoints.find((p) => p.id === text.id)).toEqual(
          text,
        );
      });

      it("deletes a pain point", async () => {
        const seeded = await seedJourney(ctx);
        const [p0] = seeded.painPoints;
        unwrap(await deletePainPoint(ctx, p0.id));
        expect(unwrap(await getJourneyDetail(ctx, seeded.journey.id)).painPoints.map((p) => p.id)).not.toContain(p0.id);
        expectError(await deletePainPoint(ctx, p0.id), "not_found");
        expectError(await updatePainPoint(ctx, p0.id, { version: 1, severity: "low" }), "not_found");
      });
    });

    describe("getJourneyDetail", () => {
      it("returns the journey with persona, ordered stages, ordered touchpoints per stage, departments in owner order and pain points", async () => {
        const ctx = await newHospital(t);
        const s = await seedJourney(ctx);
        // Insert a touchpoint at the front of stage 1 so creation order and position order differ.
        const first = unwrap(
          await createTouchpoint(ctx, s.stages[1].id, {
            name: "안내 데스크",
            channel: "face_to_face",
            element: "humanware",
            position: 0,
          }),
        );
        const d = unwrap(await getJourneyDetail(ctx, s.journey.id));
        expect(d).toMatchObject({ id: s.journey.id, title: s.journey.title, personaId: s.persona.id, status: "draft" });
        expect(d.persona).toEqual(s.persona);
        expect(d.stages.map((x) => x.name)).toEqual(["예약", "접수", "귀가"]);
        expect(d.stages.map((x) => x.position)).toEqual([0, 1, 2]);
        expect(d.stages.map((x) => x.touchpoints.map((tp) => tp.name))).toEqual([
          ["콜센터 예약", "앱 예약"],
          ["안내 데스크", "접수 창구", "키오스크", "번호표"],
          [],
        ]);
        for (const st of d.stages) {
          expect(st.touchpoints.map((tp) => tp.position)).toEqual(st.touchpoints.map((_, i) => i));
          for (const tp of st.touchpoints) expect(tp.stageId).toBe(st.id);
        }
        expect(d.stages[1]?.touchpoints[0]?.id).toBe(first.id);
        const [d0, d1, d2] = s.departments;
        expect(d.stages[0]?.touchpoints[0]?.departmentIds).toEqual([d1.id, d0.id]);
        // Reordering the hospital's departments does not change a touchpoint's owner order.
        unwrap(await reorderDepartments(ctx, { ids: [d2.id, d1.id, d0.id] }));
        unwrap(await reorderDepartments(ctx, { ids: [d0.id, d2.id, d1.id] }));
        expect(unwrap(await getJourneyDetail(ctx, s.journey.id)).stages[0]?.touchpoints[0]?.departmentIds).toEqual([
          d1.id,
          d0.id,
        ]);
        expect(d.stages[1]?.touchpoints[1]?.departmentIds).toEqual([d2.id]);
        expect(d.stages[0]?.touchpoints[0]?.targets).toEqual([
          { label: "응답 시간", operator: "<=", value: 30, unit: "초" },
        ]);
        expect(d.stages[0]).toMatchObject({
          actions: ["전화", "앱"],
          thoughts: ["언제 되지?"],
          emotion: -1,
          opportunities: ["콜백"],
          goal: "진료 예약",
        });
        expect(d.painPoints.map((p) => p.description)).toEqual([
          "연결이 늦다",
          "예약 절차가 복잡하다",
          "줄이 길다",
          "글씨가 작다",
        ]);
        expect(d.painPoints[0]).toEqual(s.painPoints[0]);
      });

      it("has a null persona and no stages for a bare journey", async () => {
        const ctx = await newHospital(t);
        const j = unwrap(await createJourney(ctx, { title: "빈 여정" }));
        const d = unwrap(await getJourneyDetail(ctx, j.id));
        expect(d).toMatchObject({ ...j, persona: null, stages: [], painPoints: [] });
        expect(d.persona).toBeNull();
        expect(d.stages).toEqual([]);
        expect(d.painPoints).toEqual([]);
      });
    });
  });
}
