import { ListSurveyResponsesQuery, notFound, type Result, type SurveyResponse, validate } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toSurveyAnswer, toSurveyResponse } from "../rows.ts";
import { findScoped } from "../shared/scoped-crud.ts";

/** Newest first; `before` pages by submission time. Dates filter the day the response was submitted (UTC). */
export async function listSurveyResponses(
  ctx: HospitalContext,
  surveyId: string,
  query: unknown = {},
): Promise<Result<SurveyResponse[]>> {
  const parsed = validate(ListSurveyResponsesQuery, query);
  if (!parsed.ok) return parsed;
  const q = parsed.value;
  if (!(await findScoped(ctx.db, ctx, "surveys", surveyId))) return { ok: false, error: notFound("survey", surveyId) };
  let select = ctx.db
    .selectFrom("survey_responses")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "=", surveyId);
  if (q.from) select = select.where("submitted_at", ">=", q.from);
  // ISO timestamps sort as text: everything on the `to` day is below the day's end marker.
  if (q.to) select = select.where("submitted_at", "<", `${q.to}T99`);
  const { before, beforeId } = q;
  if (before && beforeId) {
    select = select.where((eb) =>
      eb.or([eb("submitted_at", "<", before), eb.and([eb("submitted_at", "=", before), eb("id", "<", beforeId)])]),
    );
  } else if (before) select = select.where("submitted_at", "<", before);
  if (q.departmentId) select = select.where("department_id", "=", q.departmentId);
  if (q.touchpointId) {
    const touchpointId = q.touchpointId;
    select = select.where((eb) =>
      eb.exists(
        eb
          .selectFrom("survey_answers")
          .select("survey_answers.response_id")
          .whereRef("survey_answers.response_id", "=", "survey_responses.id")
          .where("survey_answers.hospital_id", "=", ctx.hospitalId)
          .where("survey_answers.touchpoint_id", "=", touchpointId),
      ),
    );
  }
  const rows = await select.orderBy("submitted_at", "desc").orderBy("id", "desc").limit(q.limit).execute();
  if (rows.length === 0) return { ok: true, value: [] };
  const answers = await ctx.db
    .selectFrom("survey_answers")
    .selectAll()
    .where("hospital_id", "=", ctx.hospitalId)
    .where(
      "response_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  const byResponse = new Map<string, ReturnType<typeof toSurveyAnswer>[]>();
  for (const a of answers) {
    const list = byResponse.get(a.response_id) ?? [];
    list.push(toSurveyAnswer(a));
    byResponse.set(a.response_id, list);
  }
  return { ok: true, value: rows.map((r) => toSurveyResponse(r, byResponse.get(r.id) ?? [])) };
}
