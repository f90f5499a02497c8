import { CreatePainPointInput, type PainPoint, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, Rollback, transact } from "../context.ts";
import { toPainPoint } from "../rows.ts";
import { newRowBase, nextPosition, requireScoped } from "../shared/scoped-crud.ts";
import { resolvePainPointAnchor } from "./resolve-pain-point-anchor.ts";

export async function createPainPoint(
  ctx: HospitalContext,
  journeyId: string,
  input: unknown,
): Promise<Result<PainPoint>> {
  const parsed = validate(CreatePainPointInput, input);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  return transact(ctx, async (trx) => {
    await requireScoped(trx, ctx, "journeys", "journey", journeyId);
    const anchor = await resolvePainPointAnchor(trx, ctx, journeyId, p.stageId, p.touchpointId);
    if (!anchor.ok) throw new Rollback(anchor.error);
    const row = {
      ...newRowBase(ctx),
      journey_id: journeyId,
      stage_id: anchor.value.stageId,
      touchpoint_id: anchor.value.touchpointId,
      position: await nextPosition(trx, ctx, "pain_points", { journey_id: journeyId }),
      description: p.description,
      severity: p.severity,
      frequency: p.frequency,
      evidence: p.evidence,
    };
    await trx.insertInto("pain_points").values(row).execute();
    const created = toPainPoint(row);
    await recordAudit(trx, ctx, "create", "pain_point", created.id, null, created);
    return created;
  });
}
