import { type FieldIssue, questionnaireToSurvey, type Result, type Survey } from "@motmap/core";
import type { HospitalContext } from "../context.ts";
import { findScoped } from "../shared/scoped-crud.ts";
import { createSurvey } from "./create-survey.ts";

/**
 * A new draft survey from a FHIR R4 Questionnaire, with what the import changed on the way
 * (e.g. a date question taken as free text) as warnings. Touchpoint links of our own export
 * are kept when their journey is in this hospital; otherwise (another hospital's export) the
 * questions come without links.
 */
export async function createSurveyFromQuestionnaire(
  ctx: HospitalContext,
  questionnaire: unknown,
): Promise<Result<Survey & { warnings: FieldIssue[] }>> {
  const read = questionnaireToSurvey(questionnaire);
  if (!read.ok) return read;
  const { warnings, journeyId, definition, ...fields } = read.value;
  const journeyHere = journeyId !== null && (await findScoped(ctx.db, ctx, "journeys", journeyId)) !== undefined;
  const linked = definition.sections.some((s) => s.questions.some((q) => q.touchpointId || q.stageId));
  const input = {
    ...fields,
    journeyId: journeyHere ? journeyId : null,
    definition:
      journeyHere || !linked
        ? definition
        : {
            sections: definition.sections.map((s) => ({
              ...s,
              questions: s.questions.map(({ touchpointId: _t, stageId: _s, ...q }) => q),
            })),
          },
  };
  if (linked && !journeyHere) {
    warnings.push({
      path: "item",
      message: "the journey of the touchpoint links is not in this hospital: links dropped",
    });
  }
  const created = await createSurvey(ctx, input);
  if (!created.ok) return created;
  return { ok: true, value: { ...created.value, warnings } };
}
