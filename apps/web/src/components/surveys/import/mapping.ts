import type { ColumnTarget, ImportMapping, SurveyDefinition } from "@motmap/core";
import { duplicateValues } from "../../import/upload.ts";

/** A target as the value of a Select: "visit_date", "answer:q1". */
export const targetValue = (target: ColumnTarget) =>
  target.kind === "answer" ? `answer:${target.questionKey}` : target.kind;

export function targetOf(value: string | null): ColumnTarget {
  if (!value || value === "ignore") return { kind: "ignore" };
  if (value.startsWith("answer:")) return { kind: "answer", questionKey: value.slice("answer:".length) };
  return { kind: value as Exclude<ColumnTarget["kind"], "answer" | "ignore"> };
}

export const FIELD_TARGETS = ["dedupe_key", "submitted_at", "visit_date", "department", "segment"] as const;

/** Targets chosen by more than one column. */
export const duplicateTargets = (mapping: ImportMapping) => duplicateValues(mapping, targetValue);

export const questionsOf = (definition: SurveyDefinition) => definition.sections.flatMap((s) => s.questions);
