import { z } from "zod";
import { Entity, Id, Lines, Name, Text, Version } from "./common.ts";
import { LaneLayout } from "./lane.ts";

export const JOURNEY_STATUSES = ["draft", "published"] as const;
export const JourneyStatus = z.enum(JOURNEY_STATUSES);
export type JourneyStatus = z.infer<typeof JourneyStatus>;

/** As-is maps today's experience; a to-be copy designs the improved one and links back to it. */
export const JOURNEY_VARIANTS = ["as_is", "to_be"] as const;
export const JourneyVariant = z.enum(JOURNEY_VARIANTS);
export type JourneyVariant = z.infer<typeof JourneyVariant>;

export const JourneyFields = z.object({
  title: Name(200),
  personaId: Id.nullable().default(null),
  description: Text(5000).default(""),
  status: JourneyStatus.default("draft"),
});
export const Journey = Entity.extend(JourneyFields.shape).extend({
  variant: JourneyVariant,
  /** For a to-be journey: the as-is journey it was copied from. */
  basedOnId: Id.nullable(),
  laneLayout: LaneLayout.nullable(),
});
export type Journey = z.infer<typeof Journey>;
export const CreateJourneyInput = JourneyFields;
export type CreateJourneyInput = z.input<typeof CreateJourneyInput>;
export const UpdateJourneyInput = z
  .object({
    title: Name(200),
    personaId: Id.nullable(),
    description: Text(5000),
    status: JourneyStatus,
    /** The map's lane order, visibility and built-in lane labels; null restores the default. */
    laneLayout: LaneLayout.nullable(),
  })
  .partial()
  .extend({ version: Version });
export type UpdateJourneyInput = z.infer<typeof UpdateJourneyInput>;

/** Journeys list row: the journey plus counts so the list needs one query. */
export const JourneySummary = Journey.extend({
  stageCount: z.number().int(),
  touchpointCount: z.number().int(),
  personaName: z.string().nullable(),
});
export type JourneySummary = z.infer<typeof JourneySummary>;

/** The three phases of the MOT cycle. Order matters: before → during → after. */
export const PHASES = ["before", "during", "after"] as const;
export const Phase = z.enum(PHASES);
export type Phase = z.infer<typeof Phase>;

/** Emotion is the team's hypothesis on a −3..+3 scale (0 = neutral). */
export const EmotionScore = z.number().int().min(-3).max(3);

export const StageFields = z.object({
  phase: Phase,
  name: Name(120),
  goal: Text(1000).default(""),
  actions: Lines().default([]),
  thoughts: Lines().default([]),
  emotion: EmotionScore.default(0),
  opportunities: Lines().default([]),
});
export const Stage = Entity.extend(StageFields.shape).extend({ journeyId: Id, position: z.number().int() });
export type Stage = z.infer<typeof Stage>;
export const CreateStageInput = StageFields.extend({
  /** Insert before this position; appended when absent. */
  position: z.number().int().min(0).optional(),
});
export type CreateStageInput = z.input<typeof CreateStageInput>;
export const UpdateStageInput = z
  .object({
    phase: Phase,
    name: Name(120),
    goal: Text(1000),
    actions: Lines(),
    thoughts: Lines(),
    emotion: EmotionScore,
    opportunities: Lines(),
  })
  .partial()
  .extend({ version: Version });
export type UpdateStageInput = z.infer<typeof UpdateStageInput>;

/** Stages are ordered by position; a stage's phase must not go back in time. */
export function phaseOrderIssues(stages: { phase: Phase; name: string }[]): string[] {
  const issues: string[] = [];
  for (let i = 1; i < stages.length; i++) {
    const prev = stages[i - 1];
    const cur = stages[i];
    if (prev && cur && PHASES.indexOf(cur.phase) < PHASES.indexOf(prev.phase)) {
      issues.push(`"${cur.name}" (${cur.phase}) comes after "${prev.name}" (${prev.phase})`);
    }
  }
  return issues;
}

export const DuplicateJourneyInput = z.object({ title: Name(200).optional() });
export type DuplicateJourneyInput = z.infer<typeof DuplicateJourneyInput>;

export const CreateToBeInput = z.object({ title: Name(200).optional() });
export type CreateToBeInput = z.infer<typeof CreateToBeInput>;

export const CreateFromTemplateInput = z.object({
  templateId: z.string().min(1).max(60),
  locale: z.enum(["ko", "en"]).default("ko"),
  title: Name(200).optional(),
});
export type CreateFromTemplateInput = z.input<typeof CreateFromTemplateInput>;
