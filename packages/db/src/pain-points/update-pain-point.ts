import { type PainPoint, type Result, UpdatePainPointInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toColumns, toPainPoint } from "../rows.ts";
import { requireScoped, updateScoped } from "../shared/scoped-crud.ts";
import { resolvePainPointAnchor } from "./resolve-pain-point-anchor.ts";

export async function updatePainPoint(ctx: HospitalContext, id: string, input: unknown): Promise<Result<PainPoint>> {
  const parsed = validate(UpdatePainPointInput, input);
  if (!parsed.ok) return parsed;
  const { version, stageId, touchpointId, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const before = toPainPoint(await requireScoped(trx, ctx, "pain_points", "pain point", id));
    const columns = toColumns(patch);
    if (stageId !== undefined || touchpointId !== undefined) {
      const anchor = await resolvePainPointAnchor(
        trx,
        ctx,
        before.journeyId,
        stageId !== undefined ? stageId : touchpointId ? null : before.stageId,
        // Moving to another stage detaches it from a touchpoint of the old stage.
        touchpointId !== undefined
          ? touchpointId
          : stageId !== undefined && stageId !== before.stageId
            ? null
            : before.touchpointId,
      );
      if (!anchor.ok) throw new Rollback(anchor.error);
      columns.stage_id = anchor.value.stageId;
      columns.touchpoint_id = anchor.value.touchpointId;
    }
    const after = toPainPoint(await updateScoped(trx, ctx, "pain_points", "pain point", id, version, columns));
    await recordAudit(trx, ctx, "update", "pain_point", id, before, after);
    return after;
  });
}
