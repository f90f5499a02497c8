import {
  maskVocText,
  type Result,
  SuggestVocInput,
  suggestVoc,
  type VocSuggestionResult,
  type VocType,
  validate,
} from "@motmap/core";
import type { Executor, HospitalContext } from "../context.ts";
import { currentVocModel } from "./voc-model.ts";

/**
 * The most likely touchpoints (with their stage and journey names) and types for a VOC text, from
 * the model learned on the hospital's own tagged items. The text is masked first, as it will be stored.
 */
export async function suggestVocTouchpoint(ctx: HospitalContext, input: unknown): Promise<Result<VocSuggestionResult>> {
  const parsed = validate(SuggestVocInput, input);
  if (!parsed.ok) return parsed;
  return { ok: true, value: await suggestionFor(ctx.db, ctx, parsed.value.text) };
}

export async function suggestionFor(db: Executor, ctx: HospitalContext, rawText: string): Promise<VocSuggestionResult> {
  const text = maskVocText(rawText).text;
  const { model, trainedOn } = await currentVocModel(db, ctx);
  if (text.trim() === "") return { touchpoints: [], types: [], trainedOn };
  // Ask for a few more than shown: touchpoints deleted since they were learned are dropped below.
  const raw = suggestVoc(model, text, 8);
  const ids = raw.touchpoints.map((p) => p.label);
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom("touchpoints as t")
          .innerJoin("stages as s", "s.id", "t.stage_id")
          .innerJoin("journeys as j", "j.id", "t.journey_id")
          .select(["t.id", "t.name", "s.id as stage_id", "s.name as stage_name", "j.id as journey_id", "j.title"])
          .where("t.hospital_id", "=", ctx.hospitalId)
          .where("t.id", "in", ids)
          .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const touchpoints = raw.touchpoints.flatMap((p) => {
    const r = byId.get(p.label);
    return r
      ? [
          {
            touchpointId: r.id,
            name: r.name,
            stageId: r.stage_id,
            stageName: r.stage_name,
            journeyId: r.journey_id,
            journeyTitle: r.title,
            probability: p.probability,
          },
        ]
      : [];
  });
  return {
    touchpoints: touchpoints.slice(0, 3),
    types: raw.types.map((p) => ({ type: p.label as VocType, probability: p.probability })),
    trainedOn,
  };
}
