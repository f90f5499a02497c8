import type { siteComparisonKo } from "./site-comparison.ko.ts";

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

/** Site comparison of a journey: English. */
export const siteComparisonEn: DeepStrings<typeof siteComparisonKo> = {
  siteComparison: {
    open: "Compare sites",
    title: "Site comparison",
    subtitle:
      "{{journey}} — the patient experience per site, {{from}} to {{to}}. An answer's site is the site of the department it was given to.",
    back: "Journey insight",
    noSite: "No site",
    noSiteHint: "Answers from departments without a site (or without a department)",
    card: {
      satisfaction: "Overall satisfaction",
      meanCi: "Mean {{mean}} / {{max}} · 95% CI {{lower}} to {{upper}}",
      nps: "NPS",
      weakest: "Weakest moment",
      weakestNone: "No touchpoint with 10 or more answers",
      answers: "Answers",
      best: "Best",
    },
    heatmap: {
      title: "Touchpoint × site satisfaction",
      hint: "Score 0–100 (5- and 7-point scales on one scale). Grey: fewer than 10 answers. ✱ The sites differ significantly (Welch's t-test of the best against the worst site, 5% level corrected for the number of site pairs). Click a cell to open the touchpoint.",
      all: "All touchpoints",
      significant: "Significant only",
      noneSignificant: "No touchpoint differs significantly between sites in this period.",
      score: "Score",
      gap: "Gap to the best site",
      pValue: "p value",
      difference: "Best – worst",
      significantYes: "significant",
      significantNo: "not significant",
      notCompared: "Not compared (fewer than 2 sites with 10 answers)",
      points: "{{points}} points",
    },
    csv: {
      stage: "Stage",
      touchpoint: "Touchpoint",
      site: "Site",
      n: "Answers",
      mean: "Mean",
      scaleMax: "Scale",
      score: "Score (0–100)",
      ciLower: "CI lower (0–100)",
      ciUpper: "CI upper (0–100)",
      gap: "Gap to the best site",
      significant: "Sites differ significantly",
      pValue: "p value (best vs worst)",
      period: "Period",
      nps: "NPS",
      yes: "yes",
      no: "no",
    },
    trend: {
      satisfactionTitle: "Overall satisfaction by site",
      satisfactionHint: "Score 0–100; periods with fewer than 10 answers are left empty.",
      npsTitle: "NPS by site",
      npsHint: "% promoters (9–10) − % detractors (0–6), −100 to +100",
    },
    empty: {
      title: "Comparing sites needs at least two",
      noSites:
        "This hospital has {{count}} site(s). Add its sites (e.g. main hospital, health-screening centre) in the hospital settings, then set each department's site on the departments page.",
      oneSite:
        "{{count}} site(s) have answers from {{from}} to {{to}}. Set the site of each department on the departments page: its answers are then counted under that site.",
      recompute:
        "Answers already received move to the new site when the rollups are recomputed (administrator: motmap insight recompute); new answers count at once.",
      toDepartments: "Go to departments",
      sites: "Answers per site",
    },
  },
};
