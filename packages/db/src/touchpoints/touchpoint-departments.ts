import type { Transaction } from "kysely";
import { type HospitalContext, Rollback } from "../context.ts";
import type { DB } from "../schema.ts";
import { referenceError } from "../shared/scoped-crud.ts";

/**
 * Replaces a touchpoint's owning departments, keeping the order given (the first is the lead
 * owner); every id must be a department of this hospital.
 */
export async function setTouchpointDepartments(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  touchpointId: string,
  departmentIds: readonly string[],
): Promise<string[]> {
  const unique = [...new Set(departmentIds)];
  if (unique.length > 0) {
    const found = await trx
      .selectFrom("departments")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .where("id", "in", unique)
      .execute();
    const known = new Set(found.map((d) => d.id));
    const missing = departmentIds.findIndex((id) => !known.has(id));
    if (missing >= 0) {
      throw new Rollback(referenceError(`departmentIds.${missing}`, "no such department in this hospital"));
    }
  }
  await trx.deleteFrom("touchpoint_departments").where("touchpoint_id", "=", touchpointId).execute();
  if (unique.length > 0) {
    await trx
      .insertInto("touchpoint_departments")
      .values(
        unique.map((department_id, position) => ({
          touchpoint_id: touchpointId,
          department_id,
          hospital_id: ctx.hospitalId,
          position,
        })),
      )
      .execute();
  }
  return unique;
}

export async function departmentIdsOf(
  trx: Transaction<DB> | HospitalContext["db"],
  ctx: HospitalContext,
  touchpointId: string,
) {
  const rows = await trx
    .selectFrom("touchpoint_departments")
    .select("touchpoint_departments.department_id")
    .where("touchpoint_departments.hospital_id", "=", ctx.hospitalId)
    .where("touchpoint_departments.touchpoint_id", "=", touchpointId)
    .orderBy("touchpoint_departments.position")
    .execute();
  return rows.map((r) => r.department_id);
}
