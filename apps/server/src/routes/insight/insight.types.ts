import { z } from "@hono/zod-openapi";
import {
  ImportanceSource,
  IpaResult,
  JourneyExperience,
  NpsSummary,
  PeriodKey,
  PriorityRank,
  PriorityWeights,
  ScoreBrief,
  ScoreSummary,
  StaffIpaComparison,
} from "@motmap/core";
import { ROLLUP_GRAINS, ROLLUP_SLICES } from "@motmap/db";
import { IdParams } from "../../http/route.ts";

export const InsightJourneyParams = IdParams;

const Grain = z.enum(ROLLUP_GRAINS).default("month").openapi({ description: "month, or ISO week (2026-W05)" });
const From = PeriodKey.optional().openapi({
  description: "First period, a key of the grain (2026-01 or 2026-W05); default: 11 months / 12 weeks before `to`",
});
const To = PeriodKey.optional().openapi({
  description: "Last period; default: the current one on the hospital's clock",
});
const By = z.enum(ROLLUP_SLICES).default("all").openapi({
  description: "Break down by department, site (through the department), segment or channel; all: the whole journey",
});

export const PeriodSeriesQuery = z.object({ grain: Grain, from: From, to: To });
export const SlicedSeriesQuery = PeriodSeriesQuery.extend({
  by: By,
  sliceValue: z.string().min(1).max(100).optional().openapi({
    description: "Only this department / site id, segment or channel of `by` (e.g. one department's trend)",
  }),
});
export const IpaQuery = z.object({
  from: PeriodKey.optional().openapi({ description: "First month (2026-01); default: 11 months before `to`" }),
  to: PeriodKey.optional().openapi({ description: "Last month; default: the current month" }),
  importance: ImportanceSource.default("stated").openapi({
    description:
      "stated: the mean answer to 'how important was it?'; derived: Pearson's r between the touchpoint's " +
      "satisfaction and overall satisfaction (or NPS) in the same responses",
  }),
  against: z.enum(["overall", "nps"]).default("overall"),
});
export const PrioritiesQuery = z.object({
  period: PeriodKey.optional().openapi({ description: "The month ranked (2026-01); default: the current month" }),
});

const TooFewNote =
  "A score on fewer than 10 answers is { kind: 'too_few', n } — shown as 'too few answers', never as a number.";

export const TouchpointScoresResponse = z
  .object({
    journeyId: z.string(),
    grain: z.enum(ROLLUP_GRAINS),
    by: z.enum(ROLLUP_SLICES),
    periods: z.array(z.string()),
    touchpoints: z.array(
      z.object({
        touchpointId: z.string(),
        name: z.string(),
        stageId: z.string(),
        stageName: z.string(),
        cells: z.array(
          z.object({
            period: z.string(),
            sliceValue: z.string().openapi({ description: "Department / site id, segment or channel; '' for all" }),
            satisfaction: ScoreBrief,
            importance: ScoreBrief,
            complaints: z
              .number()
              .int()
              .nullable()
              .openapi({ description: "VOC complaints; null until VOC is linked" }),
            compliments: z.number().int().nullable(),
          }),
        ),
      }),
    ),
    overall: z.array(
      z.object({ period: z.string(), sliceValue: z.string(), satisfaction: ScoreSummary, nps: NpsSummary }),
    ),
  })
  .openapi("TouchpointScores", { description: TooFewNote });

export const JourneyExperienceResponse = z
  .object({
    journeyId: z.string(),
    grain: z.enum(ROLLUP_GRAINS),
    periods: z.array(z.object({ period: z.string(), experience: JourneyExperience })),
  })
  .openapi("JourneyExperienceSeries");

const JourneyTouchpoint = z.object({ id: z.string(), name: z.string(), stageId: z.string(), stageName: z.string() });

export const JourneyIpaResponse = z
  .object({
    journeyId: z.string(),
    from: z.string(),
    to: z.string(),
    against: z.enum(["overall", "nps"]),
    ipa: IpaResult,
    touchpoints: z.array(JourneyTouchpoint),
    staff: StaffIpaComparison.nullable().openapi({
      description:
        "The team's hypothesis on the map — touchpoint importance 1–5 as (r − 1) · 25, its stage's emotion −3…+3 " +
        "as (e + 3) / 6 · 100 — placed against the patients' cut lines, with per touchpoint both quadrants, the " +
        "gaps (patients − team) and blind spots; touchpoints the team did not rate are 'not_rated'. Null for " +
        "derived importance.",
    }),
  })
  .openapi("JourneyIpa");

export const PriorityListResponse = z
  .object({
    journeyId: z.string(),
    period: z.string(),
    weights: PriorityWeights,
    items: z.array(
      PriorityRank.extend({
        label: z.string(),
        touchpointName: z.string().nullable(),
        stageName: z.string().nullable(),
      }),
    ),
  })
  .openapi("PriorityList");

export const NpsTrendResponse = z
  .object({
    journeyId: z.string(),
    grain: z.enum(ROLLUP_GRAINS),
    by: z.enum(ROLLUP_SLICES),
    points: z.array(z.object({ period: z.string(), sliceValue: z.string(), nps: NpsSummary })),
  })
  .openapi("NpsTrend");

export const PriorityWeightsResponse = z
  .object({ weights: PriorityWeights, version: z.number().int().min(0) })
  .openapi("StoredPriorityWeights", { description: "version 0: the defaults, never saved" });

export const UpdatePriorityWeightsBody = z.object({
  weights: PriorityWeights,
  version: z.number().int().min(0).openapi({ description: "The version read (0 while the defaults apply)" }),
});
