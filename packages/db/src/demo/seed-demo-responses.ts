import { checkAnswers, periodKey } from "@motmap/core";
import { DEMO_RESPONSE_DEPARTMENTS, demoSurveyResponses, FIRST_VISIT_OUTPATIENT_JOURNEY } from "@motmap/core/demo";
import { type HospitalContext, inTransaction, newSortableId, now } from "../context.ts";
import { ROLLUP_TIME_ZONE, RollupBatch } from "../insight/apply-response-rollups.ts";
import { getJourneyDetail } from "../journeys/get-journey-detail.ts";
import { createSurvey } from "../surveys/create-survey.ts";
import { openResponseWriter } from "../surveys/insert-imported-responses.ts";
import { publishSurvey } from "../surveys/publish-survey.ts";

/**
 * The demo hospital's outpatient survey with 18 months of generated responses up to this month, written
 * through the bulk import writer with their rollups in the same transaction, so every dashboard has a story
 * from the first login. Returns the survey id and how many responses were written.
 */
export async function seedDemoResponses(
  ctx: HospitalContext,
  options: { perMonth?: number; endMonth?: string } = {},
): Promise<{ surveyId: string; responses: number }> {
  const journeyRow = await ctx.db
    .selectFrom("journeys")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("title", "=", FIRST_VISIT_OUTPATIENT_JOURNEY.title)
    .executeTakeFirst();
  if (!journeyRow) throw new Error("demo seed: the first-visit outpatient journey is missing");
  const journey = await getJourneyDetail(ctx, journeyRow.id);
  if (!journey.ok) throw new Error(`demo seed: ${journey.error.message}`);
  const endMonth = options.endMonth ?? periodKey(now(), "month", ROLLUP_TIME_ZONE);
  const { definition, responses } = demoSurveyResponses(journey.value, {
    endMonth,
    ...(options.perMonth ? { perMonth: options.perMonth } : {}),
  });

  const created = await createSurvey(ctx, {
    journeyId: journey.value.id,
    title: `${journey.value.title} 경험 설문`,
    titleEn: "First-visit outpatient experience survey",
    description: "각 접점에서의 경험을 알려 주세요. 응답은 익명으로 처리됩니다.",
    definition,
  });
  if (!created.ok) throw new Error(`demo seed: survey: ${created.error.message}`);
  const published = await publishSurvey(ctx, created.value.id);
  if (!published.ok) throw new Error(`demo seed: publish: ${published.error.message}`);
  const surveyId = created.value.id;
  const version = published.value.publishedVersion ?? 1;

  const departments = new Map(
    (
      await ctx.db
        .selectFrom("departments")
        .select(["id", "name"])
        .where("hospital_id", "=", ctx.hospitalId)
        .where("name", "in", [...DEMO_RESPONSE_DEPARTMENTS])
        .execute()
    ).map((d) => [d.name, d.id]),
  );

  const importId = newSortableId();
  let release = () => {};
  try {
    const written = await inTransaction(ctx, async (trx) => {
      const writer = openResponseWriter(ctx, trx, { surveyId, surveyVersion: version, importId });
      release = () => writer.release();
      const rollups = new RollupBatch(surveyId, new Map([[version, definition]]));
      for (const [i, r] of responses.entries()) {
        const checked = checkAnswers(definition, r.answers);
        if (checked.issues.length > 0) throw new Error(`demo seed: response ${i}: ${checked.issues[0]?.message}`);
        const response = {
          submissionKey: `demo:${i}`,
          submittedAt: r.submittedAt,
          visitDate: r.visitDate,
          departmentId: departments.get(r.department) ?? null,
          segment: r.segment,
          answers: checked.answers,
        };
        const added = writer.add(response);
        if (added) await added;
        rollups.add({ ...response, surveyVersion: version, channel: "import" });
      }
      const count = await writer.finish();
      await rollups.apply(trx, ctx);
      await trx
        .insertInto("survey_imports")
        .values({
          id: importId,
          hospital_id: ctx.hospitalId,
          survey_id: surveyId,
          file_name: "demo-responses",
          source_name: "motmap demo",
          rows: responses.length,
          created: count,
          duplicates: responses.length - count,
          created_by: ctx.actorId,
          created_at: now(),
        })
        .execute();
      return count;
    });
    return { surveyId, responses: written };
  } finally {
    release();
  }
}
