import type { JourneyDocumentInput, Segment } from "../index.ts";
import { EMERGENCY_ROOM_TEMPLATE_EN, EMERGENCY_ROOM_TEMPLATE_KO } from "./emergency-room.ts";
import { FIRST_VISIT_OUTPATIENT_TEMPLATE_EN, FIRST_VISIT_OUTPATIENT_TEMPLATE_KO } from "./first-visit-outpatient.ts";
import { HEALTH_CHECKUP_TEMPLATE_EN, HEALTH_CHECKUP_TEMPLATE_KO } from "./health-checkup.ts";
import { INPATIENT_STAY_TEMPLATE_EN, INPATIENT_STAY_TEMPLATE_KO } from "./inpatient-stay.ts";

/**
 * Journey templates: generic starting points a hospital copies into a new journey and adapts.
 * Each template exists in Korean and English; the two documents are translations of each other
 * with the same stages, touchpoints, channels, elements, targets and importance.
 */
export const TEMPLATE_IDS = ["first-visit-outpatient", "inpatient-stay", "health-checkup", "emergency-room"] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export type TemplateLocale = "ko" | "en";

export interface JourneyTemplate {
  id: TemplateId;
  segment: Segment;
  ko: JourneyDocumentInput;
  en: JourneyDocumentInput;
}

export interface TemplateSummary {
  id: TemplateId;
  segment: Segment;
  title: string;
  description: string;
  stageCount: number;
  touchpointCount: number;
}

export const JOURNEY_TEMPLATES: readonly JourneyTemplate[] = [
  {
    id: "first-visit-outpatient",
    segment: "first_visit_outpatient",
    ko: FIRST_VISIT_OUTPATIENT_TEMPLATE_KO,
    en: FIRST_VISIT_OUTPATIENT_TEMPLATE_EN,
  },
  { id: "inpatient-stay", segment: "inpatient", ko: INPATIENT_STAY_TEMPLATE_KO, en: INPATIENT_STAY_TEMPLATE_EN },
  { id: "health-checkup", segment: "health_checkup", ko: HEALTH_CHECKUP_TEMPLATE_KO, en: HEALTH_CHECKUP_TEMPLATE_EN },
  { id: "emergency-room", segment: "emergency", ko: EMERGENCY_ROOM_TEMPLATE_KO, en: EMERGENCY_ROOM_TEMPLATE_EN },
];

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

/** A fresh copy of a template document, so callers may edit it without touching the shared original. */
export function getTemplate(id: string, locale: TemplateLocale): JourneyDocumentInput | undefined {
  const template = JOURNEY_TEMPLATES.find((t) => t.id === id);
  return template ? structuredClone(template[locale]) : undefined;
}

export function templateSummaries(locale: TemplateLocale): TemplateSummary[] {
  return JOURNEY_TEMPLATES.map((template) => {
    const doc = template[locale];
    const stages = doc.stages;
    return {
      id: template.id,
      segment: template.segment,
      title: doc.title,
      description: doc.description ?? "",
      stageCount: stages.length,
      touchpointCount: stages.reduce((n, stage) => n + (stage.touchpoints?.length ?? 0), 0),
    };
  });
}
