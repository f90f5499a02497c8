import { CreateSurveyInput, type Result, type Survey, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toSurvey } from "../rows.ts";
import { newRowBase } from "../shared/scoped-crud.ts";
import { checkSurveyAnchors, newSurveyPublicId } from "./survey-rules.ts";

export async function createSurvey(ctx: HospitalContext, input: unknown): Promise<Result<Survey>> {
  const parsed = validate(CreateSurveyInput, input);
  if (!parsed.ok) return parsed;
  const s = parsed.value;
  return transact(ctx, async (trx) => {
    await checkSurveyAnchors(trx, ctx, s.journeyId, s.definition);
    const row = {
      ...newRowBase(ctx),
      journey_id: s.journeyId,
      title: s.title,
      title_en: s.titleEn,
      description: s.description,
      description_en: s.descriptionEn,
      status: "draft",
      published_version: null,
      public_id: newSurveyPublicId(),
      definition: JSON.stringify(s.definition),
    };
    await trx.insertInto("surveys").values(row).execute();
    const created = toSurvey(row);
    await recordAudit(trx, ctx, "create", "survey", created.id, null, created);
    return created;
  });
}
