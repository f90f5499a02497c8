import { CreateSiteInput, type Result, type Site, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toSite } from "../rows.ts";
import { newRowBase, nextPosition } from "../shared/scoped-crud.ts";

export async function createSite(ctx: HospitalContext, input: unknown): Promise<Result<Site>> {
  const parsed = validate(CreateSiteInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    const row = {
      ...newRowBase(ctx),
      name: parsed.value.name,
      address: parsed.value.address,
      position: await nextPosition(trx, ctx, "sites"),
    };
    await trx.insertInto("sites").values(row).execute();
    const created = toSite(row);
    await recordAudit(trx, ctx, "create", "site", created.id, null, created);
    return created;
  });
}
