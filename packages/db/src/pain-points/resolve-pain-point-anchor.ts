import type { Result } from "@motmap/core";
import type { Transaction } from "kysely";
import type { HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";
import { findScoped, referenceError } from "../shared/scoped-crud.ts";

/**
 * A pain point always records its stage; when it names a touchpoint, the stage is the
 * touchpoint's. Both must belong to the journey.
 */
export async function resolvePainPointAnchor(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  journeyId: string,
  stageId: string | null,
  touchpointId: string | null,
): Promise<Result<{ stageId: string; touchpointId: string | null }>> {
  if (touchpointId) {
    const t = await findScoped(trx, ctx, "touchpoints", touchpointId);
    if (!t || t.journey_id !== journeyId) {
      return { ok: false, error: referenceError("touchpointId", "no such touchpoint in this journey") };
    }
    if (stageId && stageId !== t.stage_id) {
      return { ok: false, error: referenceError("stageId", "the touchpoint belongs to another stage") };
    }
    return { ok: true, value: { stageId: t.stage_id, touchpointId } };
  }
  if (!stageId) return { ok: false, error: referenceError("stageId", "set a stageId or a touchpointId") };
  const s = await findScoped(trx, ctx, "stages", stageId);
  if (!s || s.journey_id !== journeyId) {
    return { ok: false, error: referenceError("stageId", "no such stage in this journey") };
  }
  return { ok: true, value: { stageId, touchpointId: null } };
}
