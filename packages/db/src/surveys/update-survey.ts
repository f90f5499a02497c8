import { type Result, type Survey, UpdateSurveyInput, validate } from "@motmap/core";
import { recordAudit } from "../audit/record-audit.ts";
import { type HospitalContext, transact } from "../context.ts";
import { toColumns, toSurvey } from "../rows.ts";
import { requireScoped, updateScoped } from "../shared/scoped-crud.ts";
import { checkSurveyAnchors } from "./survey-rules.ts";

/**
 * Edits the working copy. A published survey stays published: its respondents keep answering the
 * published version until the next publish snapshots this one.
 */
export async function updateSurvey(ctx: HospitalContext, id: string, input: unknown): Promise<Result<Survey>> {
  const parsed = validate(UpdateSurveyInput, input);
  if (!parsed.ok) return parsed;
  const { version, definition, ...patch } = parsed.value;
  return transact(ctx, async (trx) => {
    const before = toSurvey(await requireScoped(trx, ctx, "surveys", "survey", id));
    const journeyId = patch.journeyId === undefined ? before.journeyId : patch.journeyId;
    await checkSurveyAnchors(trx, ctx, journeyId, definition ?? before.definition);
    const columns = {
      ...toColumns(patch),
      ...(definition === undefined ? {} : { definition: JSON.stringify(definition) }),
    };
    const after = toSurvey(await updateScoped(trx, ctx, "surveys", "survey", id, version, columns));
    await recordAudit(trx, ctx, "update", "survey", id, before, after);
    return after;
  });
}
