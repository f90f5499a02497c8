import type { Result } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { trainVocModel } from "./voc-model.ts";

/** Rebuilds the suggestion model from the hospital's items as they are tagged now. */
export async function retrainVocModel(ctx: HospitalContext): Promise<Result<{ trainedOn: number }>> {
  const { trainedOn } = await trainVocModel(ctx.db, ctx);
  return { ok: true, value: { trainedOn } };
}
