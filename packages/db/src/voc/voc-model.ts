import { learnVoc, type TaggedVoc, trainVocSuggestionModel, type VocSuggestionModel, type VocType } from "@motmap/core";
import { sql } from "kysely";
import { type Executor, type HospitalContext, now } from "../context.ts";

// The hospital's touchpoint suggestion model, stored as JSON beside its data. It is a cache of what
// the tagged items teach: rebuilt from them when missing or stale, updated in place by every tag
// staff set (learnVoc), so a correction counts at once.

export interface StoredVocModel {
  model: VocSuggestionModel;
  /** Tagged items the model stands for. */
  trainedOn: number;
}

/** Items with a touchpoint: the model's teaching set. */
async function taggedCount(db: Executor, ctx: HospitalContext): Promise<number> {
  const row = await db
    .selectFrom("voc_items")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("hospital_id", "=", ctx.hospitalId)
    .where("touchpoint_id", "is not", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function readVocModel(db: Executor, ctx: HospitalContext): Promise<StoredVocModel | null> {
  const row = await db
    .selectFrom("voc_classifier_models")
    .select(["model", "trained_on"])
    .where("hospital_id", "=", ctx.hospitalId)
    .executeTakeFirst();
  return row ? { model: JSON.parse(row.model) as VocSuggestionModel, trainedOn: Number(row.trained_on) } : null;
}

export async function writeVocModel(db: Executor, ctx: HospitalContext, stored: StoredVocModel): Promise<void> {
  const values = {
    hospital_id: ctx.hospitalId,
    model: JSON.stringify(stored.model),
    trained_on: stored.trainedOn,
    updated_at: now(),
  };
  await db
    .insertInto("voc_classifier_models")
    .values(values)
    .onConflict((oc) =>
      oc.column("hospital_id").doUpdateSet({
        model: sql`excluded.model`,
        trained_on: sql`excluded.trained_on`,
        updated_at: sql`excluded.updated_at`,
      }),
    )
    .execute();
}

/** Trains from every item of the hospital (types from all, touchpoints from the tagged) and stores it. */
export async function trainVocModel(db: Executor, ctx: HospitalContext): Promise<StoredVocModel> {
  const rows = await db
    .selectFrom("voc_items")
    .select(["text", "touchpoint_id", "type"])
    .where("hospital_id", "=", ctx.hospitalId)
    .execute();
  const items: TaggedVoc[] = rows.map((r) => ({
    text: r.text,
    touchpointId: r.touchpoint_id,
    type: r.type as VocType,
  }));
  const stored = {
    model: trainVocSuggestionModel(items),
    trainedOn: rows.filter((r) => r.touchpoint_id).length,
  };
  await writeVocModel(db, ctx, stored);
  return stored;
}

/**
 * The stored model, trained first when there is none or when tagged items arrived without being
 * learned (bulk writes, the demo seed): more than a tenth (and 5) beyond what it stands for.
 */
export async function currentVocModel(db: Executor, ctx: HospitalContext): Promise<StoredVocModel> {
  const stored = await readVocModel(db, ctx);
  if (stored) {
    const tagged = await taggedCount(db, ctx);
    if (tagged <= stored.trainedOn + Math.max(5, stored.trainedOn / 10)) return stored;
  }
  return trainVocModel(db, ctx);
}

/**
 * Learns one item whose touchpoint or type staff have just set. `newlyTagged` says whether the item
 * joins the tagged set (counted in trainedOn) or is a correction of one already in it. Without a
 * stored model nothing is done: the first suggestion trains from all items, this one included.
 */
export async function learnVocItem(
  db: Executor,
  ctx: HospitalContext,
  item: TaggedVoc,
  newlyTagged: boolean,
): Promise<void> {
  const stored = await readVocModel(db, ctx);
  if (!stored) return;
  await writeVocModel(db, ctx, {
    model: learnVoc(stored.model, item),
    trainedOn: stored.trainedOn + (newlyTagged ? 1 : 0),
  });
}
