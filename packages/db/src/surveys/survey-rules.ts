import { randomBytes } from "node:crypto";
import { type SurveyDefinition, surveyQuestions } from "@motmap/core";
import type { Transaction } from "kysely";
import { type HospitalContext, Rollback } from "../context.ts";
import type { DB } from "../schema.ts";
import { findScoped, referenceError } from "../shared/scoped-crud.ts";

/** 128 random bits in the public page's address (and its QR code): unguessable, not secret. */
export const newSurveyPublicId = () => randomBytes(16).toString("base64url");

/**
 * A survey's journey must be in the hospital, and every touchpoint or stage a question is tied to
 * must belong to that journey (a survey without a journey ties nothing).
 */
export async function checkSurveyAnchors(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  journeyId: string | null,
  def: SurveyDefinition,
): Promise<void> {
  if (journeyId && !(await findScoped(trx, ctx, "journeys", journeyId))) {
    throw new Rollback(referenceError("journeyId", "no such journey in this hospital"));
  }
  const anchored = def.sections.some((s) => s.questions.some((q) => q.touchpointId || q.stageId));
  if (!anchored) return;
  const [stages, touchpoints] = journeyId
    ? await Promise.all([
        trx
          .selectFrom("stages")
          .select("id")
          .where("hospital_id", "=", ctx.hospitalId)
          .where("journey_id", "=", journeyId)
          .execute(),
        trx
          .selectFrom("touchpoints")
          .select("id")
          .where("hospital_id", "=", ctx.hospitalId)
          .where("journey_id", "=", journeyId)
          .execute(),
      ])
    : [[], []];
  const stageIds = new Set(stages.map((s) => s.id));
  const touchpointIds = new Set(touchpoints.map((t) => t.id));
  def.sections.forEach((section, s) => {
    section.questions.forEach((q, i) => {
      const at = `definition.sections.${s}.questions.${i}`;
      if (q.touchpointId && !touchpointIds.has(q.touchpointId)) {
        throw new Rollback(referenceError(`${at}.touchpointId`, "not a touchpoint of the survey's journey"));
      }
      if (q.stageId && !stageIds.has(q.stageId)) {
        throw new Rollback(referenceError(`${at}.stageId`, "not a stage of the survey's journey"));
      }
    });
  });
}

export const questionCount = (def: SurveyDefinition) => surveyQuestions(def).length;
