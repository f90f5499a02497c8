import { Anchor, Breadcrumbs, Button, Group, Portal, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ImportanceSource } from "@motmap/core";
import { IconBuildingCommunity, IconDeviceTv, IconMap2 } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useDepartments, useJourney, useSites } from "../api/queries.ts";
import { ChartCard } from "../components/insight/ChartCard.tsx";
import type { EChartsOption } from "../components/insight/EChart.tsx";
import { fmt1, monthOf } from "../components/insight/format.ts";
import { HeadlineCards } from "../components/insight/HeadlineCards.tsx";
import { IpaCard } from "../components/insight/IpaCard.tsx";
import { PeriodWindowControls, usePeriodWindow } from "../components/insight/PeriodWindow.tsx";
import { PriorityList } from "../components/insight/PriorityList.tsx";
import {
  type SliceBy,
  useExperience,
  useIpa,
  useNpsTrend,
  usePriorities,
  useTouchpointScores,
} from "../components/insight/queries.ts";
import { TouchpointTable } from "../components/insight/TouchpointTable.tsx";
import { ErrorState, PageSkeleton } from "../components/states.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import "../components/insight/insight.css";

const WALL_REFRESH_MS = 60_000;

/** `/h/:hospitalId/journeys/:journeyId/insight`: the journey's measured experience; `?wall=1` for a wall screen. */
export function InsightPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const { journeyId = "" } = useParams();
  const navigate = useNavigate();
  const period = usePeriodWindow();
  const { search, set, grain, to, from, length } = period;
  const wall = search.get("wall") === "1";
  const refresh = wall ? WALL_REFRESH_MS : false;

  const by = (search.get("by") as SliceBy | null) ?? "all";
  const sliceValue = search.get("slice") ?? "";
  const [importance, setImportance] = useState<ImportanceSource>("stated");

  const journey = useJourney(hid, journeyId);
  const departments = useDepartments(hid);
  const sites = useSites(hid);
  const range = { grain, from, to };
  const experience = useExperience(hid, journeyId, range, refresh);
  const scores = useTouchpointScores(
    hid,
    journeyId,
    by === "all" || !sliceValue ? range : { ...range, by, sliceValue },
    refresh,
  );
  const nps = useNpsTrend(hid, journeyId, { ...range, by }, refresh);
  const ipa = useIpa(hid, journeyId, { from: monthOf(from), to: monthOf(to), importance }, refresh);
  const priorities = usePriorities(hid, journeyId, monthOf(to), refresh);

  const names = useMemo(
    () => new Map((scores.data?.touchpoints ?? []).map((tp) => [tp.touchpointId, tp.name])),
    [scores.data],
  );
  const sliceName = useMemo(() => {
    const m = new Map<string, string>();
    for (const d of departments.data ?? []) m.set(d.id, d.name);
    for (const s of sites.data ?? []) m.set(s.id, s.name);
    return (v: string) => (v === "" ? t("insight.slice.all") : (m.get(v) ?? v));
  }, [departments.data, sites.data, t]);

  const expSeries = experience.data?.periods ?? [];
  const current = expSeries.find((p) => p.period === to)?.experience ?? null;
  const weakestId = current?.weakestLink.kind === "score" ? current.weakestLink.touchpointId : null;
  const overallNow = scores.data?.overall.find(
    (o) => o.period === to && o.sliceValue === (by === "all" ? "" : sliceValue),
  );
  const base = `motmap-${journey.data?.title ?? "journey"}`;

  const expOption = useMemo<EChartsOption>(() => {
    const x = expSeries.map((p) => p.period);
    const wk = expSeries.map((p) =>
      p.experience.weakestLink.kind === "score" ? p.experience.weakestLink.score : null,
    );
    const av = expSeries.map((p) => (p.experience.average.kind === "score" ? p.experience.average.score : null));
    const fs = wall ? 16 : 12;
    return {
      animation: !wall,
      grid: { left: 44, right: 20, top: 36, bottom: 32 },
      legend: { top: 0, textStyle: { fontSize: fs } },
      tooltip: {
        trigger: "axis",
        formatter: (ps: { dataIndex: number }[]) => {
          const i = ps[0]?.dataIndex ?? 0;
          const e = expSeries[i]?.experience;
          if (!e) return "";
          const w = e.weakestLink;
          return `<b>${x[i]}</b><br/>${t("insight.chart.weakest")}: ${
            w.kind === "score" ? `${fmt1(w.score)} — ${names.get(w.touchpointId) ?? ""}` : t("insight.tooFew")
          }<br/>${t("insight.chart.average")}: ${e.average.kind === "score" ? fmt1(e.average.score) : t("insight.tooFew")}`;
        },
      },
      xAxis: { type: "category", data: x, axisLabel: { fontSize: fs } },
      yAxis: { type: "value", min: 0, max: 100, axisLabel: { fontSize: fs } },
      series: [
        {
          name: t("insight.chart.weakest"),
          type: "line",
          data: wk,
          color: "#e03131",
          lineStyle: { width: 3 },
          symbolSize: 7,
          markArea: {
            silent: true,
            itemStyle: { color: "rgba(224,49,49,0.06)" },
            data: [[{ xAxis: to }, { xAxis: to }]],
          },
        },
        { name: t("insight.chart.average"), type: "line", data: av, color: "#1c7ed6", lineStyle: { width: 2 } },
      ],
    };
  }, [expSeries, names, t, to, wall]);

  const expCsv = {
    header: [
      t("insight.chart.period"),
      t("insight.chart.weakest"),
      t("insight.chart.weakestTouchpoint"),
      "n",
      t("insight.chart.average"),
      t("insight.chart.gap"),
    ],
    rows: expSeries.map((p) => {
      const w = p.experience.weakestLink;
      return [
        p.period,
        w.kind === "score" ? w.score : t("insight.tooFew"),
        w.kind === "score" ? (names.get(w.touchpointId) ?? w.touchpointId) : null,
        w.kind === "score" ? w.n : null,
        p.experience.average.kind === "score" ? p.experience.average.score : null,
        p.experience.hiddenGap,
      ];
    }),
  };

  const npsPoints = nps.data?.points ?? [];
  const npsSlices = useMemo(() => [...new Set(npsPoints.map((p) => p.sliceValue))], [npsPoints]);
  const npsOption = useMemo<EChartsOption>(() => {
    const periods = [...new Set(npsPoints.map((p) => p.period))].sort();
    const fs = wall ? 16 : 12;
    return {
      animation: !wall,
      grid: { left: 44, right: 20, top: npsSlices.length > 1 ? 56 : 24, bottom: 32 },
      legend: npsSlices.length > 1 ? { top: 0, type: "scroll", textStyle: { fontSize: fs } } : { show: false },
      tooltip: { trigger: "axis" },
      xAxis: { type: "category", data: periods, axisLabel: { fontSize: fs } },
      yAxis: { type: "value", min: -100, max: 100, axisLabel: { fontSize: fs } },
      series: npsSlices.map((s) => ({
        name: sliceName(s),
        type: "line",
        connectNulls: false,
        color: npsSlices.length === 1 ? "#9c36b5" : undefined,
        data: periods.map((per) => {
          const pt = npsPoints.find((p) => p.period === per && p.sliceValue === s);
          return pt?.nps.kind === "nps" ? Math.round(pt.nps.score * 10) / 10 : null;
        }),
        markLine:
          npsSlices.length === 1
            ? {
                silent: true,
                symbol: "none",
                data: [{ yAxis: 0 }],
                lineStyle: { color: "#adb5bd" },
                label: { show: false },
              }
            : undefined,
      })),
    };
  }, [npsPoints, npsSlices, sliceName, wall]);
  const npsCsv = {
    header: [t("insight.chart.period"), t("insight.slice.label"), "NPS", "CI −", "CI +", "n"],
    rows: npsPoints.map((p) => [
      p.period,
      sliceName(p.sliceValue),
      p.nps.kind === "nps" ? p.nps.score : t("insight.tooFew"),
      p.nps.kind === "nps" ? p.nps.ci.lower : null,
      p.nps.kind === "nps" ? p.nps.ci.upper : null,
      p.nps.n,
    ]),
  };

  if (journey.isPending) return <PageSkeleton />;
  if (journey.isError) return <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />;
  const error = experience.error ?? scores.error;
  // The touchpoint's own dashboard, on the same grain and range.
  const rangeQuery = new URLSearchParams({ grain, to, n: String(length) }).toString();
  const touchpointHref = (id: string) => `/h/${hid}/journeys/${journeyId}/insight/touchpoints/${id}?${rangeQuery}`;

  const content = (
    <Stack gap="md" data-testid="insight-page" data-wall={wall || undefined} p={wall ? "lg" : undefined}>
      {!wall && (
        <Breadcrumbs separatorMargin={6}>
          <Anchor component={Link} to={`/h/${hid}/journeys`} size="sm">
            {t("nav.journeys")}
          </Anchor>
          <Anchor component={Link} to={`/h/${hid}/journeys/${journeyId}`} size="sm" truncate maw={420}>
            {journey.data.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t("insight.title")}
          </Text>
        </Breadcrumbs>
      )}
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          <Title order={wall ? 1 : 2} fz={wall ? 40 : undefined}>
            {wall ? journey.data.title : t("insight.title")}
          </Title>
          <Text c="dimmed" size={wall ? "lg" : "sm"}>
            {wall ? t("insight.wall.subtitle", { period: to }) : t("insight.subtitle", { journey: journey.data.title })}
          </Text>
        </Stack>
        {wall ? (
          <Button variant="subtle" color="gray" size="xs" onClick={() => set({ wall: null })}>
            {t("insight.wall.exit")}
          </Button>
        ) : (
          <Group gap="xs" align="flex-end" wrap="wrap">
            <PeriodWindowControls window={period} testIdPrefix="insight" />
            <Select
              size="xs"
              w={120}
              label={t("insight.slice.label")}
              data={(["all", "department", "site", "segment"] as const).map((b) => ({
                value: b,
                label: t(`insight.slice.${b}`),
              }))}
              value={by}
              allowDeselect={false}
              onChange={(v) => v && set({ by: v, slice: null })}
              data-testid="insight-by"
            />
            {by !== "all" && (
              <Select
                size="xs"
                w={160}
                label={t("insight.slice.value")}
                placeholder={t("insight.slice.all")}
                clearable
                data={npsSlices.map((s) => ({ value: s, label: sliceName(s) }))}
                value={sliceValue || null}
                onChange={(v) => set({ slice: v })}
              />
            )}
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={`/h/${hid}/journeys/${journeyId}/map?measured=1`}
              leftSection={<IconMap2 size={14} />}
            >
              {t("insight.toMap")}
            </Button>
            <Button
              size="xs"
              variant="default"
              component={Link}
              to={`/h/${hid}/journeys/${journeyId}/insight/sites?${new URLSearchParams({ grain, to, n: String(length) })}`}
              leftSection={<IconBuildingCommunity size={14} />}
              data-testid="insight-sites"
            >
              {t("siteComparison.open")}
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDeviceTv size={14} />}
              onClick={() => set({ wall: "1" })}
              data-testid="insight-wall"
            >
              {t("insight.wall.open")}
            </Button>
          </Group>
        )}
      </Group>
      {error ? <ErrorState error={error} /> : null}
      <HeadlineCards
        period={to}
        experience={current}
        names={names}
        nps={overallNow?.nps ?? null}
        answers={overallNow ? Math.max(overallNow.satisfaction.n, overallNow.nps.n) : null}
        wall={wall}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title={t("insight.chart.experienceTitle")}
          subtitle={t("insight.chart.experienceHint")}
          option={expOption}
          data={expCsv}
          filename={`${base}-experience`}
          testId="experience-chart"
          height={wall ? 380 : 300}
          wall={wall}
          onPointClick={(p) => {
            const per = expSeries[p.dataIndex]?.period;
            if (per && !wall) set({ to: per });
          }}
        />
        <ChartCard
          title={t("insight.chart.npsTitle")}
          subtitle={t("insight.chart.npsHint")}
          option={npsOption}
          data={npsCsv}
          filename={`${base}-nps`}
          testId="nps-chart"
          height={wall ? 380 : 300}
          wall={wall}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        {ipa.data ? (
          <IpaCard
            data={ipa.data}
            importance={importance}
            onImportance={setImportance}
            weakestId={weakestId}
            onOpen={(id) => navigate(touchpointHref(id))}
            filename={`${base}-ipa`}
            wall={wall}
          />
        ) : (
          <div />
        )}
        {priorities.data ? (
          <PriorityList
            hid={hid}
            data={priorities.data}
            canEdit={canEdit}
            filename={`${base}-priorities`}
            touchpointHref={touchpointHref}
            wall={wall}
            limit={wall ? 8 : 10}
          />
        ) : (
          <div />
        )}
      </SimpleGrid>
      {!wall && scores.data && (
        <TouchpointTable
          data={scores.data}
          period={to}
          weakestId={weakestId}
          touchpointHref={touchpointHref}
          filename={`${base}-touchpoints-${to}`}
        />
      )}
    </Stack>
  );

  if (!wall) return content;
  return (
    <Portal>
      <div className="mm-insight-wall" data-testid="insight-wall-screen">
        {content}
      </div>
    </Portal>
  );
}
