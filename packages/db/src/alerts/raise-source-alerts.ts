import {
  type AlertRule,
  type CheckedAnswer,
  evaluateFollowUpIssue,
  evaluateSurveyAnswers,
  evaluateVocItem,
  type FiredRule,
  hasLowSatisfaction,
  type VocItem,
} from "@motmap/core";
import type { Transaction } from "kysely";
import type { HospitalContext } from "../context.ts";
import type { DB } from "../schema.ts";
import { loadAlertRules } from "./alert-rows.ts";
import { type RaiseAlertInput, raiseAlerts } from "./raise-alert.ts";

const extraDepartments = (rules: Map<string, string[]>, fired: FiredRule) => rules.get(fired.ruleId) ?? [];

/** The rules a survey response can fire. */
export const loadSurveyAlertRules = (trx: Transaction<DB>, hospitalId: string) =>
  loadAlertRules(trx, hospitalId, ["low_satisfaction"]);

/**
 * The satisfaction rules one new response fires, in the insert's transaction. Answers all above the
 * highest possible threshold (most responses) return before any query: the public submit stays one insert.
 */
export async function raiseSurveyResponseAlerts(
  trx: Transaction<DB>,
  hospitalId: string,
  response: { surveyId: string; responseId: string; answers: readonly CheckedAnswer[] },
  /** The hospital's rules when the caller has read them already (a group commit reads them once). */
  rulesRead?: () => Promise<AlertRule[]>,
): Promise<string[]> {
  if (!hasLowSatisfaction(response.answers)) return [];
  const rules = rulesRead ? await rulesRead() : await loadSurveyAlertRules(trx, hospitalId);
  if (rules.length === 0) return [];
  const departments = new Map(rules.map((r) => [r.id, r.departmentIds]));
  const fired = evaluateSurveyAnswers(rules, response.answers);
  const ctx = { db: trx, hospitalId, actorId: null };
  return raiseAlerts(
    trx,
    ctx,
    fired.map((f) => ({
      ruleId: f.ruleId,
      kind: "low_satisfaction",
      sourceId: response.responseId,
      sourceParentId: response.surveyId,
      touchpointId: f.touchpointId,
      departmentIds: extraDepartments(departments, f),
      detail: f.detail,
    })),
  );
}

/**
 * Alerts of a bulk import. The hospital's rules are read once before the rows stream; a row keeps only
 * the rules it fires (most rows fire none, and with no rule nothing is kept at all), so memory follows
 * the alerts to raise, not the size of the file. They are written at the end for the rows the import
 * actually created (duplicates skipped by the insert raise nothing).
 */
export class SurveyAlertBatch {
  private readonly fired = new Map<string, FiredRule[]>();

  private constructor(
    /** The hospital's low-satisfaction rules: plain data, so an import's worker thread can evaluate them. */
    readonly rules: Awaited<ReturnType<typeof loadAlertRules>>,
    private readonly departments: Map<string, string[]>,
  ) {}

  static async open(trx: Transaction<DB>, hospitalId: string): Promise<SurveyAlertBatch> {
    const rules = await loadAlertRules(trx, hospitalId, ["low_satisfaction"]);
    return new SurveyAlertBatch(rules, new Map(rules.map((r) => [r.id, r.departmentIds])));
  }

  /** Considers one mapped row (before the insert: duplicates are dropped at apply). */
  consider(submissionKey: string, answers: readonly CheckedAnswer[]): void {
    if (this.rules.length === 0 || !hasLowSatisfaction(answers)) return;
    const f = evaluateSurveyAnswers(this.rules, answers);
    if (f.length > 0) this.fired.set(submissionKey, f);
  }

  /** Records the rules a row fired, evaluated elsewhere (an import's worker) with `rules`. */
  record(submissionKey: string, fired: FiredRule[]): void {
    if (fired.length > 0) this.fired.set(submissionKey, fired);
  }

  get size(): number {
    return this.fired.size;
  }

  /** Raises the alerts of the rows this import created (`import_id`); returns how many. */
  async apply(trx: Transaction<DB>, ctx: HospitalContext, surveyId: string, importId: string): Promise<number> {
    const keys = [...this.fired.keys()];
    let raised = 0;
    for (let i = 0; i < keys.length; i += 500) {
      const rows = await trx
        .selectFrom("survey_responses")
        .select(["id", "submission_key"])
        .where("survey_id", "=", surveyId)
        .where("hospital_id", "=", ctx.hospitalId)
        .where("import_id", "=", importId)
        .where("submission_key", "in", keys.slice(i, i + 500))
        .execute();
      const inputs: RaiseAlertInput[] = rows.flatMap((r) =>
        (this.fired.get(r.submission_key) ?? []).map((f) => ({
          ruleId: f.ruleId,
          kind: "low_satisfaction" as const,
          sourceId: r.id,
          sourceParentId: surveyId,
          touchpointId: f.touchpointId,
          departmentIds: extraDepartments(this.departments, f),
          detail: f.detail,
        })),
      );
      raised += (await raiseAlerts(trx, ctx, inputs)).length;
    }
    return raised;
  }
}

/** The complaint rules a VOC item fires as registered or changed, in that write's transaction. */
export async function raiseVocItemAlerts(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  item: Pick<VocItem, "id" | "type" | "severity" | "touchpointId" | "text" | "departmentIds">,
): Promise<string[]> {
  if (item.type !== "complaint") return [];
  const rules = await loadAlertRules(trx, ctx.hospitalId, ["voc_complaint"]);
  const departments = new Map(rules.map((r) => [r.id, r.departmentIds]));
  return raiseAlerts(
    trx,
    ctx,
    evaluateVocItem(rules, item).map((f) => ({
      ruleId: f.ruleId,
      kind: "voc_complaint",
      sourceId: item.id,
      touchpointId: f.touchpointId,
      departmentIds: extraDepartments(departments, f),
      fallbackDepartmentIds: item.departmentIds,
      detail: f.detail,
    })),
  );
}

/**
 * For the follow-up calls (해피콜): a call marked "issue" raises the follow_up_issue rules of its
 * touchpoint (or the hospital-wide default), notifying the touchpoint's owners, else `departmentIds`
 * (the call's department). Call it in the transaction that records the call's result.
 */
export async function raiseFollowUpIssueAlerts(
  trx: Transaction<DB>,
  ctx: HospitalContext,
  call: { callId: string; touchpointId: string | null; departmentIds: readonly string[]; note: string },
): Promise<string[]> {
  const rules = await loadAlertRules(trx, ctx.hospitalId, ["follow_up_issue"]);
  const departments = new Map(rules.map((r) => [r.id, r.departmentIds]));
  return raiseAlerts(
    trx,
    ctx,
    evaluateFollowUpIssue(rules, call).map((f) => ({
      ruleId: f.ruleId,
      kind: "follow_up_issue",
      sourceId: call.callId,
      touchpointId: f.touchpointId,
      departmentIds: extraDepartments(departments, f),
      fallbackDepartmentIds: call.departmentIds,
      detail: f.detail,
    })),
  );
}
