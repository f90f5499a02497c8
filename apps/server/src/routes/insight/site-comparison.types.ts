import { z } from "@hono/zod-openapi";
import { AverageScore, GroupComparison, NpsSummary, ScoreSummary, WeakestLink } from "@motmap/core";
import { ROLLUP_GRAINS } from "@motmap/db";
import { InsightJourneyParams, PeriodSeriesQuery } from "./insight.types.ts";

export const SiteComparisonParams = InsightJourneyParams;
export const SiteComparisonQuery = PeriodSeriesQuery;

const SiteId = z.string().nullable().openapi({
  description: "The site; null for the answers whose department has no site (or that name no department)",
});

export const SiteComparisonResponse = z
  .object({
    journeyId: z.string(),
    journeyTitle: z.string(),
    grain: z.enum(ROLLUP_GRAINS),
    periods: z.array(z.string()),
    sites: z
      .array(z.object({ id: z.string(), name: z.string(), answers: z.number().int() }))
      .openapi({ description: "Every site of the hospital in its order, with its answers in the window" }),
    columns: z
      .array(
        z.object({
          siteId: SiteId,
          name: z.string().nullable(),
          answers: z.number().int().openapi({ description: "Answers to the most answered question in the window" }),
          satisfaction: ScoreSummary,
          nps: NpsSummary,
          weakestLink: WeakestLink,
          average: AverageScore,
          hiddenGap: z.number().nullable(),
        }),
      )
      .openapi({
        description: "Sites with answers in the window, in site order, then 'no site' when such answers exist",
      }),
    sitesWithData: z.number().int().openapi({ description: "Sites (not 'no site') with answers in the window" }),
    touchpoints: z.array(
      z.object({
        touchpointId: z.string(),
        name: z.string(),
        stageId: z.string(),
        stageName: z.string(),
        cells: z.array(
          z.object({
            siteId: SiteId,
            satisfaction: ScoreSummary,
            gapToBest: z.number().nullable().openapi({
              description: "The best site's score minus this one's, points of 0–100; null under 10 answers",
            }),
          }),
        ),
        comparison: GroupComparison,
      }),
    ),
    trend: z.array(z.object({ period: z.string(), siteId: SiteId, satisfaction: ScoreSummary, nps: NpsSummary })),
  })
  .openapi("SiteComparison", {
    description:
      "A score on fewer than 10 answers is { kind: 'too_few', n } — shown as 'too few answers'. columns[].satisfaction " +
      "is overall satisfaction over the window. touchpoints[].comparison is Welch's t-test of the best against the " +
      "worst site with 10 answers or more, on 0–100, significant when p < 0.05 divided by the number of site pairs " +
      "(Bonferroni); its ids are site ids, '' for no site.",
  });
