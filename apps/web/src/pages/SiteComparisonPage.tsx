import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from "@mantine/core";
import { IconChartHistogram } from "@tabler/icons-react";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { PeriodWindowControls, usePeriodWindow } from "../components/insight/PeriodWindow.tsx";
import { SiteCards } from "../components/insight/sites/SiteCards.tsx";
import { SiteHeatmap } from "../components/insight/sites/SiteHeatmap.tsx";
import { SitesEmptyState } from "../components/insight/sites/SitesEmptyState.tsx";
import { SiteTrendCharts } from "../components/insight/sites/SiteTrendCharts.tsx";
import { type SiteColumn, useSiteComparison } from "../components/insight/sites/site-comparison-api.ts";
import { ErrorState, PageSkeleton } from "../components/states.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import "../components/insight/insight.css";

/**
 * `/h/:hospitalId/journeys/:journeyId/insight/sites`: one journey compared across the hospital's sites — a card
 * per site, the touchpoint × site heatmap with the significant differences, and the trends per site.
 *
 * Answers whose department has no site get their own "no site" column, but only when there are any: hiding them
 * would make the sites look like the whole hospital, showing an empty column would be noise. With fewer than two
 * sites with answers the page says how to assign departments to sites instead of drawing one-line charts.
 */
export function SiteComparisonPage() {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const { journeyId = "" } = useParams();
  const navigate = useNavigate();
  const period = usePeriodWindow();
  const { grain, to, from, length } = period;
  const comparison = useSiteComparison(hid, journeyId, { grain, from, to });
  const siteName = useCallback((c: SiteColumn) => c.name ?? t("siteComparison.noSite"), [t]);
  const names = useMemo(
    () => new Map((comparison.data?.touchpoints ?? []).map((tp) => [tp.touchpointId, tp.name])),
    [comparison.data],
  );

  if (comparison.isPending) return <PageSkeleton />;
  if (comparison.isError) return <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />;
  const d = comparison.data;
  const rangeQuery = new URLSearchParams({ grain, to, n: String(length) }).toString();
  const insightHref = `/h/${hid}/journeys/${journeyId}/insight?${rangeQuery}`;
  const filename = `motmap-${d.journeyTitle}-sites-${from}-${to}`;

  return (
    <Stack gap="md" data-testid="site-comparison-page">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/h/${hid}/journeys`} size="sm">
          {t("nav.journeys")}
        </Anchor>
        <Anchor component={Link} to={`/h/${hid}/journeys/${journeyId}`} size="sm" truncate maw={320}>
          {d.journeyTitle}
        </Anchor>
        <Anchor component={Link} to={insightHref} size="sm">
          {t("insight.title")}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("siteComparison.title")}
        </Text>
      </Breadcrumbs>

      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={2}>{t("siteComparison.title")}</Title>
          <Text c="dimmed" size="sm">
            {t("siteComparison.subtitle", { journey: d.journeyTitle, from, to })}
          </Text>
        </Stack>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <PeriodWindowControls window={period} testIdPrefix="sites" />
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={insightHref}
            leftSection={<IconChartHistogram size={14} />}
          >
            {t("siteComparison.back")}
          </Button>
        </Group>
      </Group>

      {d.sitesWithData < 2 ? (
        <SitesEmptyState hid={hid} data={d} from={from} to={to} />
      ) : (
        <>
          <SiteCards columns={d.columns} names={names} siteName={siteName} />
          <SiteHeatmap
            data={d}
            siteName={siteName}
            filename={filename}
            onOpen={(id) => navigate(`/h/${hid}/journeys/${journeyId}/insight/touchpoints/${id}?${rangeQuery}`)}
          />
          <SiteTrendCharts data={d} siteName={siteName} filename={filename} />
        </>
      )}
    </Stack>
  );
}
