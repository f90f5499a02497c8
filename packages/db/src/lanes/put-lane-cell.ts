import { type LaneCell, notFound, PutLaneCellInput, type Result, validate, versionConflict } from "@motmap/core";
import { sql } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { toLaneCell } from "../rows.ts";
import { newRowBase, referenceError, requireScoped } from "../shared/scoped-crud.ts";

/**
 * Writes one cell of a custom lane. Without `version` it creates the cell (409 if someone
 * created it first); with `version` it is a compare-and-swap like every other update.
 */
export async function putLaneCell(
  ctx: HospitalContext,
  laneId: string,
  stageId: string,
  input: unknown,
): Promise<Result<LaneCell>> {
  const parsed = validate(PutLaneCellInput, input);
  if (!parsed.ok) return parsed;
  const { version, text, score } = parsed.value;
  return transact(ctx, async (trx) => {
    const lane = await requireScoped(trx, ctx, "journey_lanes", "lane", laneId);
    const stage = await requireScoped(trx, ctx, "stages", "stage", stageId);
    if (stage.journey_id !== lane.journey_id)
      throw new Rollback(referenceError("stageId", "not a stage of this lane's journey"));
    if (lane.kind === "text" && score !== undefined && score !== null) {
      throw new Rollback(referenceError("score", "a text lane has no scores"));
    }
    const find = () =>
      trx
        .selectFrom("lane_cells")
        .selectAll()
        .where("hospital_id", "=", ctx.hospitalId)
        .where("lane_id", "=", laneId)
        .where("stage_id", "=", stageId)
        .executeTakeFirst();
    const existing = await find();
    const cellId = `${laneId}/${stageId}`;
    if (!existing) {
      if (version !== undefined) throw new Rollback(notFound("cell", cellId));
      const row = { ...newRowBase(ctx), lane_id: laneId, stage_id: stageId, text: text ?? "", score: score ?? null };
      await trx.insertInto("lane_cells").values(row).execute();
      const cell = toLaneCell(row);
      await recordAudit(trx, ctx, "create", "lane_cell", cellId, null, cell);
      return cell;
    }
    if (version === undefined || version !== existing.version) {
      throw new Rollback(versionConflict("cell", cellId, Number(existing.version)));
    }
    await trx
      .updateTable("lane_cells")
      .set({
        ...(text !== undefined ? { text } : {}),
        ...(score !== undefined ? { score } : {}),
        version: sql<number>`version + 1`,
        updated_at: now(),
      })
      .where("id", "=", existing.id)
      .where("version", "=", version)
      .execute();
    const after = toLaneCell((await find()) as NonNullable<typeof existing>);
    await recordAudit(trx, ctx, "update", "lane_cell", cellId, toLaneCell(existing), after);
    return after;
  });
}
