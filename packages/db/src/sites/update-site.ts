import { type Result, type Site, UpdateSiteInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toColumns, toSite } from "../rows.ts";
import { requireScoped, updateScoped } from "../shared/scoped-crud.ts";

export async function updateSite(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Site>> {
  const parsed = validate(UpdateSiteInput, input);
  if (!parsed.ok) return parsed;
  const { version, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const before = toSite(await requireScoped(trx, ctx, "sites", "site", id));
    const after = toSite(await updateScoped(trx, ctx, "sites", "site", id, version, toColumns(patch)));
    await recordAudit(trx, ctx, "update", "site", id, before, after);
    return after;
  });
}
