import { CreateToBeInput, type Journey, type Result, validate } from "@motmap/core";
import { type HospitalContext, transact } from "../context.ts";
import { exportJourney } from "./export-journey.ts";
import { insertJourneyDocument } from "./import-journey.ts";

/** Copies an as-is journey as the to-be design that links back to it. */
export async function createToBeJourney(
  ctx: HospitalContext,
  id: string,
  input: unknown = {},
): Promise<Result<Journey>> {
  const parsed = validate(CreateToBeInput, input ?? {});
  if (!parsed.ok) return parsed;
  const doc = await exportJourney(ctx, id);
  if (!doc.ok) return doc;
  const title = parsed.value.title ?? `${doc.value.title} (To-be)`;
  return transact(ctx, (trx) =>
    insertJourneyDocument(trx, ctx, doc.value, {
      title: title.slice(0, 200),
      status: "draft",
      auditAction: "duplicate",
      toBeOf: id,
    }),
  );
}
