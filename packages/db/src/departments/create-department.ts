import { CreateDepartmentInput, type Department, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toDepartment } from "../rows.ts";
import { findScoped, newRowBase, nextPosition, referenceError } from "../shared/scoped-crud.ts";

export async function createDepartment(ctx: HospitalContext, input: unknown): Promise<Result<Department>> {
  const parsed = validate(CreateDepartmentInput, input);
  if (!parsed.ok) return parsed;
  const d = parsed.value;
  return transact(ctx, async (trx) => {
    if (d.siteId && !(await findScoped(trx, ctx, "sites", d.siteId))) {
      throw new Rollback(referenceError("siteId", "no such site in this hospital"));
    }
    const row = {
      ...newRowBase(ctx),
      name: d.name,
      name_en: d.nameEn,
      code: d.code,
      site_id: d.siteId,
      description: d.description,
      position: await nextPosition(trx, ctx, "departments"),
    };
    await trx.insertInto("departments").values(row).execute();
    const created = toDepartment(row);
    await recordAudit(trx, ctx, "create", "department", created.id, null, created);
    return created;
  });
}
