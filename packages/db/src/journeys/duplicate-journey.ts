import { DuplicateJourneyInput, type Journey, type Result, validate } from "@motmap/core";
import { type HospitalContext, transact } from "../context.ts";
import { exportJourney } from "./export-journey.ts";
import { insertJourneyDocument } from "./import-journey.ts";

/** A duplicate is an export re-imported as a draft: one mapping, so the two cannot drift. */
export async function duplicateJourney(
  ctx: HospitalContext,
  id: string,
  input: unknown = {},
): Promise<Result<Journey>> {
  const parsed = validate(DuplicateJourneyInput, input ?? {});
  if (!parsed.ok) return parsed;
  const doc = await exportJourney(ctx, id);
  if (!doc.ok) return doc;
  const title = parsed.value.title ?? `${doc.value.title} (사본)`;
  return transact(ctx, (trx) =>
    insertJourneyDocument(trx, ctx, doc.value, {
      title: title.slice(0, 200),
      status: "draft",
      auditAction: "duplicate",
    }),
  );
}
