import { type Department, type Result, UpdateDepartmentInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toColumns, toDepartment } from "../rows.ts";
import { findScoped, referenceError, requireScoped, updateScoped } from "../shared/scoped-crud.ts";

export async function updateDepartment(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Department>> {
  const parsed = validate(UpdateDepartmentInput, input);
  if (!parsed.ok) return parsed;
  const { version, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const before = toDepartment(await requireScoped(trx, ctx, "departments", "department", id));
    if (patch.siteId && !(await findScoped(trx, ctx, "sites", patch.siteId))) {
      throw new Rollback(referenceError("siteId", "no such site in this hospital"));
    }
    const after = toDepartment(
      await updateScoped(trx, ctx, "departments", "department", id, version, toColumns(patch)),
    );
    await recordAudit(trx, ctx, "update", "department", id, before, after);
    return after;
  });
}
