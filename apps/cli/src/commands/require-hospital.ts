import type { DB, HospitalContext } from "@motmap/db";
import type { Kysely } from "kysely";
import { CliError } from "../cli-error.ts";

/** CLI actions act as the system (no user), in the hospital named by --hospital or the only one. */
export async function requireHospital(db: Kysely<DB>, hospitalId: string | undefined): Promise<HospitalContext> {
  const hospitals = await db.selectFrom("hospitals").select(["id", "name"]).orderBy("created_at").execute();
  if (hospitalId) {
    if (!hospitals.some((h) => h.id === hospitalId)) throw new CliError(`no hospital with id ${hospitalId}`);
    return { db, hospitalId, actorId: null };
  }
  if (hospitals.length === 1 && hospitals[0]) return { db, hospitalId: hospitals[0].id, actorId: null };
  throw new CliError(
    `--hospital is required; hospitals: ${hospitals.map((h) => `${h.id} (${h.name})`).join(", ") || "none"}`,
  );
}
