import { z } from "zod";
import { Entity, Id, Text, Version } from "./common.ts";

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const FREQUENCIES = ["rare", "occasional", "frequent", "constant"] as const;
export const Frequency = z.enum(FREQUENCIES);
export type Frequency = z.infer<typeof Frequency>;

/** How we know: the team's hypothesis, seen on the floor, or measured in data. */
export const EVIDENCES = ["hypothesis", "observed", "measured"] as const;
export const Evidence = z.enum(EVIDENCES);
export type Evidence = z.infer<typeof Evidence>;

const PainPointBase = z.object({
  stageId: Id.nullable().default(null),
  touchpointId: Id.nullable().default(null),
  description: z.string().trim().min(1, "must not be empty").max(2000),
  severity: Severity.default("medium"),
  frequency: Frequency.default("occasional"),
  evidence: Evidence.default("hypothesis"),
});

/** A pain point hangs on a touchpoint or on a stage (at least one). */
const anchored = <T extends { stageId?: string | null; touchpointId?: string | null }>(p: T) =>
  Boolean(p.stageId) || Boolean(p.touchpointId);
const anchorMessage = { message: "set a stageId or a touchpointId", path: ["stageId"] };

export const PainPoint = Entity.extend(PainPointBase.shape).extend({ journeyId: Id, position: z.number().int() });
export type PainPoint = z.infer<typeof PainPoint>;
export const CreatePainPointInput = PainPointBase.refine(anchored, anchorMessage);
export type CreatePainPointInput = z.input<typeof CreatePainPointInput>;
export const UpdatePainPointInput = z
  .object({
    stageId: Id.nullable(),
    touchpointId: Id.nullable(),
    description: Text(2000).pipe(z.string().trim().min(1, "must not be empty")),
    severity: Severity,
    frequency: Frequency,
    evidence: Evidence,
  })
  .partial()
  .extend({ version: Version });
export type UpdatePainPointInput = z.infer<typeof UpdatePainPointInput>;

/** A simple 1..16 weight used to sort pain points before survey data exists. */
export function painPointWeight(p: { severity: Severity; frequency: Frequency }): number {
  return (SEVERITIES.indexOf(p.severity) + 1) * (FREQUENCIES.indexOf(p.frequency) + 1);
}
