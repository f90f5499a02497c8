import { type Result, type Stage, UpdateStageInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toColumns, toStage } from "../rows.ts";
import { requireScoped, updateScoped } from "../shared/scoped-crud.ts";

export async function updateStage(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Stage>> {
  const parsed = validate(UpdateStageInput, input);
  if (!parsed.ok) return parsed;
  const { version, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const before = toStage(await requireScoped(trx, ctx, "stages", "stage", id));
    const after = toStage(await updateScoped(trx, ctx, "stages", "stage", id, version, toColumns(patch)));
    await recordAudit(trx, ctx, "update", "stage", id, before, after);
    return after;
  });
}
