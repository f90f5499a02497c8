import { z } from "@hono/zod-openapi";
import { ScoreSummary, VOC_TYPES, VocType } from "@motmap/core";
import { ROLLUP_GRAINS } from "@motmap/db";
import { IdParams } from "../../http/route.ts";
import { PeriodSeriesQuery } from "./insight.types.ts";

export const TouchpointDetailParams = IdParams.extend({ touchpointId: z.uuid() });
export const TouchpointDetailQuery = PeriodSeriesQuery;

export const TouchpointDetailResponse = z
  .object({
    journeyId: z.string(),
    journeyTitle: z.string(),
    touchpoint: z.object({
      id: z.string(),
      name: z.string(),
      stageId: z.string(),
      stageName: z.string(),
      channel: z.string(),
      element: z.string(),
    }),
    grain: z.enum(ROLLUP_GRAINS),
    periods: z.array(z.string()),
    trend: z.array(
      z.object({
        period: z.string(),
        satisfaction: ScoreSummary,
        importance: ScoreSummary,
        journeyAverage: z.number().nullable().openapi({
          description: "Plain average (0–100) of the journey's touchpoint scores with at least 10 answers",
        }),
        complaints: z.number().int(),
        compliments: z.number().int(),
        followUp: z.object({ satisfaction: ScoreSummary, issues: z.number().int() }).openapi({
          description:
            "Follow-up calls (해피콜) of the period that asked about the touchpoint: the 1–5 ratings summarised " +
            "like survey answers (too few under 10), and the issues raised about it",
        }),
      }),
    ),
    distribution: z.object({
      scale: z.object({ min: z.number().int(), max: z.number().int() }),
      n: z.number().int(),
      counts: z
        .array(z.number().int())
        .nullable()
        .openapi({ description: "Satisfaction answers per scale point over the window; null under 10 answers" }),
    }),
    comments: z.array(
      z.object({
        responseId: z.string(),
        submittedAt: z.string(),
        visitDate: z.string().nullable(),
        departmentName: z.string().nullable(),
        text: z.string().openapi({ description: "Masked for personal data before it was stored" }),
        link: z.enum(["question", "low_rating"]).openapi({
          description:
            "question: a free-text question linked to the touchpoint; low_rating: the survey's general comment of a " +
            "patient whose worst moment this touchpoint was (rated 1 or 2, every other touchpoint higher)",
        }),
        rating: z.number().int().nullable(),
        scaleMax: z.number().int().nullable(),
      }),
    ),
    voc: z.object({
      counts: z.object(Object.fromEntries(VOC_TYPES.map((t) => [t, z.number().int()])) as Record<VocType, z.ZodNumber>),
      items: z.array(
        z.object({
          id: z.string(),
          type: VocType,
          channel: z.string(),
          receivedOn: z.string(),
          severity: z.string(),
          status: z.string(),
          text: z.string(),
        }),
      ),
    }),
  })
  .openapi("TouchpointDetail", {
    description: "A score on fewer than 10 answers is { kind: 'too_few', n } — shown as 'too few answers'.",
  });
