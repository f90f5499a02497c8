import type { Result } from "@motmap/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type HospitalContext,
  updateDepartment,
  updateHospital,
  updateJourney,
  updatePainPoint,
  updatePersona,
  updateSite,
  updateStage,
  updateTouchpoint,
} from "../../src/index.ts";
import type { DB } from "../../src/schema.ts";
import type { TestDatabase } from "../support/engines.ts";
import { expectError, newHospital, type Seeded, seedJourney, unwrap } from "../support/fixtures.ts";

type Table = "hospitals" | "sites" | "departments" | "personas" | "journeys" | "stages" | "touchpoints" | "pain_points";

interface Case {
  entity: string;
  table: Table;
  id: (s: Seeded, ctx: HospitalContext) => string;
  update: (ctx: HospitalContext, id: string, input: Record<string, unknown>) => Promise<Result<{ version: number }>>;
  /** Two different patches: the first is applied with the fresh version, the second is the stale attempt. */
  patches: [Record<string, unknown>, Record<string, unknown>];
  /** Column changed by the patches and its value after the first one. */
  column: string;
  expected: unknown;
}

const cases: Case[] = [
  {
    entity: "hospital",
    table: "hospitals",
    id: (_s, ctx) => ctx.hospitalId,
    update: (ctx, _id, input) => updateHospital(ctx, input),
    patches: [{ name: "새이름병원" }, { name: "덮어쓰기병원" }],
    column: "name",
    expected: "새이름병원",
  },
  {
    entity: "site",
    table: "sites",
    id: (s) => s.site.id,
    update: updateSite,
    patches: [{ address: "새 주소" }, { address: "덮어쓰기" }],
    column: "address",
    expected: "새 주소",
  },
  {
    entity: "department",
    table: "departments",
    id: (s) => s.departments[0].id,
    update: updateDepartment,
    patches: [{ code: "NEW" }, { code: "STALE" }],
    column: "code",
    expected: "NEW",
  },
  {
    entity: "persona",
    table: "personas",
    id: (s) => s.persona.id,
    update: updatePersona,
    patches: [{ quote: "새 인용" }, { quote: "덮어쓰기" }],
    column: "quote",
    expected: "새 인용",
  },
  {
    entity: "journey",
    table: "journeys",
    id: (s) => s.journey.id,
    update: updateJourney,
    patches: [{ status: "published" }, { title: "덮어쓰기" }],
    column: "status",
    expected: "published",
  },
  {
    entity: "stage",
    table: "stages",
    id: (s) => s.stages[1].id,
    update: updateStage,
    patches: [{ emotion: 3 }, { emotion: -3 }],
    column: "emotion",
    expected: 3,
  },
  {
    entity: "touchpoint",
    table: "touchpoints",
    id: (s) => s.touchpoints[1][0].id,
    update: updateTouchpoint,
    patches: [{ importance: 4 }, { importance: 1, departmentIds: [] }],
    column: "importance",
    expected: 4,
  },
  {
    entity: "touchpoint (moving)",
    table: "touchpoints",
    id: (s) => s.touchpoints[0][1].id,
    update: updateTouchpoint,
    patches: [{ name: "앱" }, { name: "이동", stageId: "__stage2__" }],
    column: "name",
    expected: "앱",
  },
  {
    entity: "pain point",
    table: "pain_points",
    id: (s) => s.painPoints[2].id,
    update: updatePainPoint,
    patches: [{ severity: "critical" }, { severity: "low", touchpointId: null }],
    column: "severity",
    expected: "critical",
  },
];

/** Registers the optimistic versions tests; `database` is the file's database (one per engine). */
export function versionsSuite(database: () => TestDatabase) {
  describe("optimistic versions", () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = database();
    });
    const readRow = async (table: Table, id: string) =>
      (await t.db
        .selectFrom(table as keyof DB as "sites")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow()) as unknown as Record<string, unknown>;

    it.each(cases)(
      "$entity: a fresh version applies and increments; a stale one conflicts and changes nothing",
      async (c) => {
        const ctx = await newHospital(t);
        const seeded = await seedJourney(ctx);
        const id = c.id(seeded, ctx);
        const fill = (p: Record<string, unknown>) =>
          Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v === "__stage2__" ? seeded.stages[2].id : v]));

        const current = Number((await readRow(c.table, id)).version);
        const applied = unwrap(await c.update(ctx, id, { version: current, ...fill(c.patches[0]) }));
        expect(applied.version).toBe(current + 1);
        const after = await readRow(c.table, id);
        expect(Number(after.version)).toBe(current + 1);
        expect(after[c.column]).toEqual(c.expected);

        // The version the client read before the update is now stale.
        const stale = expectError(
          await c.update(ctx, id, { version: current, ...fill(c.patches[1]) }),
          "version_conflict",
        );
        expect(stale.details).toEqual({ currentVersion: current + 1 });
        expect(stale.message).toContain(`current version ${current + 1}`);
        // A version from the future conflicts too.
        const future = expectError(
          await c.update(ctx, id, { version: current + 5, ...fill(c.patches[1]) }),
          "version_conflict",
        );
        expect(future.details).toEqual({ currentVersion: current + 1 });
        expect(await readRow(c.table, id)).toEqual(after);

        // The fresh version still works after the conflicts.
        const again = unwrap(await c.update(ctx, id, { version: current + 1, ...fill(c.patches[0]) }));
        expect(again.version).toBe(current + 2);
      },
    );

    it("a stale touchpoint update leaves its departments and pain points as they were", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      const tp = s.touchpoints[0][0];
      const links = async () =>
        (
          await t.db
            .selectFrom("touchpoint_departments")
            .select("department_id")
            .where("touchpoint_id", "=", tp.id)
            .execute()
        )
          .map((r) => r.department_id)
          .sort();
      const before = await links();
      unwrap(await updateTouchpoint(ctx, tp.id, { version: 1, name: "콜센터" }));
      expectError(
        await updateTouchpoint(ctx, tp.id, {
          version: 1,
          departmentIds: [s.departments[2].id],
          stageId: s.stages[1].id,
        }),
        "version_conflict",
      );
      expect(await links()).toEqual(before);
      const pain = await t.db
        .selectFrom("pain_points")
        .select("stage_id")
        .where("id", "=", s.painPoints[0].id)
        .executeTakeFirstOrThrow();
      expect(pain.stage_id).toBe(s.stages[0].id);
      const row = await readRow("touchpoints", tp.id);
      expect(row).toMatchObject({ stage_id: s.stages[0].id, position: 0, name: "콜센터" });
    });

    it("a missing version is a validation error, not a conflict", async () => {
      const ctx = await newHospital(t);
      const s = await seedJourney(ctx);
      expectError(await updateStage(ctx, s.stages[0].id, { name: "x" }), "validation_failed", "version");
      expectError(await updateJourney(ctx, s.journey.id, { version: 0 }), "validation_failed", "version");
    });
  });
}
