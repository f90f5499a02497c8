import { type Hospital, notFound, type Result, UpdateHospitalInput, validate, versionConflict } from "@motmap/core";
import { sql } from "kysely";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, now, Rollback, transact } from "../context.ts";
import { toColumns, toHospital } from "../rows.ts";

export async function updateHospital(ctx: HospitalContext, input: unknown): Promise<Result<Hospital>> {
  const parsed = validate(UpdateHospitalInput, input);
  if (!parsed.ok) return parsed;
  const { version, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const find = () => trx.selectFrom("hospitals").selectAll().where("id", "=", ctx.hospitalId).executeTakeFirst();
    const beforeRow = await find();
    if (!beforeRow) throw new Rollback(notFound("hospital", ctx.hospitalId));
    const res = await trx
      .updateTable("hospitals")
      .set({ ...toColumns(patch), version: sql<number>`version + 1`, updated_at: now() })
      .where("id", "=", ctx.hospitalId)
      .where("version", "=", version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0)
      throw new Rollback(versionConflict("hospital", ctx.hospitalId, beforeRow.version));
    const after = toHospital((await find()) as NonNullable<typeof beforeRow>);
    await recordAudit(trx, ctx, "update", "hospital", ctx.hospitalId, toHospital(beforeRow), after);
    return after;
  });
}
