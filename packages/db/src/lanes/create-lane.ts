import { CreateLaneInput, type Lane, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toLane } from "../rows.ts";
import { newRowBase, nextPosition, requireScoped } from "../shared/scoped-crud.ts";

/** A custom lane appears at the bottom of the map until the layout moves it. */
export async function createLane(ctx: HospitalContext, journeyId: string, input: unknown): Promise<Result<Lane>> {
  const parsed = validate(CreateLaneInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    await requireScoped(trx, ctx, "journeys", "journey", journeyId);
    const row = {
      ...newRowBase(ctx),
      journey_id: journeyId,
      kind: parsed.value.kind,
      name: parsed.value.name,
      position: await nextPosition(trx, ctx, "journey_lanes", { journey_id: journeyId }),
    };
    await trx.insertInto("journey_lanes").values(row).execute();
    const lane = toLane(row);
    await recordAudit(trx, ctx, "create", "lane", lane.id, null, lane);
    return lane;
  });
}
