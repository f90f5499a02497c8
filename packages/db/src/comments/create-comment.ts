import { type Comment, CreateCommentInput, type Result, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, newId, now, Rollback, transact } from "../context.ts";
import { resolvePainPointAnchor } from "../pain-points/resolve-pain-point-anchor.ts";
import { toComment } from "../rows.ts";
import { requireScoped } from "../shared/scoped-crud.ts";

export async function createComment(ctx: HospitalContext, journeyId: string, input: unknown): Promise<Result<Comment>> {
  const parsed = validate(CreateCommentInput, input);
  if (!parsed.ok) return parsed;
  return transact(ctx, async (trx) => {
    await requireScoped(trx, ctx, "journeys", "journey", journeyId);
    // Same anchoring rule as pain points: a touchpoint implies its stage, both in this journey.
    const anchor = await resolvePainPointAnchor(trx, ctx, journeyId, parsed.value.stageId, parsed.value.touchpointId);
    if (!anchor.ok) throw new Rollback(anchor.error);
    const author = ctx.actorId
      ? await trx.selectFrom("users").select("name").where("id", "=", ctx.actorId).executeTakeFirst()
      : undefined;
    const row = {
      id: newId(),
      hospital_id: ctx.hospitalId,
      journey_id: journeyId,
      stage_id: anchor.value.stageId,
      touchpoint_id: anchor.value.touchpointId,
      author_id: ctx.actorId,
      author_name: author?.name ?? "motmap",
      body: parsed.value.body,
      created_at: now(),
    };
    await trx.insertInto("comments").values(row).execute();
    const comment = toComment(row);
    await recordAudit(trx, ctx, "create", "comment", comment.id, null, comment);
    return comment;
  });
}
