import { z } from "zod";
import { Lines, Name, Text } from "./common.ts";
import { EmotionScore, JourneyStatus, Phase } from "./journey.ts";
import { BUILT_IN_LANES, CustomLaneKind, LaneScore } from "./lane.ts";
import { Evidence, Frequency, Severity } from "./pain-point.ts";
import { Segment } from "./persona.ts";
import { Channel, Element, Importance, Target } from "./touchpoint.ts";

/**
 * A journey as a self-contained document: the unit of export, import, templates and demo data.
 * It carries no database ids; departments and the persona are referenced by name so a document
 * moves between hospitals. Export → import → export yields the same document.
 */
export const JOURNEY_DOCUMENT_FORMAT = "motmap.journey/v1" as const;

export const DocTouchpoint = z.object({
  name: Name(150),
  moment: Text(2000).default(""),
  channel: Channel,
  element: Element,
  departments: z.array(Name(120)).max(20).default([]),
  serviceStandard: Text(5000).default(""),
  script: Text(5000).default(""),
  dos: Lines().default([]),
  donts: Lines().default([]),
  targets: z.array(Target).max(20).default([]),
  importance: Importance.nullable().default(null),
});
export type DocTouchpoint = z.infer<typeof DocTouchpoint>;

export const DocPainPoint = z.object({
  /**
   * The touchpoint of the same stage it hangs on, by name — or by index in the stage's
   * touchpoints when two share a name; the stage itself when null.
   */
  touchpoint: z
    .union([z.string(), z.number().int().min(0)])
    .nullable()
    .default(null),
  description: z.string().trim().min(1).max(2000),
  severity: Severity.default("medium"),
  frequency: Frequency.default("occasional"),
  evidence: Evidence.default("hypothesis"),
});
export type DocPainPoint = z.infer<typeof DocPainPoint>;

export const DocStage = z.object({
  phase: Phase,
  name: Name(120),
  goal: Text(1000).default(""),
  actions: Lines().default([]),
  thoughts: Lines().default([]),
  emotion: EmotionScore.default(0),
  opportunities: Lines().default([]),
  touchpoints: z.array(DocTouchpoint).max(500).default([]),
  painPoints: z.array(DocPainPoint).max(500).default([]),
});
export type DocStage = z.infer<typeof DocStage>;

export const DocPersona = z.object({
  name: Name(100),
  segment: Segment.default("other"),
  ageGroup: z.string().max(50).default(""),
  description: Text(3000).default(""),
  goals: Lines().default([]),
  needs: Lines().default([]),
  frustrations: Lines().default([]),
  quote: Text(500).default(""),
});
export type DocPersona = z.infer<typeof DocPersona>;

/** A custom lane; its cells name the stage by index in `stages`. */
export const DocLane = z.object({
  kind: CustomLaneKind,
  name: Name(60),
  cells: z
    .array(
      z.object({
        stage: z.number().int().min(0),
        text: Text(2000).default(""),
        score: LaneScore.nullable().default(null),
      }),
    )
    .default([]),
});
export type DocLane = z.infer<typeof DocLane>;

/** Layout keys name custom lanes by index (`custom:0`) instead of by database id. */
export const DocLaneLayoutEntry = z.object({
  key: z.union([z.enum(BUILT_IN_LANES), z.string().regex(/^custom:\d+$/, "use a built-in lane or custom:<index>")]),
  hidden: z.boolean().default(false),
  label: z.string().trim().max(60).default(""),
});

export const JourneyDocument = z
  .object({
    format: z.literal(JOURNEY_DOCUMENT_FORMAT),
    title: Name(200),
    description: Text(5000).default(""),
    status: JourneyStatus.default("draft"),
    persona: DocPersona.nullable().default(null),
    stages: z.array(DocStage).max(300),
    lanes: z.array(DocLane).max(30).default([]),
    laneLayout: z.array(DocLaneLayoutEntry).max(60).nullable().default(null),
  })
  .superRefine((doc, ctx) => {
    doc.lanes.forEach((lane, li) => {
      lane.cells.forEach((cell, ci) => {
        if (cell.stage >= doc.stages.length) {
          ctx.addIssue({
            code: "custom",
            path: ["lanes", li, "cells", ci, "stage"],
            message: "no stage with this index",
          });
        }
      });
    });
    (doc.laneLayout ?? []).forEach((e, i) => {
      const n = e.key.startsWith("custom:") ? Number(e.key.slice(7)) : -1;
      if (n >= doc.lanes.length) {
        ctx.addIssue({ code: "custom", path: ["laneLayout", i, "key"], message: "no custom lane with this index" });
      }
    });
    // A pain point naming a touchpoint must name one of its own stage.
    doc.stages.forEach((stage, si) => {
      const names = new Set(stage.touchpoints.map((t) => t.name));
      stage.painPoints.forEach((p, pi) => {
        if (typeof p.touchpoint === "number" && p.touchpoint >= stage.touchpoints.length) {
          ctx.addIssue({
            code: "custom",
            path: ["stages", si, "painPoints", pi, "touchpoint"],
            message: `stage "${stage.name}" has no touchpoint number ${p.touchpoint}`,
          });
        } else if (typeof p.touchpoint === "string" && !names.has(p.touchpoint)) {
          ctx.addIssue({
            code: "custom",
            path: ["stages", si, "painPoints", pi, "touchpoint"],
            message: `no touchpoint named "${p.touchpoint}" in stage "${stage.name}"`,
          });
        }
      });
    });
  });
export type JourneyDocument = z.infer<typeof JourneyDocument>;
export type JourneyDocumentInput = z.input<typeof JourneyDocument>;
