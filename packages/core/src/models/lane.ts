import { z } from "zod";
import { Entity, Id, Name, Text, Version } from "./common.ts";

/**
 * The rows of the journey map. Built-in lanes show the journey's own data; custom lanes are a
 * team's additions: text per stage, or a −3..+3 score per stage drawn as a curve.
 */
export const BUILT_IN_LANES = [
  "actions",
  "thoughts",
  "emotion",
  "touchpoints",
  "pain_points",
  "opportunities",
  "departments",
] as const;
export type BuiltInLane = (typeof BUILT_IN_LANES)[number];

export const CUSTOM_LANE_KINDS = ["text", "score"] as const;
export const CustomLaneKind = z.enum(CUSTOM_LANE_KINDS);
export type CustomLaneKind = z.infer<typeof CustomLaneKind>;

/** A lane's key in the layout: a built-in name or `lane:<id>` for a custom lane. */
export const LaneKey = z.union([z.enum(BUILT_IN_LANES), z.string().regex(/^lane:[0-9a-f-]{36}$/, "unknown lane")]);
export type LaneKey = z.infer<typeof LaneKey>;

export const LaneLayoutEntry = z.object({
  key: LaneKey,
  hidden: z.boolean().default(false),
  /** Replaces a built-in lane's default label; ignored for custom lanes (they have a name). */
  label: z.string().trim().max(60).default(""),
});
export type LaneLayoutEntry = z.infer<typeof LaneLayoutEntry>;

export const LaneLayout = z
  .array(LaneLayoutEntry)
  .max(60)
  .refine((l) => new Set(l.map((e) => e.key)).size === l.length, "a lane appears twice");
export type LaneLayout = z.infer<typeof LaneLayout>;

export const Lane = Entity.extend({ journeyId: Id, kind: CustomLaneKind, name: Name(60) });
export type Lane = z.infer<typeof Lane>;
export const CreateLaneInput = z.object({ kind: CustomLaneKind, name: Name(60) });
export type CreateLaneInput = z.infer<typeof CreateLaneInput>;
export const UpdateLaneInput = z.object({ version: Version, name: Name(60) });
export type UpdateLaneInput = z.infer<typeof UpdateLaneInput>;

export const LaneScore = z.number().int().min(-3).max(3);
export const LaneCell = z.object({
  laneId: Id,
  stageId: Id,
  text: Text(2000),
  score: LaneScore.nullable(),
  version: Version,
  updatedAt: z.string(),
});
export type LaneCell = z.infer<typeof LaneCell>;
/** `version` is the one read; omit it to create the cell. */
export const PutLaneCellInput = z.object({
  version: Version.optional(),
  text: Text(2000).optional(),
  score: LaneScore.nullable().optional(),
});
export type PutLaneCellInput = z.infer<typeof PutLaneCellInput>;

export interface ResolvedLane {
  key: LaneKey;
  hidden: boolean;
  /** Custom label of a built-in lane, or a custom lane's name; "" = the UI's default label. */
  label: string;
  kind: BuiltInLane | CustomLaneKind;
  laneId: string | null;
}

/**
 * The effective lane order: the saved layout, minus lanes that no longer exist, plus any
 * built-in or custom lane the layout does not mention yet (appended, visible).
 */
export function resolveLaneLayout(layout: LaneLayout | null, lanes: readonly Lane[]): ResolvedLane[] {
  const custom = new Map(lanes.map((l) => [`lane:${l.id}`, l]));
  const out: ResolvedLane[] = [];
  const seen = new Set<string>();
  const push = (key: string, hidden: boolean, label: string) => {
    if (seen.has(key)) return;
    const lane = custom.get(key);
    if (lane) out.push({ key, hidden, label: lane.name, kind: lane.kind, laneId: lane.id });
    else if ((BUILT_IN_LANES as readonly string[]).includes(key))
      out.push({ key, hidden, label, kind: key as BuiltInLane, laneId: null });
    else return;
    seen.add(key);
  };
  for (const e of layout ?? []) push(e.key, e.hidden, e.label);
  for (const key of BUILT_IN_LANES) push(key, false, "");
  for (const l of lanes) push(`lane:${l.id}`, false, "");
  return out;
}
