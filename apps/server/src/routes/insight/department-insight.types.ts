import { z } from "@hono/zod-openapi";
import { NpsSummary, ScoreChange, ScoreSummary, SliceGap } from "@motmap/core";
import { ROLLUP_GRAINS } from "@motmap/db";
import { IdParams } from "../../http/route.ts";
import { PeriodSeriesQuery } from "./insight.types.ts";

export const DepartmentInsightParams = IdParams;
export const DepartmentInsightQuery = PeriodSeriesQuery;

const Scores = z.object({ satisfaction: ScoreSummary, nps: NpsSummary });
const Headline = z.object({
  satisfaction: ScoreSummary,
  previousSatisfaction: ScoreSummary,
  /** Latest against the previous period, Welch's interval on 0–100. */
  change: ScoreChange,
  nps: NpsSummary,
  previousNps: NpsSummary,
});
const TrendPoint = z.object({ period: z.string(), department: Scores, hospital: Scores });

export const DepartmentInsightResponse = z
  .object({
    department: z.object({
      id: z.string(),
      name: z.string(),
      nameEn: z.string(),
      code: z.string(),
      siteName: z.string().nullable(),
    }),
    grain: z.enum(ROLLUP_GRAINS),
    periods: z.array(z.string()),
    latest: z.string().openapi({ description: "The last period of the window: the headline's" }),
    previous: z.string().openapi({ description: "The period before `latest`, read even when outside the window" }),
    headline: z.object({ department: Headline, hospital: Headline }),
    trend: z.array(TrendPoint).openapi({
      description: "Overall satisfaction and NPS per period: the department's patients and every patient, all journeys",
    }),
    journeys: z
      .array(z.object({ journeyId: z.string(), title: z.string(), trend: z.array(TrendPoint) }))
      .openapi({ description: "The same per journey, for every journey with survey answers in the window" }),
    touchpoints: z
      .array(
        z.object({
          journeyId: z.string(),
          journeyTitle: z.string(),
          touchpointId: z.string(),
          name: z.string(),
          stageId: z.string(),
          stageName: z.string(),
          department: ScoreSummary,
          journey: ScoreSummary,
          gap: SliceGap,
        }),
      )
      .openapi({
        description:
          "Touchpoint satisfaction over the window, the department's patients against the whole journey (the gap), " +
          "tested against the other patients (Welch); clear shortfalls first, then by gap, too few answers last",
      }),
    weakestTouchpointId: z.string().nullable(),
    owned: z
      .array(
        z.object({
          journeyId: z.string(),
          journeyTitle: z.string(),
          stageId: z.string(),
          stageName: z.string(),
          touchpointId: z.string(),
          name: z.string(),
          lead: z.boolean(),
          satisfaction: ScoreSummary,
          previousSatisfaction: ScoreSummary,
          change: ScoreChange,
          complaints: z.number().int().nullable().openapi({
            description: "VOC complaints received in the window; null when the hospital has no VOC about them",
          }),
        }),
      )
      .openapi({ description: "Touchpoints whose owning departments on the map include this one; every patient" }),
    departments: z
      .array(z.object({ departmentId: z.string(), name: z.string(), nameEn: z.string(), satisfaction: ScoreSummary }))
      .openapi({ description: "Every department's overall satisfaction in the latest period, all journeys" }),
  })
  .openapi("DepartmentInsight", {
    description: "A score on fewer than 10 answers is { kind: 'too_few', n } — shown as 'too few answers'.",
  });
