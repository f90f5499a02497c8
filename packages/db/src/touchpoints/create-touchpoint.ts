import { CreateTouchpointInput, insertionIndex, type Result, type Touchpoint, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toTouchpoint, touchpointContentColumns } from "../rows.ts";
import { newRowBase, requireScoped, shiftPositions, siblingIds } from "../shared/scoped-crud.ts";
import { setTouchpointDepartments } from "./touchpoint-departments.ts";

export async function createTouchpoint(
  ctx: HospitalContext,
  stageId: string,
  input: unknown,
): Promise<Result<Touchpoint>> {
  const parsed = validate(CreateTouchpointInput, input);
  if (!parsed.ok) return parsed;
  const t = parsed.value;
  return transact(ctx, async (trx) => {
    const stage = await requireScoped(trx, ctx, "stages", "stage", stageId);
    const count = (await siblingIds(trx, ctx, "touchpoints", { stage_id: stageId })).length;
    const position = insertionIndex(count, t.position);
    await shiftPositions(trx, ctx, "touchpoints", { stage_id: stageId }, position);
    const row = {
      ...newRowBase(ctx),
      journey_id: stage.journey_id,
      stage_id: stageId,
      position,
      ...touchpointContentColumns(t),
    };
    await trx.insertInto("touchpoints").values(row).execute();
    const departmentIds = await setTouchpointDepartments(trx, ctx, row.id, t.departmentIds);
    const created = toTouchpoint(row, departmentIds);
    await recordAudit(trx, ctx, "create", "touchpoint", created.id, null, created);
    return created;
  });
}
