import { Anchor, Badge, Breadcrumbs, Button, Group, Stack, Text, Title } from "@mantine/core";
import type { ResolvedLane, Touchpoint } from "@motmap/core";
import { IconListDetails, IconMapQuestion, IconRoute } from "@tabler/icons-react";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../api/client.ts";
import { useDepartments, useJourney } from "../api/queries.ts";
import { CommentThread } from "../components/comments/CommentThread.tsx";
import { ExportMenu } from "../components/export/ExportMenu.tsx";
import { fmt1 } from "../components/insight/format.ts";
import { InsightLink } from "../components/insight/InsightLink.tsx";
import {
  MeasuredCurveLegend,
  MeasuredToggle,
  MeasuredWeakestLine,
  measuredStageEmotions,
  useMeasuredScores,
} from "../components/insight/MeasuredOverlay.tsx";
import { ShareButton } from "../components/share/ShareButton.tsx";
import { EmptyBlock, ErrorState, PageSkeleton } from "../components/states.tsx";
import {
  DEFAULT_VOC_PERIOD,
  isVocPeriod,
  useJourneyVocCounts,
  type VocPeriod,
  VocPeriodSelect,
} from "../components/voc/MapVocCounts.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import { ConflictModal } from "../map/ConflictModal.tsx";
import { useMapEditor } from "../map/editor.ts";
import { JourneyMap } from "../map/JourneyMap.tsx";
import { MapLegend, MapToolbar, SaveStatusBadge } from "../map/MapToolbar.tsx";
import { type MapHighlight, mapLanes, NO_HIGHLIGHT, phaseSorted, toLayout } from "../map/model.ts";
import type { MeasuredPoint } from "../map/ScoreCurve.tsx";
import { TouchpointDrawer } from "../map/TouchpointDrawer.tsx";

/** Performance marks the benchmark reads: data in hand → map painted. */
export const MAP_MARKS = {
  data: "motmap:map:data",
  painted: "motmap:map:painted",
  measure: "motmap:map:first-render",
  complete: "motmap:map:complete",
  measureComplete: "motmap:map:full-render",
};

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}

/** The map uses the whole width of the main area (the app caps its pages at 1280 px). */
function useFullWidth() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const host = ref.current?.closest(".mantine-AppShell-main")?.firstElementChild as HTMLElement | null | undefined;
    if (!host) return;
    const before = host.style.maxWidth;
    host.style.maxWidth = "none";
    return () => {
      host.style.maxWidth = before;
    };
  });
  return ref;
}

/** `/h/:hospitalId/journeys/:journeyId/map`: the journey as one picture, edited in place. */
export function JourneyMapPage() {
  const { t, i18n } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const { journeyId = "" } = useParams();
  const journey = useJourney(hid, journeyId);
  const departments = useDepartments(hid);
  // Department names in the UI language (the English name when one is set), as on the shared map.
  const en = i18n.language === "en";
  const departmentList = useMemo(
    () => (departments.data ?? []).map((d) => ({ ...d, name: en && d.nameEn ? d.nameEn : d.name })),
    [departments.data, en],
  );
  const { editor, state } = useMapEditor(hid, journeyId);
  const [highlight, setHighlight] = useState<MapHighlight>(NO_HIGHLIGHT);
  const [openId, setOpenId] = useState<string | null>(null);
  const pageRef = useFullWidth();
  const [search, setSearch] = useSearchParams();
  const [measured, setMeasured] = useState(search.get("measured") === "1");
  const measuredScores = useMeasuredScores(hid, journeyId, measured);
  // The period of the VOC counts on the cards; kept in the URL so "back" from the VOC list finds it again.
  const vocParam = search.get("vocPeriod");
  const vocPeriod: VocPeriod = isVocPeriod(vocParam) ? vocParam : DEFAULT_VOC_PERIOD;
  const setVocPeriod = useCallback(
    (p: VocPeriod) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (p === DEFAULT_VOC_PERIOD) next.delete("vocPeriod");
          else next.set("vocPeriod", p);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  const vocCounts = useJourneyVocCounts(hid, journeyId, vocPeriod);

  const marked = useRef(false);
  if (journey.data && !marked.current) {
    marked.current = true;
    performance.mark(MAP_MARKS.data);
  }
  const onPainted = useCallback(() => {
    performance.mark(MAP_MARKS.painted);
    try {
      performance.measure(MAP_MARKS.measure, MAP_MARKS.data, MAP_MARKS.painted);
    } catch {
      // the data mark was cleared (bench re-runs)
    }
  }, []);
  const onComplete = useCallback(() => {
    performance.mark(MAP_MARKS.complete);
    try {
      performance.measure(MAP_MARKS.measureComplete, MAP_MARKS.data, MAP_MARKS.complete);
    } catch {
      // as above
    }
  }, []);

  // Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z (or Ctrl+Y) redoes; inside a text field the field's own undo wins.
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === "z" && !e.shiftKey) {
        e.preventDefault();
        editor.undo();
      } else if ((key === "z" && e.shiftKey) || key === "y") {
        e.preventDefault();
        editor.redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [editor, canEdit]);

  const detail = journey.data;
  const lanes = useMemo(() => (detail ? mapLanes(detail) : []), [detail]);
  const hiddenLanes = useMemo(
    () =>
      lanes
        .filter((l) => l.hidden)
        .map((lane) => ({ lane, label: lane.label || t(`map.lanes.${lane.kind as "actions"}`) })),
    [lanes, t],
  );
  const showLane = useCallback(
    (lane: ResolvedLane) =>
      editor.setLayout(toLayout(lanes.map((l) => (l.key === lane.key ? { ...l, hidden: false } : l)))),
    [editor, lanes],
  );
  const onOpenTouchpoint = useCallback((tp: Touchpoint) => setOpenId(tp.id), []);
  // The measured emotion curve: each stage's satisfaction (0–100) on the emotion axis, beside the hypothesis.
  const measuredExperience = measuredScores.experience;
  const measuredPeriod = measuredScores.period;
  const measuredEmotion = useMemo(() => {
    if (!detail || !measuredExperience || !measuredPeriod) return undefined;
    const out = new Map<string, MeasuredPoint>();
    for (const [stageId, m] of measuredStageEmotions(detail.stages, measuredExperience.touchpoints)) {
      const stage = detail.stages.find((s) => s.id === stageId);
      out.set(stageId, {
        value: m.emotion,
        label: String(Math.round(m.score)),
        title: t("insight.overlay.measuredCurveHint", {
          stage: stage?.name ?? "",
          score: fmt1(m.score),
          n: m.n,
          period: measuredPeriod,
          emotion: `${m.emotion >= 0 ? "+" : ""}${m.emotion.toFixed(1)}`,
        }),
      });
    }
    return out.size > 0 ? out : undefined;
  }, [detail, measuredExperience, measuredPeriod, t]);
  const emotionLegend = useMemo(() => <MeasuredCurveLegend />, []);

  if (journey.isPending) return <PageSkeleton />;
  if (journey.isError || !detail) {
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

  const editorHref = `/h/${hid}/journeys/${journeyId}`;
  const stages = phaseSorted(detail.stages);
  const open = openId ? stages.flatMap((s) => s.touchpoints).find((tp) => tp.id === openId) : undefined;
  const touchpointCount = stages.reduce((n, s) => n + s.touchpoints.length, 0);

  return (
    <Stack gap="sm" className="mm-page" data-testid="journey-map-page" ref={pageRef}>
      <Breadcrumbs separatorMargin={6} className="mm-no-print">
        <Anchor component={Link} to={`/h/${hid}/journeys`} size="sm">
          {t("nav.journeys")}
        </Anchor>
        <Anchor component={Link} to={editorHref} size="sm" truncate maw={420}>
          {detail.title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("map.pageTitle")}
        </Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="sm" wrap="wrap">
            <Title order={2} data-testid="map-title" style={{ letterSpacing: "-0.02em" }}>
              {detail.title}
            </Title>
            <Badge color={detail.variant === "to_be" ? "grape" : "gray"} variant="light">
              {detail.variant === "to_be" ? t("map.toBe") : t("map.asIs")}
            </Badge>
            {canEdit && <SaveStatusBadge status={state.status} />}
          </Group>
          <Text size="sm" c="dimmed">
            {detail.persona ? `${detail.persona.name} · ` : ""}
            {t("journey.stats", {
              stages: stages.length,
              touchpoints: touchpointCount,
              painPoints: detail.painPoints.length,
            })}
          </Text>
        </Stack>
        <Group gap="xs" className="mm-no-print">
          <Button
            component={Link}
            to={editorHref}
            variant="default"
            size="sm"
            leftSection={<IconListDetails size={16} />}
            data-testid="back-to-editor"
          >
            {t("map.backToEditor")}
          </Button>
          <VocPeriodSelect value={vocPeriod} onChange={setVocPeriod} />
          <MeasuredToggle checked={measured} onChange={setMeasured} />
          <InsightLink hospitalId={hid} journeyId={journeyId} size="sm" />
        </Group>
      </Group>
      <MapToolbar
        highlight={highlight}
        onHighlight={setHighlight}
        departments={departmentList}
        editable={canEdit}
        canUndo={state.canUndo}
        canRedo={state.canRedo}
        onUndo={editor.undo}
        onRedo={editor.redo}
        hiddenLanes={hiddenLanes}
        onShowLane={showLane}
        extra={
          <>
            <ExportMenu hospitalId={hid} journeyId={journeyId} title={detail.title} size="xs" />
            <ShareButton hospitalId={hid} journeyId={journeyId} status={detail.status} />
          </>
        }
      />
      {measured && measuredScores.weakestId && measuredScores.period && measuredScores.weakestScore !== null && (
        <MeasuredWeakestLine
          name={stages.flatMap((s) => s.touchpoints).find((tp) => tp.id === measuredScores.weakestId)?.name ?? ""}
          score={measuredScores.weakestScore}
          period={measuredScores.period}
          weakest={measuredScores.weakest}
        />
      )}
      {stages.length === 0 ? (
        <EmptyBlock
          icon={<IconRoute size={28} />}
          title={t("map.empty.title")}
          description={t("map.empty.body")}
          action={
            <Button component={Link} to={editorHref} variant="light">
              {t("map.empty.action")}
            </Button>
          }
        />
      ) : (
        <>
          <JourneyMap
            detail={detail}
            departments={departmentList}
            readOnly={!canEdit}
            editor={canEdit ? editor : undefined}
            onOpenTouchpoint={onOpenTouchpoint}
            highlight={highlight}
            scores={measuredScores.scores}
            voc={vocCounts}
            measuredEmotion={measured ? measuredEmotion : undefined}
            emotionLegend={emotionLegend}
            onPainted={onPainted}
            onComplete={onComplete}
          />
          <MapLegend />
        </>
      )}
      <TouchpointDrawer
        touchpoint={open}
        stageName={stages.find((s) => s.id === open?.stageId)?.name ?? ""}
        departments={departmentList}
        painPoints={detail.painPoints}
        onClose={() => setOpenId(null)}
        editHref={open && canEdit ? `/h/${hid}/journeys/${journeyId}/touchpoints/${open.id}` : undefined}
        extra={
          open ? (
            <CommentThread hospitalId={hid} journeyId={journeyId} touchpointId={open.id} canComment withTitle />
          ) : null
        }
      />
      <ConflictModal conflict={state.conflict} onApplyMine={editor.applyMine} onKeepTheirs={editor.keepTheirs} />
    </Stack>
  );
}
