import { type Lane, type Result, UpdateLaneInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toLane } from "../rows.ts";
import { requireScoped, updateScoped } from "../shared/scoped-crud.ts";

export async function updateLane(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Lane>> {
  const parsed = validate(UpdateLaneInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    const before = toLane(await requireScoped(trx, ctx, "journey_lanes", "lane", id));
    const after = toLane(
      await updateScoped(trx, ctx, "journey_lanes", "lane", id, parsed.value.version, { name: parsed.value.name }),
    );
    await recordAudit(trx, ctx, "update", "lane", id, before, after);
    return after;
  });
}
