import { notFound, type Result, type SurveyDetail } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toSurvey } from "../rows.ts";
import { findScoped } from "../shared/scoped-crud.ts";

/** The survey with its working definition, its published versions and how many responses it has. */
export async function getSurvey(ctx: HospitalContext, id: string): Promise<Result<SurveyDetail>> {
  const row = await findScoped(ctx.db, ctx, "surveys", id);
  if (!row) return { ok: false, error: notFound("survey", id) };
  const [versions, count] = await Promise.all([
    ctx.db
      .selectFrom("survey_versions")
      .select(["number", "published_at"])
      .where("hospital_id", "=", ctx.hospitalId)
      .where("survey_id", "=", id)
      .orderBy("number")
      .execute(),
    ctx.db
      .selectFrom("survey_responses")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("hospital_id", "=", ctx.hospitalId)
      .where("survey_id", "=", id)
      .executeTakeFirst(),
  ]);
  return {
    ok: true,
    value: {
      ...toSurvey(row),
      versions: versions.map((v) => ({ number: Number(v.number), publishedAt: v.published_at })),
      responseCount: Number(count?.n ?? 0),
    },
  };
}
