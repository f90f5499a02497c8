import { CreateStageInput, insertionIndex, type Result, type Stage, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { stageContentColumns, toStage } from "../rows.ts";
import { newRowBase, requireScoped, shiftPositions, siblingIds, touchScoped } from "../shared/scoped-crud.ts";

export async function createStage(ctx: HospitalContext, journeyId: string, input: unknown): Promise<Result<Stage>> {
  const parsed = validate(CreateStageInput, input);
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  return transact(ctx, async (trx) => {
    await requireScoped(trx, ctx, "journeys", "journey", journeyId);
    const count = (await siblingIds(trx, ctx, "stages", { journey_id: journeyId })).length;
    const position = insertionIndex(count, s.position);
    await shiftPositions(trx, ctx, "stages", { journey_id: journeyId }, position);
    const row = {
      ...newRowBase(ctx),
      journey_id: journeyId,
      position,
      ...stageContentColumns(s),
    };
    await trx.insertInto("stages").values(row).execute();
    await touchScoped(trx, ctx, "journeys", journeyId);
    const created = toStage(row);
    await recordAudit(trx, ctx, "create", "stage", created.id, null, created);
    return created;
  });
}
