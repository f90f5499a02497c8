import type { Phase } from "../models/journey.ts";
import type { BuiltInLane } from "../models/lane.ts";
import type { Severity } from "../models/pain-point.ts";
import type { Segment } from "../models/persona.ts";
import type { Channel, Element } from "../models/touchpoint.ts";
import type { Locale } from "../models/user.ts";

/**
 * The words printed on an exported map or MOT cycle. They live in the core (not the web's i18n)
 * so the server's PNG/PDF export, the SVG and the browser map say exactly the same thing.
 */
export interface MapLabels {
  lanes: Record<BuiltInLane, string>;
  phases: Record<Phase, string>;
  /** Short phase names for tight places (the cycle's inner ring). */
  phasesShort: Record<Phase, string>;
  channels: Record<Channel, string>;
  elements: Record<Element, string>;
  severities: Record<Severity, string>;
  segments: Record<Segment, string>;
  journeyMap: string;
  motCycle: string;
  persona: string;
  updated: string;
  lowest: string;
  stages: (n: number) => string;
  touchpoints: (n: number) => string;
  painPoints: (n: number) => string;
  legendElement: string;
  legendChannel: string;
  legendSeverity: string;
  legendEmotion: string;
  legendPhase: string;
  noTouchpoints: string;
  noStages: string;
  asIs: string;
  toBe: string;
  painMarker: string;
  /** A pain point's reference to its touchpoint by number ("접점 12"). */
  touchpointRef: (n: number) => string;
}

const ko: MapLabels = {
  lanes: {
    actions: "행동",
    thoughts: "생각",
    emotion: "감정",
    touchpoints: "접점(MOT)",
    pain_points: "불편 요소",
    opportunities: "개선 기회",
    departments: "담당 부서",
  },
  phases: { before: "내원 전", during: "내원 중", after: "내원 후" },
  phasesShort: { before: "내원 전", during: "내원 중", after: "내원 후" },
  channels: { face_to_face: "대인", phone: "전화", online: "온라인", social: "SNS" },
  elements: { hardware: "하드웨어", software: "소프트웨어", humanware: "휴먼웨어" },
  severities: { low: "낮음", medium: "보통", high: "높음", critical: "심각" },
  segments: {
    first_visit_outpatient: "초진 외래 환자",
    returning_outpatient: "재진 외래 환자",
    elderly: "고령 환자",
    inpatient: "입원 환자",
    health_checkup: "건강검진 고객",
    emergency: "응급 환자",
    foreign: "외국인 환자",
    pediatric_guardian: "소아 환자 보호자",
    other: "기타",
  },
  journeyMap: "고객여정지도",
  motCycle: "MOT 사이클",
  persona: "페르소나",
  updated: "수정일",
  lowest: "최저점",
  stages: (n) => `${n}단계`,
  touchpoints: (n) => `접점 ${n}개`,
  painPoints: (n) => `불편 요소 ${n}건`,
  legendElement: "접점 요소",
  legendChannel: "접점 유형",
  legendSeverity: "심각도",
  legendEmotion: "감정",
  legendPhase: "단계",
  noTouchpoints: "등록된 접점이 없습니다",
  noStages: "등록된 단계가 없습니다",
  asIs: "현재(As-is)",
  toBe: "개선안(To-be)",
  painMarker: "불편 요소가 있는 접점",
  touchpointRef: (n) => `접점 ${n}`,
};

const en: MapLabels = {
  lanes: {
    actions: "Actions",
    thoughts: "Thoughts",
    emotion: "Emotion",
    touchpoints: "Touchpoints",
    pain_points: "Pain points",
    opportunities: "Opportunities",
    departments: "Departments",
  },
  phases: { before: "Before the visit", during: "During the visit", after: "After the visit" },
  phasesShort: { before: "Before", during: "During", after: "After" },
  channels: { face_to_face: "Face-to-face", phone: "Phone", online: "Online", social: "Social" },
  elements: { hardware: "Hardware", software: "Software", humanware: "Humanware" },
  severities: { low: "Low", medium: "Medium", high: "High", critical: "Critical" },
  segments: {
    first_visit_outpatient: "First-visit outpatient",
    returning_outpatient: "Returning outpatient",
    elderly: "Elderly patient",
    inpatient: "Inpatient",
    health_checkup: "Health check-up",
    emergency: "Emergency patient",
    foreign: "Foreign patient",
    pediatric_guardian: "Guardian of a child patient",
    other: "Other",
  },
  journeyMap: "Patient journey map",
  motCycle: "MOT cycle",
  persona: "Persona",
  updated: "Updated",
  lowest: "Lowest",
  stages: (n) => `${n} ${n === 1 ? "stage" : "stages"}`,
  touchpoints: (n) => `${n} ${n === 1 ? "touchpoint" : "touchpoints"}`,
  painPoints: (n) => `${n} ${n === 1 ? "pain point" : "pain points"}`,
  legendElement: "Element",
  legendChannel: "Channel",
  legendSeverity: "Severity",
  legendEmotion: "Emotion",
  legendPhase: "Phase",
  noTouchpoints: "No touchpoints yet",
  noStages: "No stages yet",
  asIs: "As-is",
  toBe: "To-be",
  painMarker: "Touchpoint with pain points",
  touchpointRef: (n) => `Touchpoint ${n}`,
};

export const MAP_LABELS: Record<Locale, MapLabels> = { ko, en };

export function mapLabels(locale: Locale): MapLabels {
  return MAP_LABELS[locale];
}

/** A lane's printed label: the layout's custom label or custom lane name, else the built-in default. */
export function laneLabel(lane: { key: string; label: string; kind: string }, locale: Locale): string {
  if (lane.label) return lane.label;
  const builtIn = MAP_LABELS[locale].lanes as Record<string, string>;
  return builtIn[lane.kind] ?? lane.key;
}

/** "+2", "0", "−3" (a real minus sign, as printed). */
export function formatScore(score: number): string {
  if (score > 0) return `+${score}`;
  if (score < 0) return `−${Math.abs(score)}`;
  return "0";
}
