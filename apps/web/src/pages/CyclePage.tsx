import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Card,
  Center,
  DataList,
  Divider,
  Drawer,
  Group,
  Loader,
  Rating,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import {
  type Department,
  layoutMotCycle,
  PALETTE,
  type PainPoint,
  type Phase,
  renderSvg,
  type Touchpoint,
  type Element as TouchpointElement,
  type TouchpointExperience,
} from "@motmap/core";
import { IconArrowLeft, IconChartDonut3, IconExternalLink, IconMapQuestion } from "@tabler/icons-react";
import { type KeyboardEvent, type MouseEvent, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../api/client.ts";
import { useDepartments, useJourney } from "../api/queries.ts";
import type { JourneyDetail } from "../api/types.ts";
import { ChannelIcon, SeverityBadge } from "../components/badges.tsx";
import { CommentThread } from "../components/comments/CommentThread.tsx";
import { ExportMenu } from "../components/export/ExportMenu.tsx";
import { fmt1 } from "../components/insight/format.ts";
import { MeasuredWeakestLine, useMeasuredScores } from "../components/insight/MeasuredOverlay.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, PageSkeleton } from "../components/states.tsx";
import { VariantBadge } from "../components/templates/VariantBadge.tsx";
import { currentLanguage } from "../i18n/index.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import classes from "./CyclePage.module.css";

type ColourBy = "element" | "phase";

export interface CycleEntry {
  number: number;
  touchpoint: Touchpoint;
  stageName: string;
  phase: Phase;
  painPoints: PainPoint[];
}

/** Touchpoints in the order the cycle draws them: stage by stage, then by position. */
export function cycleEntries(detail: JourneyDetail): CycleEntry[] {
  const out: CycleEntry[] = [];
  for (const s of detail.stages) {
    for (const tp of s.touchpoints) {
      out.push({
        number: out.length + 1,
        touchpoint: tp,
        stageName: s.name,
        phase: s.phase,
        painPoints: detail.painPoints.filter((p) => p.touchpointId === tp.id),
      });
    }
  }
  return out;
}

/** The SVG from the core, stripped of its XML declaration so it can live inside the page. */
function inlineSvg(svg: string): string {
  return svg.replace(/^<\?xml[^>]*>\s*/, "");
}

/** Element badge in the chart's own colours, so the table and the drawer match the segments. */
function CycleElementBadge({ element }: { element: TouchpointElement }) {
  const { t } = useTranslation();
  const c = PALETTE.element[element];
  return (
    <Badge variant="light" color={c.main} c={c.text} bg={c.tint}>
      {t(`enums.element.${element}`)}
    </Badge>
  );
}

function PhaseBadge({ phase, short = false }: { phase: Phase; short?: boolean }) {
  const { t } = useTranslation();
  const c = PALETTE.phase[phase];
  return (
    <Badge variant="light" size={short ? "xs" : "sm"} c={c.accent} bg={c.fill}>
      {short ? t(`enums.phaseShort.${phase}`) : t(`enums.phase.${phase}`)}
    </Badge>
  );
}

function CycleChart({
  detail,
  colourBy,
  selectedId,
  weakestId,
  onSelect,
}: {
  detail: JourneyDetail;
  colourBy: ColourBy;
  selectedId: string | null;
  /** The measured weakest touchpoint: its segment is outlined in red. */
  weakestId: string | null;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const locale = i18n.language === "en" ? "en" : "ko";
  const names = useMemo(
    () => new Map(cycleEntries(detail).map((e) => [e.touchpoint.id, `${e.number}. ${e.touchpoint.name}`])),
    [detail],
  );
  const markup = useMemo(
    () => inlineSvg(renderSvg(layoutMotCycle(detail, { locale, colourBy }))),
    [detail, locale, colourBy],
  );

  // Segments become keyboard-reachable buttons with an accessible name; the selection is marked.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run whenever the markup is replaced
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const svg = root.querySelector("svg");
    if (svg) {
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      svg.setAttribute("role", "group");
      svg.setAttribute("aria-label", t("cycle.chartLabel", { title: detail.title }));
    }
    for (const el of root.querySelectorAll<SVGElement>("[data-touchpoint-id]")) {
      const id = el.getAttribute("data-touchpoint-id") ?? "";
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "button");
      el.setAttribute("aria-label", names.get(id) ?? id);
      if (id === selectedId) el.setAttribute("data-selected", "");
      else el.removeAttribute("data-selected");
      if (id === weakestId) el.setAttribute("data-weakest", "");
      else el.removeAttribute("data-weakest");
    }
  }, [markup, selectedId, weakestId, names, t, detail.title]);

  const segmentOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest("[data-touchpoint-id]")?.getAttribute("data-touchpoint-id") : null;

  const onClick = (e: MouseEvent) => {
    const id = segmentOf(e.target);
    if (id) onSelect(id);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const id = segmentOf(e.target);
    if (id) {
      e.preventDefault();
      onSelect(id);
    }
  };
  const onMouseMove = (e: MouseEvent) => {
    const id = segmentOf(e.target) ?? null;
    if (id !== hovered) setHovered(id);
  };

  const hoveredName = hovered ? names.get(hovered) : undefined;
  return (
    <Tooltip.Floating
      label={hoveredName ? t("cycle.segmentHint", { name: hoveredName }) : ""}
      disabled={!hoveredName}
      position="top"
      offset={16}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: clicks and keys are delegated to the SVG's segments, which are buttons */}
      <div
        ref={ref}
        className={classes.chart}
        data-has-selection={selectedId ? "" : undefined}
        data-testid="cycle-chart"
        onClick={onClick}
        onKeyDown={onKeyDown}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHovered(null)}
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is built by the core renderer, which escapes every text
        dangerouslySetInnerHTML={{ __html: markup }}
      />
    </Tooltip.Floating>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

function Prose({ text }: { text: string }) {
  const { t } = useTranslation();
  return text.trim() ? (
    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
      {text}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {t("cycle.none")}
    </Text>
  );
}

/** Everything about one touchpoint, read-only, with its comments. */
function TouchpointDetail({
  hid,
  journeyId,
  entry,
  departments,
  canComment,
}: {
  hid: string;
  journeyId: string;
  entry: CycleEntry;
  departments: Department[];
  canComment: boolean;
}) {
  const { t } = useTranslation();
  const tp = entry.touchpoint;
  const en = currentLanguage() === "en";
  const deptNames = tp.departmentIds
    .map((id) => departments.find((d) => d.id === id))
    .filter((d): d is Department => d !== undefined)
    .map((d) => (en && d.nameEn ? d.nameEn : d.name));
  return (
    <Stack gap="lg" data-testid="cycle-drawer-body">
      <Group gap="xs">
        <PhaseBadge phase={entry.phase} />
        <Text size="sm" c="dimmed">
          {t("cycle.stage")}: {entry.stageName}
        </Text>
      </Group>
      <DataList orientation="vertical" gap="md" withDivider>
        <Field label={t("cycle.moment")}>
          <Prose text={tp.moment} />
        </Field>
        <Field label={t("cycle.standard")}>
          <Prose text={tp.serviceStandard} />
        </Field>
        <Field label={t("cycle.script")}>
          {tp.script.trim() ? (
            <Text size="sm" fs="italic" style={{ whiteSpace: "pre-wrap" }}>
              “{tp.script}”
            </Text>
          ) : (
            <Prose text="" />
          )}
        </Field>
      </DataList>
      <DataList gap="sm" labelWidth={110}>
        <Field label={t("cycle.channel")}>
          <Group gap={6}>
            <ChannelIcon channel={tp.channel} size={22} />
            <Text size="sm">{t(`enums.channel.${tp.channel}`)}</Text>
          </Group>
        </Field>
        <Field label={t("cycle.element")}>
          <CycleElementBadge element={tp.element} />
        </Field>
        <Field label={t("cycle.departments")}>
          {deptNames.length > 0 ? (
            <Group gap={4}>
              {deptNames.map((n) => (
                <Badge key={n} color="gray" variant="outline">
                  {n}
                </Badge>
              ))}
            </Group>
          ) : (
            <Prose text="" />
          )}
        </Field>
        <Field label={t("cycle.importance")}>
          {tp.importance ? (
            <Group gap={6}>
              <Rating value={tp.importance} readOnly size="sm" />
              <Text size="sm">{t("cycle.importanceValue", { value: tp.importance })}</Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t("cycle.notRated")}
            </Text>
          )}
        </Field>
      </DataList>
      <Stack gap="xs">
        <Title order={5}>{t("cycle.painPoints")}</Title>
        {entry.painPoints.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("cycle.noPainPoints")}
          </Text>
        ) : (
          entry.painPoints.map((p) => (
            <Group key={p.id} gap="sm" wrap="nowrap" align="flex-start">
              <Box style={{ flexShrink: 0 }}>
                <SeverityBadge severity={p.severity} />
              </Box>
              <Text size="sm">{p.description}</Text>
            </Group>
          ))
        )}
      </Stack>
      <Divider />
      <CommentThread hospitalId={hid} journeyId={journeyId} touchpointId={tp.id} canComment={canComment} />
    </Stack>
  );
}

/** A touchpoint's measured score (0–100) in the table: banded colour, "응답 부족" under the minimum. */
function MeasuredCell({ score, weakest }: { score: TouchpointExperience | undefined; weakest: boolean }) {
  const { t } = useTranslation();
  if (!score || score.score === null)
    return (
      <Table.Td ta="right">
        <Text size="xs" c="dimmed">
          {score ? t("insight.overlay.tooFew") : "—"}
        </Text>
      </Table.Td>
    );
  const colour = weakest ? "red.8" : score.score < 60 ? "orange.8" : score.score < 75 ? "yellow.8" : "teal.8";
  return (
    <Table.Td ta="right" data-testid="cycle-measured-score">
      <Text size="sm" fw={weakest ? 800 : 600} c={colour} span>
        {fmt1(score.score)}
      </Text>
      <Text size="xs" c="dimmed" span ml={4}>
        n = {score.n}
      </Text>
    </Table.Td>
  );
}

export function CyclePage() {
  const { t } = useTranslation();
  const { hid, membership } = useHospitalContext();
  const { journeyId = "" } = useParams();
  const [search, setSearch] = useSearchParams();
  const journey = useJourney(hid, journeyId);
  const departments = useDepartments(hid);
  const [colourBy, setColourBy] = useState<ColourBy>("element");
  const selectedId = search.get("tp");
  const select = (id: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set("tp", id);
        else next.delete("tp");
        return next;
      },
      { replace: true },
    );

  const entries = useMemo(() => (journey.data ? cycleEntries(journey.data) : []), [journey.data]);
  // Measured scores of a period (`?period=2026-03`, default the latest with answers): the weakest moment.
  const measured = useMeasuredScores(hid, journeyId, true, search.get("period"));
  const selectPeriod = (period: string | null) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (period && period !== measured.periods[0]) next.set("period", period);
        else next.delete("period");
        return next;
      },
      { replace: true },
    );
  const measuredById = useMemo(
    () => new Map((measured.experience?.touchpoints ?? []).map((tp) => [tp.touchpointId, tp])),
    [measured.experience],
  );
  const hasMeasured = measured.periods.length > 0;

  if (journey.isPending) return <PageSkeleton />;
  if (journey.isError) {
    if (journey.error instanceof ApiError && journey.error.status === 404) {
      return (
        <EmptyBlock
          icon={<IconMapQuestion size={28} />}
          title={t("journey.notFound")}
          action={
            <Button component={Link} to={`/h/${hid}/journeys`} variant="light">
              {t("journey.back")}
            </Button>
          }
        />
      );
    }
    return <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />;
  }

  const j = journey.data;
  const selected = entries.find((e) => e.touchpoint.id === selectedId) ?? null;
  const journeyUrl = `/h/${hid}/journeys/${journeyId}`;

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6} className={classes.noPrint}>
        <Anchor component={Link} to={`/h/${hid}/journeys`} size="sm">
          {t("nav.journeys")}
        </Anchor>
        <Anchor component={Link} to={journeyUrl} size="sm" truncate maw={360}>
          {j.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("cycle.title")}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={
          <Group gap="sm">
            <IconChartDonut3 size={26} stroke={1.7} color="var(--mantine-color-motmap-7)" />
            <span data-testid="cycle-title">{t("cycle.title")}</span>
            <VariantBadge variant={j.variant} />
          </Group>
        }
        subtitle={
          <Stack gap={2}>
            <Text fw={500}>{j.title}</Text>
            <Text c="dimmed" size="sm">
              {t("cycle.subtitle")}
            </Text>
          </Stack>
        }
        actions={
          <Group gap="sm" className={classes.noPrint}>
            <Button component={Link} to={journeyUrl} variant="subtle" leftSection={<IconArrowLeft size={16} />}>
              {t("cycle.backToJourney")}
            </Button>
            <ExportMenu hospitalId={hid} journeyId={journeyId} title={j.title} />
          </Group>
        }
      />

      {hasMeasured && measured.period && (
        <Card p="sm" withBorder data-testid="cycle-measured">
          <Group justify="space-between" gap="sm" wrap="wrap">
            {measured.weakest ? (
              <MeasuredWeakestLine
                name={entries.find((e) => e.touchpoint.id === measured.weakestId)?.touchpoint.name ?? "—"}
                score={measured.weakest.score}
                period={measured.period}
                weakest={measured.weakest}
              />
            ) : (
              <Text size="sm" c="dimmed">
                {t("insight.cycle.noScores")}
              </Text>
            )}
            <Select
              size="xs"
              w={170}
              className={classes.noPrint}
              aria-label={t("insight.cycle.period")}
              leftSection={
                <Text size="xs" c="dimmed" pl={4}>
                  {t("insight.cycle.period")}
                </Text>
              }
              leftSectionWidth={72}
              value={measured.period}
              onChange={selectPeriod}
              allowDeselect={false}
              data={measured.periods}
              data-testid="cycle-period"
            />
          </Group>
        </Card>
      )}

      <Card p="md">
        <Stack gap="sm">
          <Group justify="space-between" className={classes.noPrint}>
            <Group gap="sm">
              <Text size="sm" fw={500}>
                {t("cycle.colourBy")}
              </Text>
              <SegmentedControl
                size="xs"
                value={colourBy}
                onChange={(v) => setColourBy(v === "phase" ? "phase" : "element")}
                data={[
                  { value: "element", label: t("cycle.byElement") },
                  { value: "phase", label: t("cycle.byPhase") },
                ]}
                data-testid="cycle-colour-by"
              />
            </Group>
            <Text size="xs" c="dimmed">
              {t("cycle.listHint")}
            </Text>
          </Group>
          {entries.length === 0 ? (
            <EmptyBlock icon={<IconChartDonut3 size={28} />} title={t("cycle.empty")} />
          ) : (
            <CycleChart
              detail={j}
              colourBy={colourBy}
              selectedId={selectedId}
              weakestId={measured.weakestId}
              onSelect={select}
            />
          )}
        </Stack>
      </Card>

      {entries.length > 0 && (
        <Card p={0}>
          <Stack gap={0}>
            <Group p="md" pb="xs" justify="space-between">
              <Title order={4}>{t("cycle.listTitle")}</Title>
              <Text size="sm" c="dimmed">
                {t("journey.stats", {
                  stages: j.stages.length,
                  touchpoints: entries.length,
                  painPoints: j.painPoints.length,
                })}
              </Text>
            </Group>
            <Table.ScrollContainer minWidth={760}>
              <Table highlightOnHover data-testid="cycle-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={64} ta="right">
                      {t("cycle.colNo")}
                    </Table.Th>
                    <Table.Th>{t("cycle.colName")}</Table.Th>
                    <Table.Th>{t("cycle.colStage")}</Table.Th>
                    <Table.Th>{t("cycle.colChannel")}</Table.Th>
                    <Table.Th>{t("cycle.colElement")}</Table.Th>
                    <Table.Th>{t("cycle.colImportance")}</Table.Th>
                    <Table.Th ta="right">{t("cycle.colPainPoints")}</Table.Th>
                    {hasMeasured && (
                      <Table.Th ta="right">
                        {t("insight.cycle.column")} ({measured.period})
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entries.map((e) => (
                    <Table.Tr
                      key={e.touchpoint.id}
                      className="motmap-clickable-row"
                      onClick={() => select(e.touchpoint.id)}
                      bg={
                        e.touchpoint.id === selectedId
                          ? "motmap.0"
                          : e.touchpoint.id === measured.weakestId
                            ? "red.0"
                            : undefined
                      }
                      data-testid="cycle-row"
                      data-weakest={e.touchpoint.id === measured.weakestId ? "true" : undefined}
                    >
                      <Table.Td ta="right">
                        <Text size="sm" c="dimmed" fw={600}>
                          {e.number}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <UnstyledButton
                          onClick={(ev) => {
                            ev.stopPropagation();
                            select(e.touchpoint.id);
                          }}
                        >
                          <Text size="sm" fw={500} c="motmap.8">
                            {e.touchpoint.name}
                          </Text>
                        </UnstyledButton>
                        {e.touchpoint.id === measured.weakestId && (
                          <Badge color="red" variant="filled" size="xs" ml={6} data-testid="cycle-weakest-badge">
                            {t("insight.weakestBadge")}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <PhaseBadge phase={e.phase} short />
                          <Text size="sm">{e.stageName}</Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{t(`enums.channel.${e.touchpoint.channel}`)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <CycleElementBadge element={e.touchpoint.element} />
                      </Table.Td>
                      <Table.Td>
                        {e.touchpoint.importance ? (
                          <Rating value={e.touchpoint.importance} readOnly size="xs" />
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t("cycle.notRated")}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">
                        {e.painPoints.length > 0 ? (
                          <Badge color="red" variant="light">
                            {e.painPoints.length}
                          </Badge>
                        ) : (
                          <Text size="sm" c="dimmed">
                            0
                          </Text>
                        )}
                      </Table.Td>
                      {hasMeasured && (
                        <MeasuredCell
                          score={measuredById.get(e.touchpoint.id)}
                          weakest={e.touchpoint.id === measured.weakestId}
                        />
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Card>
      )}

      <Drawer
        opened={selected !== null}
        onClose={() => select(null)}
        position="right"
        size="lg"
        overlayProps={{ backgroundOpacity: 0.12, blur: 0 }}
        title={
          selected ? (
            <Group gap="xs" wrap="nowrap">
              <Badge circle size="lg" color="dark" variant="filled">
                {selected.number}
              </Badge>
              <Text fw={700} size="lg" data-testid="cycle-drawer-title">
                {selected.touchpoint.name}
              </Text>
            </Group>
          ) : null
        }
        data-testid="cycle-drawer"
      >
        {selected ? (
          <Stack gap="md">
            <TouchpointDetail
              hid={hid}
              journeyId={journeyId}
              entry={selected}
              departments={departments.data ?? []}
              canComment={membership !== null}
            />
            <Button
              component={Link}
              to={`${journeyUrl}/touchpoints/${selected.touchpoint.id}`}
              variant="light"
              leftSection={<IconExternalLink size={16} />}
            >
              {t("cycle.openEditor")}
            </Button>
          </Stack>
        ) : (
          <Center>
            <Loader />
          </Center>
        )}
      </Drawer>
    </Stack>
  );
}
