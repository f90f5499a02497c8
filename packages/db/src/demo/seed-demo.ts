import { DEMO_HOSPITAL } from "@motmap/core/demo";
import type { Kysely } from "kysely";
import type { HospitalContext } from "../context.ts";
import { createDepartment } from "../departments/create-department.ts";
import { createHospital } from "../hospitals/create-hospital.ts";
import { importJourney } from "../journeys/import-journey.ts";
import { createPersona } from "../personas/create-persona.ts";
import type { DB } from "../schema.ts";
import { createSite } from "../sites/create-site.ts";
import { createUser } from "../users/create-user.ts";
import { seedDemoFollowUp } from "./seed-demo-follow-up.ts";

export { DEMO_CALLER_LOGIN } from "./seed-demo-follow-up.ts";

import { seedDemoResponses } from "./seed-demo-responses.ts";
import { seedDemoVoc } from "./seed-demo-voc.ts";

export const DEMO_LOGIN = { email: "demo@motmap.kr", password: "motmap-demo-2026" } as const;
export const DEMO_VIEWER_LOGIN = { email: "viewer@motmap.kr", password: "motmap-demo-2026" } as const;

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }, what: string): T => {
  if (!r.ok) throw new Error(`demo seed: ${what}: ${r.error.message}`);
  return r.value;
};

/**
 * The demo: 한빛대학교병원 with its departments, personas and three journeys, owned by the demo
 * account; a second, smaller hospital where the demo account is only a viewer (shows the
 * hospital switcher and role limits); and a viewer account on the main hospital.
 */
export async function seedDemo(db: Kysely<DB>): Promise<{ hospitalId: string; secondHospitalId: string }> {
  const owner = unwrap(await createUser(db, { ...DEMO_LOGIN, name: "김하늘 (고객경험팀장)" }), "demo user");
  const viewer = unwrap(await createUser(db, { ...DEMO_VIEWER_LOGIN, name: "이서준 (외래간호팀)" }), "viewer user");

  const hospital = await createHospital(db, { name: DEMO_HOSPITAL.name, nameEn: DEMO_HOSPITAL.nameEn }, owner.id);
  const ctx: HospitalContext = { db, hospitalId: hospital.id, actorId: owner.id };
  await db
    .insertInto("memberships")
    .values({ user_id: viewer.id, hospital_id: hospital.id, role: "viewer", created_at: hospital.createdAt })
    .execute();

  await seedDemoOrganisation(ctx);
  for (const p of DEMO_HOSPITAL.personas) unwrap(await createPersona(ctx, p), `persona ${p.name}`);
  for (const j of DEMO_HOSPITAL.journeys) unwrap(await importJourney(ctx, j), `journey ${j.title}`);
  await seedDemoResponses(ctx);
  await seedDemoVoc(ctx);
  await seedDemoFollowUp(ctx);

  const second = await createHospital(db, { name: "새봄연합의원", nameEn: "Saebom Clinic" }, null);
  await db
    .insertInto("memberships")
    .values({ user_id: owner.id, hospital_id: second.id, role: "viewer", created_at: second.createdAt })
    .execute();
  const secondCtx: HospitalContext = { db, hospitalId: second.id, actorId: null };
  const checkup = DEMO_HOSPITAL.journeys[DEMO_HOSPITAL.journeys.length - 1];
  if (checkup)
    unwrap(await importJourney(secondCtx, { ...checkup, title: "새봄 건강검진 여정" }), "second hospital journey");

  return { hospitalId: hospital.id, secondHospitalId: second.id };
}

/** The demo hospital's sites and its departments, each at its site (DEMO_HOSPITAL.departmentSites). */
export async function seedDemoOrganisation(ctx: HospitalContext): Promise<void> {
  const siteIds = new Map<string, string>();
  for (const site of DEMO_HOSPITAL.sites)
    siteIds.set(site.name, unwrap(await createSite(ctx, site), `site ${site.name}`).id);
  for (const d of DEMO_HOSPITAL.departments) {
    const siteId = siteIds.get(DEMO_HOSPITAL.departmentSites[d.name] ?? "") ?? null;
    unwrap(await createDepartment(ctx, { ...d, siteId }), `department ${d.name}`);
  }
}

/** Deletes every hospital and account (cascades), for `motmap demo`. */
export async function clearAll(db: Kysely<DB>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom("hospitals").execute();
    await trx.deleteFrom("sessions").execute();
    await trx.deleteFrom("users").execute();
  });
}

export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
  const row = await db.selectFrom("hospitals").select("id").limit(1).executeTakeFirst();
  return row === undefined;
}
