import { z } from "zod";
import { Entity, Id, Lines, Name, Text, Version } from "./common.ts";

/** 접점 유형: 대인 · 전화 · 원격 · SNS. */
export const CHANNELS = ["face_to_face", "phone", "online", "social"] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

/** 접점 요소: 하드웨어 · 소프트웨어 · 휴먼웨어. */
export const ELEMENTS = ["hardware", "software", "humanware"] as const;
export const Element = z.enum(ELEMENTS);
export type Element = z.infer<typeof Element>;

export const TARGET_OPERATORS = ["<=", ">=", "="] as const;

/** A measurable target, e.g. "대기 시간 ≤ 15 분". Structured so later data can be checked against it. */
export const Target = z.object({
  label: Name(120),
  operator: z.enum(TARGET_OPERATORS),
  value: z.number().finite(),
  unit: z.string().trim().max(20).default(""),
});
export type Target = z.infer<typeof Target>;

export function formatTarget(t: Target): string {
  const op = t.operator === "<=" ? "≤" : t.operator === ">=" ? "≥" : "=";
  return `${t.label} ${op} ${t.value}${t.unit ? ` ${t.unit}` : ""}`;
}

/** Stated importance on a 1..5 scale (null = not yet rated). */
export const Importance = z.number().int().min(1).max(5);

export const TouchpointFields = z.object({
  name: Name(150),
  moment: Text(2000).default(""),
  channel: Channel,
  element: Element,
  departmentIds: z.array(Id).max(20).default([]),
  serviceStandard: Text(5000).default(""),
  script: Text(5000).default(""),
  dos: Lines().default([]),
  donts: Lines().default([]),
  targets: z.array(Target).max(20).default([]),
  importance: Importance.nullable().default(null),
});
export const Touchpoint = Entity.extend(TouchpointFields.shape).extend({
  journeyId: Id,
  stageId: Id,
  position: z.number().int(),
});
export type Touchpoint = z.infer<typeof Touchpoint>;
export const CreateTouchpointInput = TouchpointFields.extend({ position: z.number().int().min(0).optional() });
export type CreateTouchpointInput = z.input<typeof CreateTouchpointInput>;
export const UpdateTouchpointInput = z
  .object({
    /** Moving to another stage of the same journey appends it there. */
    stageId: Id,
    name: Name(150),
    moment: Text(2000),
    channel: Channel,
    element: Element,
    departmentIds: z.array(Id).max(20),
    serviceStandard: Text(5000),
    script: Text(5000),
    dos: Lines(),
    donts: Lines(),
    targets: z.array(Target).max(20),
    importance: Importance.nullable(),
  })
  .partial()
  .extend({ version: Version });
export type UpdateTouchpointInput = z.infer<typeof UpdateTouchpointInput>;
