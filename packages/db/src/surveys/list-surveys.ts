import { type SurveySummary, surveyQuestions } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toSurvey } from "../rows.ts";

export async function listSurveys(ctx: HospitalContext): Promise<SurveySummary[]> {
  const rows = await ctx.db
    .selectFrom("surveys")
    .selectAll("surveys")
    .select((eb) =>
      eb
        .selectFrom("survey_responses")
        .select(eb.fn.countAll<number>().as("n"))
        .whereRef("survey_responses.survey_id", "=", "surveys.id")
        .as("response_count"),
    )
    .where("surveys.hospital_id", "=", ctx.hospitalId)
    .orderBy("surveys.updated_at", "desc")
    .execute();
  return rows.map((r) => {
    const { definition, ...survey } = toSurvey(r);
    return {
      ...survey,
      questionCount: surveyQuestions(definition).length,
      responseCount: Number(r.response_count ?? 0),
    };
  });
}
