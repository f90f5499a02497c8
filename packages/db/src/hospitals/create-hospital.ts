import type { Hospital } from "@motmap/core";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { newId, now } from "../context.ts";
import { toHospital } from "../rows.ts";
import type { DB } from "../schema.ts";

/** Creates a hospital and, when given, makes `ownerId` its owner. */
export async function createHospital(
  db: Kysely<DB>,
  input: { name: string; nameEn?: string },
  ownerId: string | null,
): Promise<Hospital> {
  return db.transaction().execute(async (trx) => {
    const at = now();
    const row = {
      id: newId(),
      name: input.name,
      name_en: input.nameEn ?? "",
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await trx.insertInto("hospitals").values(row).execute();
    if (ownerId) {
      await trx
        .insertInto("memberships")
        .values({ user_id: ownerId, hospital_id: row.id, role: "owner", created_at: at })
        .execute();
    }
    const hospital = toHospital(row);
    await recordAudit(trx, { db, hospitalId: row.id, actorId: ownerId }, "create", "hospital", row.id, null, hospital);
    return hospital;
  });
}
