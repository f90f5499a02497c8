import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Card,
  Group,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  useMantineTheme,
} from "@mantine/core";
import { PHASES, type Phase } from "@motmap/core";
import { IconArrowLeft, IconArrowsDiff, IconMapQuestion, IconTrendingDown, IconTrendingUp } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError, api, hospitalPath } from "../api/client.ts";
import { keys, useDepartments, useJourney } from "../api/queries.ts";
import type { JourneyDetail } from "../api/types.ts";
import { EmotionFace, emotionColor, emotionLabel } from "../components/EmotionInput.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, PageSkeleton } from "../components/states.tsx";
import { VariantBadge } from "../components/templates/VariantBadge.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import { JourneyMap } from "../map/index.ts";
import classes from "./ComparePage.module.css";

/** One row of the comparison: a stage of the as-is, of the to-be, or the same stage in both. */
export interface CompareRow {
  key: string;
  name: string;
  phase: Phase;
  asIs: number | null;
  toBe: number | null;
}

const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

function phaseSorted<T extends { phase: Phase }>(stages: readonly T[]): T[] {
  return PHASES.flatMap((p) => stages.filter((s) => s.phase === p));
}

/**
 * Lines the stages of the two journeys up: stages with the same name (in order) share a row, found
 * as the longest common subsequence, so renamed or added stages do not shift everything after them.
 */
export function alignStages(asIs: JourneyDetail, toBe: JourneyDetail): CompareRow[] {
  const a = phaseSorted(asIs.stages);
  const b = phaseSorted(toBe.stages);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        norm(a[i]?.name ?? "") === norm(b[j]?.name ?? "")
          ? (lcs[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const rows: CompareRow[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const sa = a[i];
    const sb = b[j];
    if (sa && sb && norm(sa.name) === norm(sb.name)) {
      rows.push({ key: `${sa.id}:${sb.id}`, name: sb.name, phase: sb.phase, asIs: sa.emotion, toBe: sb.emotion });
      i++;
      j++;
    } else if (sa && (!sb || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      rows.push({ key: sa.id, name: sa.name, phase: sa.phase, asIs: sa.emotion, toBe: null });
      i++;
    } else if (sb) {
      rows.push({ key: sb.id, name: sb.name, phase: sb.phase, asIs: null, toBe: sb.emotion });
      j++;
    }
  }
  return rows;
}

/** Splits a stage name into at most two lines of about `max` characters. */
function twoLines(name: string, max: number): string[] {
  if (name.length <= max) return [name];
  const words = name.split(/\s+/);
  let first = "";
  let k = 0;
  while (k < words.length && `${first} ${words[k]}`.trim().length <= max) {
    first = `${first} ${words[k]}`.trim();
    k++;
  }
  if (!first) {
    first = name.slice(0, max);
    const rest = name.slice(max);
    return [first, rest.length > max ? `${rest.slice(0, max - 1)}…` : rest];
  }
  const rest = words.slice(k).join(" ");
  return [first, rest.length > max ? `${rest.slice(0, max - 1)}…` : rest];
}

/** Both emotion curves on one −3..+3 axis, with the change drawn as an arrow per stage. */
function EmotionCompareChart({ rows }: { rows: CompareRow[] }) {
  const { t, i18n } = useTranslation();
  const theme = useMantineTheme();
  const col = Math.max(84, Math.min(120, 960 / Math.max(rows.length, 1)));
  const left = i18n.language === "en" ? 132 : 104;
  const right = 24;
  const top = 36;
  const plotH = 228;
  const bottom = 58;
  const width = left + col * rows.length + right;
  const height = top + plotH + bottom;
  const y = (v: number) => top + ((3 - v) / 6) * plotH;
  const x = (i: number) => left + col * i + col / 2;
  const asIsColor = theme.colors.gray[6];
  const toBeColor = theme.colors.violet[6];
  const up = theme.colors.teal[6];
  const down = theme.colors.red[6];

  const path = (pick: (r: CompareRow) => number | null) =>
    rows
      .map((r, i) => ({ v: pick(r), i }))
      .filter((p): p is { v: number; i: number } => p.v !== null)
      .map((p, k) => `${k === 0 ? "M" : "L"}${x(p.i).toFixed(1)} ${y(p.v).toFixed(1)}`)
      .join(" ");

  const phaseFill: Record<Phase, string> = {
    before: theme.colors.blue[0],
    during: theme.colors.motmap?.[0] ?? theme.colors.teal[0],
    after: theme.colors.grape[0],
  };
  // Characters per line by the name's own script: Korean stage names stay Korean on the English screen.
  const maxChars = (name: string) =>
    Math.floor((col - 8) / (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(name) ? 11.5 : 6.4));

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        style={{ minWidth: Math.min(width, 640), maxWidth: width, display: "block" }}
        role="img"
        aria-label={t("compare.chartLabel")}
        data-testid="emotion-compare-chart"
        fontFamily="inherit"
      >
        {/* Phase tints behind the columns. */}
        {rows.map((r, i) => (
          <rect key={`bg-${r.key}`} x={left + col * i} y={top} width={col} height={plotH} fill={phaseFill[r.phase]} />
        ))}
        {/* Grid and the emotion scale. */}
        {[3, 2, 1, 0, -1, -2, -3].map((v) => (
          <g key={v}>
            <line
              x1={left}
              x2={width - right}
              y1={y(v)}
              y2={y(v)}
              stroke={v === 0 ? theme.colors.gray[5] : theme.colors.gray[3]}
              strokeDasharray={v === 0 ? undefined : "3 4"}
            />
            <text x={left - 8} y={y(v) + 4} textAnchor="end" fontSize={11} fill={theme.colors.gray[7]}>
              {`${v > 0 ? "+" : ""}${v} ${t(`emotion.${String(v) as "0"}`)}`}
            </text>
          </g>
        ))}
        {/* Change per stage. */}
        {rows.map((r, i) => {
          if (r.asIs === null || r.toBe === null || r.asIs === r.toBe) return null;
          const better = r.toBe > r.asIs;
          const y0 = y(r.asIs);
          const y1 = y(r.toBe) + (better ? 9 : -9);
          return (
            <g key={`d-${r.key}`}>
              <line x1={x(i)} x2={x(i)} y1={y0} y2={y1} stroke={better ? up : down} strokeWidth={3} opacity={0.5} />
              <text
                x={x(i) + 10}
                y={(y(r.asIs) + y(r.toBe)) / 2 + 4}
                fontSize={12}
                fontWeight={700}
                fill={better ? up : down}
              >
                {`${better ? "+" : ""}${r.toBe - r.asIs}`}
              </text>
            </g>
          );
        })}
        <path d={path((r) => r.asIs)} fill="none" stroke={asIsColor} strokeWidth={2.5} strokeDasharray="7 5" />
        <path d={path((r) => r.toBe)} fill="none" stroke={toBeColor} strokeWidth={3} />
        {rows.map((r, i) => (
          <g key={`p-${r.key}`}>
            {r.asIs !== null && (
              <circle cx={x(i)} cy={y(r.asIs)} r={5.5} fill="white" stroke={asIsColor} strokeWidth={2.5}>
                <title>{`${r.name} · As-is ${emotionLabel(r.asIs, t)}`}</title>
              </circle>
            )}
            {r.toBe !== null && (
              <circle cx={x(i)} cy={y(r.toBe)} r={6} fill={toBeColor} stroke="white" strokeWidth={2}>
                <title>{`${r.name} · To-be ${emotionLabel(r.toBe, t)}`}</title>
              </circle>
            )}
          </g>
        ))}
        {/* Stage names. */}
        {rows.map((r, i) => (
          <text
            key={`n-${r.key}`}
            x={x(i)}
            y={top + plotH + 18}
            textAnchor="middle"
            fontSize={11.5}
            fill={theme.colors.dark[6]}
          >
            <title>{r.name}</title>
            {twoLines(r.name, maxChars(r.name)).map((line, k) => (
              <tspan key={line} x={x(i)} dy={k === 0 ? 0 : 15}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
        {/* Legend. */}
        <g transform={`translate(${left}, 14)`}>
          <line x1={0} x2={26} y1={0} y2={0} stroke={asIsColor} strokeWidth={2.5} strokeDasharray="7 5" />
          <circle cx={13} cy={0} r={4.5} fill="white" stroke={asIsColor} strokeWidth={2.5} />
          <text x={34} y={4} fontSize={12} fill={theme.colors.dark[6]}>
            {t("compare.colAsIs")}
          </text>
          <line x1={96} x2={122} y1={0} y2={0} stroke={toBeColor} strokeWidth={3} />
          <circle cx={109} cy={0} r={5} fill={toBeColor} />
          <text x={130} y={4} fontSize={12} fill={theme.colors.dark[6]}>
            {t("compare.colToBe")}
          </text>
        </g>
      </svg>
    </ScrollArea>
  );
}

function DeltaBadge({ row }: { row: CompareRow }) {
  const { t } = useTranslation();
  if (row.asIs === null)
    return (
      <Badge color="violet" variant="light">
        {t("compare.onlyToBe")}
      </Badge>
    );
  if (row.toBe === null)
    return (
      <Badge color="gray" variant="light">
        {t("compare.onlyAsIs")}
      </Badge>
    );
  const d = row.toBe - row.asIs;
  if (d === 0)
    return (
      <Badge color="gray" variant="light">
        {t("compare.same")}
      </Badge>
    );
  return (
    <Badge
      color={d > 0 ? "teal" : "red"}
      variant="light"
      leftSection={d > 0 ? <IconTrendingUp size={12} /> : <IconTrendingDown size={12} />}
    >
      {`${d > 0 ? "+" : ""}${d} ${d > 0 ? t("compare.improved") : t("compare.worse")}`}
    </Badge>
  );
}

function Score({ value }: { value: number | null }) {
  const { t } = useTranslation();
  if (value === null) return <Text c="dimmed">—</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <EmotionFace score={value} size={18} />
      <Text size="sm" c={`${emotionColor(value)}.8`} style={{ whiteSpace: "nowrap" }}>
        {emotionLabel(value, t)}
      </Text>
    </Group>
  );
}

function summary(values: (number | null)[]) {
  const v = values.filter((x): x is number => x !== null);
  if (v.length === 0) return { avg: null, min: null };
  return { avg: v.reduce((a, b) => a + b, 0) / v.length, min: Math.min(...v) };
}

/**
 * Keeps the horizontal scroll of the maps inside two wrappers in step: scrolling one map sideways
 * scrolls the other to the same stage columns.
 */
function useSyncedScroll(ready: boolean) {
  const a = useRef<HTMLDivElement>(null);
  const b = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!ready) return;
    const boxes = [a.current, b.current].map((w) => w?.querySelector<HTMLElement>(".mm-scroll") ?? null);
    const [x, y] = boxes;
    if (!x || !y) return;
    const follow = (src: HTMLElement, dst: HTMLElement) => () => {
      if (Math.abs(dst.scrollLeft - src.scrollLeft) > 1) dst.scrollLeft = src.scrollLeft;
    };
    const onX = follow(x, y);
    const onY = follow(y, x);
    x.addEventListener("scroll", onX, { passive: true });
    y.addEventListener("scroll", onY, { passive: true });
    return () => {
      x.removeEventListener("scroll", onX);
      y.removeEventListener("scroll", onY);
    };
  }, [ready]);
  return { a, b };
}

function MapPanel({
  label,
  color,
  journey,
  departments,
  link,
  wrapperRef,
  testId,
}: {
  label: string;
  color: string;
  journey: JourneyDetail;
  departments: readonly { id: string; name: string }[];
  link: string;
  wrapperRef: React.RefObject<HTMLDivElement | null>;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      <Group justify="space-between">
        <Group gap="sm">
          <Badge color={color} variant="filled">
            {label}
          </Badge>
          <Text fw={600} size="sm">
            {journey.title}
          </Text>
        </Group>
        <Anchor component={Link} to={link} size="sm">
          {t("compare.openJourney")}
        </Anchor>
      </Group>
      <Box ref={wrapperRef} className={classes.map} style={{ borderLeftColor: `var(--mantine-color-${color}-6)` }}>
        <JourneyMap detail={journey} departments={departments} readOnly testId={`${testId}-map`} />
      </Box>
    </Stack>
  );
}

export function ComparePage() {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const { journeyId = "" } = useParams();
  const toBe = useJourney(hid, journeyId);
  const baseId = toBe.data?.basedOnId ?? null;
  const asIs = useQuery({
    queryKey: keys.journey(hid, baseId ?? "none"),
    queryFn: () => api.get<JourneyDetail>(hospitalPath(hid, `/journeys/${baseId}`)),
    enabled: baseId !== null,
  });
  const departments = useDepartments(hid);
  const scroll = useSyncedScroll(Boolean(toBe.data && asIs.data));

  const back = (
    <Button component={Link} to={`/h/${hid}/journeys/${journeyId}`} variant="light">
      {t("journey.back")}
    </Button>
  );

  if (toBe.isPending || (baseId !== null && asIs.isPending)) return <PageSkeleton />;
  if (toBe.isError) {
    if (toBe.error instanceof ApiError && toBe.error.status === 404)
      return <EmptyBlock icon={<IconMapQuestion size={28} />} title={t("journey.notFound")} action={back} />;
    return <ErrorState error={toBe.error} onRetry={() => void toBe.refetch()} />;
  }
  const tb = toBe.data;
  if (tb.variant !== "to_be" || baseId === null)
    return <EmptyBlock icon={<IconArrowsDiff size={28} />} title={t("compare.notToBe")} action={back} />;
  if (asIs.isError) {
    if (asIs.error instanceof ApiError && asIs.error.status === 404)
      return <EmptyBlock icon={<IconMapQuestion size={28} />} title={t("compare.baseMissing")} action={back} />;
    return <ErrorState error={asIs.error} onRetry={() => void asIs.refetch()} />;
  }
  const ai = asIs.data;
  if (!ai) return <PageSkeleton />;

  const rows = alignStages(ai, tb);
  const sA = summary(rows.map((r) => r.asIs));
  const sB = summary(rows.map((r) => r.toBe));
  const fmt = (v: number | null) => (v === null ? "—" : `${v > 0 ? "+" : ""}${v.toFixed(1)}`);

  return (
    <Stack gap="lg" className="mm-page">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/h/${hid}/journeys`} size="sm">
          {t("nav.journeys")}
        </Anchor>
        <Anchor component={Link} to={`/h/${hid}/journeys/${journeyId}`} size="sm" truncate maw={360}>
          {tb.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("compare.title")}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={
          <Group gap="sm">
            <span data-testid="compare-title">{t("compare.title")}</span>
            <VariantBadge variant="to_be" />
          </Group>
        }
        subtitle={t("compare.subtitle")}
        actions={
          <Button
            component={Link}
            to={`/h/${hid}/journeys/${journeyId}`}
            variant="subtle"
            leftSection={<IconArrowLeft size={16} />}
          >
            {t("cycle.backToJourney")}
          </Button>
        }
      />

      <Card>
        <Stack gap="md">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Stack gap={2}>
              <Title order={4}>{t("compare.emotionTitle")}</Title>
              <Text size="sm" c="dimmed">
                {t("compare.emotionHint")}
              </Text>
            </Stack>
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={4}>
              <Text size="xs" c="dimmed" ta="right">
                {t("compare.colAsIs")} · {t("compare.average")} {fmt(sA.avg)} · {t("compare.lowest")} {fmt(sA.min)}
              </Text>
              <Text size="xs" c="violet.7" fw={600}>
                {t("compare.colToBe")} · {t("compare.average")} {fmt(sB.avg)} · {t("compare.lowest")} {fmt(sB.min)}
              </Text>
            </SimpleGrid>
          </Group>
          <EmotionCompareChart rows={rows} />
        </Stack>
      </Card>

      <Card p={0}>
        <Title order={4} p="md" pb="xs">
          {t("compare.deltaTitle")}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="emotion-delta-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("compare.colStage")}</Table.Th>
                <Table.Th>{t("compare.colAsIs")}</Table.Th>
                <Table.Th>{t("compare.colToBe")}</Table.Th>
                <Table.Th>{t("compare.colDelta")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key} data-testid="emotion-delta-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Score value={r.asIs} />
                  </Table.Td>
                  <Table.Td>
                    <Score value={r.toBe} />
                  </Table.Td>
                  <Table.Td>
                    <DeltaBadge row={r} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t("compare.mapsTitle")}</Title>
          <Text size="xs" c="dimmed">
            {t("compare.syncScroll")}
          </Text>
        </Group>
        <MapPanel
          label={t("compare.asIsMap")}
          color="gray"
          journey={ai}
          departments={departments.data ?? []}
          link={`/h/${hid}/journeys/${ai.id}`}
          wrapperRef={scroll.a}
          testId="compare-as-is"
        />
        <MapPanel
          label={t("compare.toBeMap")}
          color="violet"
          journey={tb}
          departments={departments.data ?? []}
          link={`/h/${hid}/journeys/${tb.id}`}
          wrapperRef={scroll.b}
          testId="compare-to-be"
        />
      </Stack>
    </Stack>
  );
}
