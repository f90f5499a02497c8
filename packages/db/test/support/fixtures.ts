import type {
  Department,
  DomainError,
  ErrorCode,
  Journey,
  PainPoint,
  Persona,
  Result,
  Site,
  Stage,
  Touchpoint,
} from "@motmap/core";
import { expect } from "vitest";
import {
  createDepartment,
  createHospital,
  createJourney,
  createPainPoint,
  createPersona,
  createSite,
  createStage,
  createTouchpoint,
  type HospitalContext,
} from "../../src/index.ts";
import type { TestDatabase } from "./engines.ts";

/** The value of a successful result; fails the test with the error message otherwise. */
export function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Asserts a failed result with `code` (and, when given, an issue at `path`) and returns the error. */
export function expectError(r: Result<unknown>, code: ErrorCode, path?: string): DomainError {
  expect(r.ok ? "ok" : r.error.code, r.ok ? "expected an error" : r.error.message).toBe(code);
  if (r.ok) throw new Error("unreachable");
  if (path !== undefined) expect(r.error.issues?.map((i) => i.path)).toContain(path);
  return r.error;
}

let hospitals = 0;
/** A new hospital and a context on it; the actor is a system actor unless given. */
export async function newHospital(
  t: TestDatabase,
  actorId: string | null = null,
  name?: string,
): Promise<HospitalContext> {
  const h = await createHospital(t.db, { name: name ?? `테스트병원 ${++hospitals}` }, null);
  return { db: t.db, hospitalId: h.id, actorId };
}

/** A user row without argon2 hashing (for tests that do not log in). */
export async function insertUser(
  t: TestDatabase,
  name: string,
  email = `${crypto.randomUUID()}@test.kr`,
): Promise<string> {
  const id = crypto.randomUUID();
  await t.db
    .insertInto("users")
    .values({ id, email, name, password_hash: "not-a-hash", locale: "ko", created_at: new Date().toISOString() })
    .execute();
  return id;
}

export interface Seeded {
  site: Site;
  departments: [Department, Department, Department];
  persona: Persona;
  journey: Journey;
  stages: [Stage, Stage, Stage];
  /** Touchpoints per stage, in order: stage 0 has two, stage 1 three, stage 2 none. */
  touchpoints: [[Touchpoint, Touchpoint], [Touchpoint, Touchpoint, Touchpoint], []];
  /** p0 on touchpoint 0/0, p1 on stage 0, p2 on touchpoint 1/0, p3 on touchpoint 1/1. */
  painPoints: [PainPoint, PainPoint, PainPoint, PainPoint];
}

/** A small but complete journey: site, departments, persona, three stages, touchpoints and pain points. */
export async function seedJourney(ctx: HospitalContext, title = "첫 방문 외래 여정"): Promise<Seeded> {
  const site = unwrap(await createSite(ctx, { name: "본원", address: "서울시 마포구" }));
  const d0 = unwrap(await createDepartment(ctx, { name: "원무팀", code: "ADM", siteId: site.id }));
  const d1 = unwrap(await createDepartment(ctx, { name: "예약센터", code: "CALL" }));
  const d2 = unwrap(await createDepartment(ctx, { name: "외래간호팀", code: "OPD" }));
  const persona = unwrap(
    await createPersona(ctx, {
      name: "김지현",
      segment: "first_visit_outpatient",
      ageGroup: "40대",
      goals: ["한 번에 끝내기"],
      needs: ["순서 안내"],
      frustrations: ["긴 대기"],
      quote: "처음이라 모르겠어요",
    }),
  );
  const journey = unwrap(
    await createJourney(ctx, { title, personaId: persona.id, description: "의뢰서를 들고 처음 온 환자" }),
  );
  const s0 = unwrap(
    await createStage(ctx, journey.id, {
      phase: "before",
      name: "예약",
      goal: "진료 예약",
      actions: ["전화", "앱"],
      thoughts: ["언제 되지?"],
      emotion: -1,
      opportunities: ["콜백"],
    }),
  );
  const s1 = unwrap(await createStage(ctx, journey.id, { phase: "during", name: "접수", emotion: -2 }));
  const s2 = unwrap(await createStage(ctx, journey.id, { phase: "after", name: "귀가", emotion: 1 }));
  const t00 = unwrap(
    await createTouchpoint(ctx, s0.id, {
      name: "콜센터 예약",
      moment: "전화가 연결되는 순간",
      channel: "phone",
      element: "humanware",
      departmentIds: [d1.id, d0.id],
      serviceStandard: "3회 이내 응답",
      script: "안녕하십니까",
      dos: ["이름 부르기"],
      donts: ["돌리기"],
      targets: [{ label: "응답 시간", operator: "<=", value: 30, unit: "초" }],
      importance: 5,
    }),
  );
  const t01 = unwrap(await createTouchpoint(ctx, s0.id, { name: "앱 예약", channel: "online", element: "software" }));
  const t10 = unwrap(
    await createTouchpoint(ctx, s1.id, {
      name: "접수 창구",
      channel: "face_to_face",
      element: "humanware",
      departmentIds: [d2.id],
    }),
  );
  const t11 = unwrap(
    await createTouchpoint(ctx, s1.id, {
      name: "키오스크",
      channel: "face_to_face",
      element: "hardware",
      importance: 3,
    }),
  );
  const t12 = unwrap(
    await createTouchpoint(ctx, s1.id, { name: "번호표", channel: "face_to_face", element: "hardware" }),
  );
  const p0 = unwrap(
    await createPainPoint(ctx, journey.id, {
      touchpointId: t00.id,
      description: "연결이 늦다",
      severity: "high",
      frequency: "frequent",
    }),
  );
  const p1 = unwrap(await createPainPoint(ctx, journey.id, { stageId: s0.id, description: "예약 절차가 복잡하다" }));
  const p2 = unwrap(
    await createPainPoint(ctx, journey.id, { touchpointId: t10.id, description: "줄이 길다", evidence: "observed" }),
  );
  const p3 = unwrap(
    await createPainPoint(ctx, journey.id, { touchpointId: t11.id, description: "글씨가 작다", severity: "critical" }),
  );
  return {
    site,
    departments: [d0, d1, d2],
    persona,
    journey,
    stages: [s0, s1, s2],
    touchpoints: [[t00, t01], [t10, t11, t12], []],
    painPoints: [p0, p1, p2, p3],
  };
}

export const HOSPITAL_TABLES = [
  "sites",
  "departments",
  "personas",
  "journeys",
  "stages",
  "touchpoints",
  "touchpoint_departments",
  "pain_points",
  "audit_log",
] as const;

/** Row counts of every hospital-data table for one hospital. */
export async function countRows(
  t: TestDatabase,
  hospitalId: string,
): Promise<Record<(typeof HOSPITAL_TABLES)[number], number>> {
  const out = {} as Record<(typeof HOSPITAL_TABLES)[number], number>;
  for (const table of HOSPITAL_TABLES) {
    const row = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as("n"))
      .where("hospital_id", "=", hospitalId)
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

/** Every hospital-data row of one hospital, sorted by id: a snapshot to compare before/after. */
export async function snapshot(
  t: TestDatabase,
  hospitalId: string,
  tables: readonly (typeof HOSPITAL_TABLES)[number][] = HOSPITAL_TABLES,
) {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = await t.db.selectFrom(table).selectAll().where("hospital_id", "=", hospitalId).execute();
    out[table] = rows
      .map((r) => ({ ...r }) as Record<string, unknown>)
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

/** Positions of the rows of `table` with `column = value`, ordered by position, with their ids. */
export async function positions(
  t: TestDatabase,
  table: "stages" | "touchpoints" | "departments" | "sites",
  where?: { column: "journey_id" | "stage_id"; value: string },
  hospitalId?: string,
): Promise<{ id: string; position: number }[]> {
  let q = t.db.selectFrom(table as "stages").select(["id", "position"]);
  if (where) q = q.where(where.column as "journey_id", "=", where.value);
  if (hospitalId) q = q.where("hospital_id", "=", hospitalId);
  const rows = await q.orderBy("position").execute();
  return rows.map((r) => ({ id: r.id, position: Number(r.position) }));
}
