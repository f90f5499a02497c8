import { notFound, type Result, type Touchpoint } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toTouchpoint } from "../rows.ts";
import { findScoped } from "../shared/scoped-crud.ts";
import { departmentIdsOf } from "./touchpoint-departments.ts";

export async function getTouchpoint(ctx: HospitalContext, id: string): Promise<Result<Touchpoint>> {
  const row = await findScoped(ctx.db, ctx, "touchpoints", id);
  if (!row) return { ok: false, error: notFound("touchpoint", id) };
  return { ok: true, value: toTouchpoint(row, await departmentIdsOf(ctx.db, ctx, id)) };
}
