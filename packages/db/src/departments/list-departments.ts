import type { Department } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toDepartment } from "../rows.ts";

export async function listDepartments(ctx: HospitalContext): Promise<Department[]> {
  const rows = await ctx.db
    .selectFrom("departments")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .orderBy("created_at")
    .execute();
  return rows.map(toDepartment);
}
