import { CreateVocSavedViewInput, type Result, type VocSavedView, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, newId, now, transact } from "../context.ts";

/** A member's own named filter of the VOC list ("내 담당 지연 건"). */
export async function createVocSavedView(ctx: HospitalContext, input: unknown): Promise<Result<VocSavedView>> {
  const parsed = validate(CreateVocSavedViewInput, input);
  if (!parsed.ok) return parsed;
  const actorId = ctx.actorId;
  if (!actorId) return { ok: false, error: { code: "forbidden", message: "saved views belong to a person" } };
  return transact(ctx, async (trx) => {
    const view: VocSavedView = { id: newId(), name: parsed.value.name, filter: parsed.value.filter, createdAt: now() };
    await trx
      .insertInto("voc_saved_views")
      .values({
        id: view.id,
        hospital_id: ctx.hospitalId,
        user_id: actorId,
        name: view.name,
        filter: JSON.stringify(view.filter),
        created_at: view.createdAt,
      })
      .execute();
    await recordAudit(trx, ctx, "create", "voc_saved_view", view.id, null, view);
    return view;
  });
}
