import {
  ListSurveyResponsesQuery,
  notFound,
  type Result,
  type SurveyDefinition,
  type SurveyResponse,
  validate,
} from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { toSurveyResponse } from "../rows.ts";
import { findScoped } from "../shared/scoped-crud.ts";
import { decodeAnswers } from "./stored-answers.ts";

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
  if (q.touchpointId) select = select.where("touchpoint_ids", "like", `%,${q.touchpointId},%`);
  const rows = await select.orderBy("submitted_at", "desc").orderBy("id", "desc").limit(q.limit).execute();
  if (rows.length === 0) return { ok: true, value: [] };
  const versions = await ctx.db
    .selectFrom("survey_versions")
    .select(["number", "definition"])
    .where("hospital_id", "=", ctx.hospitalId)
    .where("survey_id", "=", surveyId)
    .where("number", "in", [...new Set(rows.map((r) => Number(r.survey_version)))])
    .execute();
  const definitions = new Map(versions.map((v) => [Number(v.number), JSON.parse(v.definition) as SurveyDefinition]));
  return {
    ok: true,
    value: rows.map((r) => toSurveyResponse(r, decodeAnswers(r.answers, definitions.get(Number(r.survey_version))))),
  };
}
