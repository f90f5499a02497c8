import { Anchor, Badge, Breadcrumbs, Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ScoreSummary } from "@motmap/core";
import { parsePeriodKey } from "@motmap/core";
import { IconChartHistogram, IconEdit, IconMessageReport } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { fmt1, pct } from "../components/insight/format.ts";
import { PeriodWindowControls, usePeriodWindow } from "../components/insight/PeriodWindow.tsx";
import { useTouchpointDetail } from "../components/insight/queries.ts";
import {
  TouchpointBoxChart,
  TouchpointDistributionChart,
  TouchpointTrendChart,
  TouchpointVocChart,
} from "../components/insight/TouchpointCharts.tsx";
import { TouchpointComments, TouchpointVocList } from "../components/insight/TouchpointFeedback.tsx";
import { ErrorState, PageSkeleton } from "../components/states.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import "../components/insight/insight.css";

// The server's limits (packages/db/src/insight/get-touchpoint-detail.ts).
const COMMENT_LIMIT = 20;
const VOC_LIMIT = 10;

function Stat({
  label,
  hint,
  children,
  testId,
}: {
  label: string;
  hint?: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={testId}>
      <Text size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      {children}
      {hint && (
        <Text size="xs" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Card>
  );
}

/**
 * `/h/:hospitalId/journeys/:journeyId/insight/touchpoints/:touchpointId`: one touchpoint's measured experience —
 * trend, answer distribution, what patients wrote and VOC — with the same range controls as the journey insight.
 */
export function TouchpointInsightPage() {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const { journeyId = "", touchpointId = "" } = useParams();
  const period = usePeriodWindow();
  const { grain, to, from, length } = period;
  // A period clicked on the trend: the distribution and the headline cards read it instead of `to`.
  const [selected, setSelected] = useState<string | null>(null);

  const detail = useTouchpointDetail(hid, journeyId, touchpointId, { grain, from, to });
  if (detail.isPending) return <PageSkeleton />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;

  const rangeQuery = new URLSearchParams({ grain, to, n: String(length) }).toString();
  const insightHref = `/h/${hid}/journeys/${journeyId}/insight?${rangeQuery}`;
  const firstDay = parsePeriodKey(from).start;
  const lastDay = new Date(Date.parse(`${parsePeriodKey(to).end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const filename = `motmap-${d.touchpoint.name}`;

  const focus = selected ?? to;
  const point = d.trend.find((p) => p.period === focus) ?? null;
  const sat = point?.satisfaction ?? null;
  const imp = point?.importance ?? null;
  const tooFew = (s: ScoreSummary | null) => (
    <Text fz={22} fw={700} c="dimmed" fs="italic" mt={6} data-testid="tp-too-few">
      {t("insight.tooFewN", { n: s?.n ?? 0 })}
    </Text>
  );
  const gap = sat?.kind === "score" && point?.journeyAverage != null ? sat.percent - point.journeyAverage : null;

  return (
    <Stack gap="md" data-testid="touchpoint-insight-page">
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
        <Text size="sm" c="dimmed" truncate maw={320}>
          {d.touchpoint.name}
        </Text>
      </Breadcrumbs>

      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="xs" fw={700} c="blue.7" tt="uppercase">
            {t("insight.touchpoint.title")}
          </Text>
          <Title order={2} data-testid="tp-name">
            {d.touchpoint.name}
          </Title>
          <Group gap={6}>
            <Text size="sm" c="dimmed">
              {t("insight.touchpoint.subtitle", { stage: d.touchpoint.stageName, from, to })}
            </Text>
            <Badge variant="light" color="gray" size="sm">
              {t(`enums.channel.${d.touchpoint.channel}` as "enums.channel.phone", {
                defaultValue: d.touchpoint.channel,
              })}
            </Badge>
            <Badge variant="light" color="grape" size="sm">
              {t(`enums.element.${d.touchpoint.element}` as "enums.element.hardware", {
                defaultValue: d.touchpoint.element,
              })}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <PeriodWindowControls window={period} testIdPrefix="tp" onChange={() => setSelected(null)} />
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={insightHref}
            leftSection={<IconChartHistogram size={14} />}
          >
            {t("insight.touchpoint.back")}
          </Button>
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/h/${hid}/voc?touchpointId=${touchpointId}`}
            leftSection={<IconMessageReport size={14} />}
          >
            {t("insight.touchpoint.vocList")}
          </Button>
          <Button
            size="xs"
            variant="default"
            component={Link}
            to={`/h/${hid}/journeys/${journeyId}/touchpoints/${touchpointId}`}
            leftSection={<IconEdit size={14} />}
          >
            {t("insight.touchpoint.edit")}
          </Button>
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Stat
          label={t("insight.touchpoint.score", { period: focus })}
          testId="tp-stat-score"
          hint={
            sat?.kind === "score"
              ? t("insight.touchpoint.meanCi", {
                  mean: sat.mean.toFixed(2),
                  half: ((sat.ci.upper - sat.ci.lower) / 2).toFixed(2),
                  max: sat.scale.max,
                  n: sat.n,
                })
              : undefined
          }
        >
          {sat?.kind === "score" ? (
            <Stack gap={2}>
              <Group gap="xs" align="baseline">
                <Text fz={40} fw={800} lh={1.1} c={sat.percent < 60 ? "red.8" : "blue.8"}>
                  {fmt1(sat.percent)}
                </Text>
                <Text size="sm" c="dimmed">
                  / 100
                </Text>
              </Group>
              {gap !== null && (
                <Badge variant="light" color={gap < 0 ? "red" : "teal"} size="sm">
                  {t("insight.touchpoint.journeyGap", {
                    points: fmt1(Math.abs(gap)),
                    direction: t(gap < 0 ? "insight.touchpoint.below" : "insight.touchpoint.above"),
                  })}
                </Badge>
              )}
            </Stack>
          ) : (
            tooFew(sat)
          )}
        </Stat>
        <Stat
          label={t("insight.touchpoint.boxes", { period: focus })}
          hint={t("insight.touchpoint.boxesHint")}
          testId="tp-stat-boxes"
        >
          {sat?.kind === "score" ? (
            <Group gap="lg" mt={4}>
              <Stack gap={0}>
                <Text fz={32} fw={800} c="teal.7">
                  {pct(sat.topTwoBox)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("insight.table.top2")}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text fz={32} fw={800} c="red.7">
                  {pct(sat.bottomTwoBox)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("insight.table.bottom2")}
                </Text>
              </Stack>
            </Group>
          ) : (
            tooFew(sat)
          )}
        </Stat>
        <Stat
          label={t("insight.touchpoint.importance", { period: focus })}
          hint={t("insight.touchpoint.importanceHint")}
          testId="tp-stat-importance"
        >
          {imp?.kind === "score" ? (
            <Group gap="xs" align="baseline">
              <Text fz={40} fw={800} lh={1.1} c="violet.8">
                {imp.mean.toFixed(2)}
              </Text>
              <Text size="sm" c="dimmed">
                / 5 · n = {imp.n}
              </Text>
            </Group>
          ) : (
            tooFew(imp)
          )}
        </Stat>
        <Stat
          label={t("insight.touchpoint.vocRange", { from, to })}
          hint={t("insight.touchpoint.vocOther", {
            suggestions: d.voc.counts.suggestion,
            inquiries: d.voc.counts.inquiry,
          })}
          testId="tp-stat-voc"
        >
          <Group gap="lg" mt={4}>
            <Stack gap={0}>
              <Text fz={32} fw={800} c="red.7" data-testid="tp-voc-complaints">
                {d.voc.counts.complaint}
              </Text>
              <Text size="xs" c="dimmed">
                {t("insight.touchpoint.series.complaints")}
              </Text>
            </Stack>
            <Stack gap={0}>
              <Text fz={32} fw={800} c="teal.7" data-testid="tp-voc-compliments">
                {d.voc.counts.compliment}
              </Text>
              <Text size="xs" c="dimmed">
                {t("insight.touchpoint.series.compliments")}
              </Text>
            </Stack>
          </Group>
        </Stat>
      </SimpleGrid>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <TouchpointTrendChart trend={d.trend} filename={filename} selected={selected} onSelect={setSelected} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <TouchpointDistributionChart
            distribution={d.distribution}
            period={selected}
            periodCounts={
              point && selected
                ? {
                    n: point.satisfaction.n,
                    counts: point.satisfaction.kind === "score" ? point.satisfaction.counts : null,
                  }
                : null
            }
            from={from}
            to={to}
            filename={filename}
            onClear={() => setSelected(null)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <TouchpointBoxChart trend={d.trend} filename={filename} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <TouchpointVocChart trend={d.trend} filename={filename} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <TouchpointComments comments={d.comments} limit={COMMENT_LIMIT} filename={filename} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <TouchpointVocList
            hid={hid}
            touchpointId={touchpointId}
            voc={d.voc}
            from={firstDay}
            to={lastDay}
            limit={VOC_LIMIT}
          />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
