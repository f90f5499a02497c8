import { z } from "zod";
import { Lines, Name, Text } from "./common.ts";
import { EmotionScore, JourneyStatus, Phase } from "./journey.ts";
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
  /** Names the touchpoint within the same stage it hangs on; the stage itself when null. */
  touchpoint: z.string().nullable().default(null),
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

export const JourneyDocument = z
  .object({
    format: z.literal(JOURNEY_DOCUMENT_FORMAT),
    title: Name(200),
    description: Text(5000).default(""),
    status: JourneyStatus.default("draft"),
    persona: DocPersona.nullable().default(null),
    stages: z.array(DocStage).max(300),
  })
  .superRefine((doc, ctx) => {
    // A pain point naming a touchpoint must name one of its own stage.
    doc.stages.forEach((stage, si) => {
      const names = new Set(stage.touchpoints.map((t) => t.name));
      stage.painPoints.forEach((p, pi) => {
        if (p.touchpoint !== null && !names.has(p.touchpoint)) {
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
