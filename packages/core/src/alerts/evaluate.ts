import type { CheckedAnswer } from "../models/survey.ts";
import { VOC_SEVERITIES, type VocSeverity, type VocType } from "../voc/voc-item.ts";
import { type AlertDetail, type AlertRule, type AlertRuleKind, MAX_SATISFACTION_THRESHOLD } from "./alert.ts";

/** The part of a rule evaluation needs. */
export type RuleOf = Pick<AlertRule, "id" | "kind" | "touchpointId" | "threshold" | "minSeverity" | "enabled">;

/** A rule that fired on one source: what raiseAlert stores. */
export interface FiredRule {
  ruleId: string;
  touchpointId: string | null;
  detail: AlertDetail;
}

/**
 * The rules of `kind` that govern `touchpointId`: its own when it has any (a disabled one silences the
 * hospital-wide default there), otherwise the hospital-wide defaults. Only enabled rules are returned.
 */
export function rulesFor(rules: readonly RuleOf[], kind: AlertRuleKind, touchpointId: string | null): RuleOf[] {
  const ofKind = rules.filter((r) => r.kind === kind);
  const own = touchpointId === null ? [] : ofKind.filter((r) => r.touchpointId === touchpointId);
  const governing = own.length > 0 ? own : ofKind.filter((r) => r.touchpointId === null);
  return governing.filter((r) => r.enabled);
}

/** A satisfaction answer on the 5-point scale rules are written in (7-point answers are rescaled). */
export function satisfactionOnFive(value: number, scale: number): number {
  return scale === 5 ? value : 1 + ((value - 1) * 4) / (scale - 1);
}

type Answer = Pick<CheckedAnswer, "question" | "value">;

const lowAnswersOf = (answers: readonly Answer[]) =>
  answers.filter(
    (a): a is Answer & { value: number } =>
      a.question.type === "satisfaction" &&
      a.value !== null &&
      satisfactionOnFive(a.value, a.question.scale ?? 5) <= MAX_SATISFACTION_THRESHOLD,
  );

/** True when no satisfaction rule could fire on these answers: the submit then skips the rule lookup. */
export function hasLowSatisfaction(answers: readonly Answer[]): boolean {
  return lowAnswersOf(answers).length > 0;
}

/**
 * The satisfaction rules a response fires. One alert per rule and response (the unique key): when a
 * rule catches several answers, the lowest one — the weakest moment — is the alert's headline.
 */
export function evaluateSurveyAnswers(rules: readonly RuleOf[], answers: readonly Answer[]): FiredRule[] {
  const fired = new Map<string, { rule: RuleOf; answer: Answer & { value: number }; score: number; count: number }>();
  for (const a of lowAnswersOf(answers)) {
    const scale = a.question.scale ?? 5;
    const score = satisfactionOnFive(a.value, scale);
    for (const rule of rulesFor(rules, "low_satisfaction", a.question.touchpointId ?? null)) {
      if (rule.threshold === null || score > rule.threshold) continue;
      const seen = fired.get(rule.id);
      if (!seen) fired.set(rule.id, { rule, answer: a, score, count: 1 });
      else {
        seen.count++;
        if (score < seen.score) Object.assign(seen, { answer: a, score });
      }
    }
  }
  return [...fired.values()].map(({ rule, answer, count }) => ({
    ruleId: rule.id,
    touchpointId: answer.question.touchpointId ?? null,
    detail: {
      score: answer.value,
      scale: answer.question.scale ?? 5,
      questionKey: answer.question.key,
      questionText: answer.question.text,
      otherLowAnswers: count - 1,
    },
  }));
}

const EXCERPT = 140;
export const excerptOf = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text);

/** The complaint rules a VOC item fires (compliments, suggestions and inquiries never do). */
export function evaluateVocItem(
  rules: readonly RuleOf[],
  item: { type: VocType; severity: VocSeverity; touchpointId: string | null; text: string },
): FiredRule[] {
  if (item.type !== "complaint") return [];
  const rank = VOC_SEVERITIES.indexOf(item.severity);
  return rulesFor(rules, "voc_complaint", item.touchpointId)
    .filter((r) => rank >= VOC_SEVERITIES.indexOf(r.minSeverity ?? "high"))
    .map((r) => ({
      ruleId: r.id,
      touchpointId: item.touchpointId,
      detail: { severity: item.severity, excerpt: excerptOf(item.text) },
    }));
}

/** The rules a follow-up call marked "issue" fires. */
export function evaluateFollowUpIssue(
  rules: readonly RuleOf[],
  call: { touchpointId: string | null; note: string },
): FiredRule[] {
  return rulesFor(rules, "follow_up_issue", call.touchpointId).map((r) => ({
    ruleId: r.id,
    touchpointId: call.touchpointId,
    detail: { excerpt: excerptOf(call.note) },
  }));
}
