import { Button } from "@mantine/core";
import type { Department, JourneyDetail, ResolvedLane, Touchpoint } from "@motmap/core";
import { IconPlus } from "@tabler/icons-react";
import {
  type ReactNode,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import "./map.css";
import type { MapEditor } from "./editor.ts";
import { AddLaneModal, DeleteLaneModal, RenameLaneModal } from "./LaneDialogs.tsx";
import { type LaneAction, LaneLabel } from "./LaneLabel.tsx";
import { type ColumnInfo, DepartmentRow, PainPointRow, TextLaneRow } from "./LaneRows.tsx";
import {
  type CardEmphasis,
  COLUMN_WIDTH,
  cardEmphasis,
  LABEL_WIDTH,
  lowestIds,
  type MapHighlight,
  mapLanes,
  NO_HIGHLIGHT,
  painPointsByStage,
  phaseSorted,
  toLayout,
} from "./model.ts";
import { type MeasuredPoint, ScoreCurve } from "./ScoreCurve.tsx";
import { PhaseBands, StageHeaderRow } from "./StageHeaders.tsx";
import type { TouchpointScore, TouchpointVoc } from "./TouchpointCard.tsx";
import { TouchpointDrawer } from "./TouchpointDrawer.tsx";
import { type CardInfo, TouchpointLane } from "./TouchpointLane.tsx";

export interface JourneyMapProps {
  detail: JourneyDetail;
  departments: readonly Pick<Department, "id" | "name">[];
  /** No editing at all (share page, compare page, viewers). */
  readOnly?: boolean;
  /** The edit engine; without it the map is read-only. */
  editor?: MapEditor;
  /** Called when a card is clicked; without it the map opens its own (read-only) drawer. */
  onOpenTouchpoint?: (tp: Touchpoint) => void;
  highlight?: MapHighlight;
  /** Score badges per touchpoint id (filled by analytics later). */
  scores?: Record<string, TouchpointScore>;
  /** VOC counts per touchpoint id (the interactive map only: shared and printed maps stay clean). */
  voc?: Record<string, TouchpointVoc>;
  /** Measured emotion per stage id, drawn beside the hypothesised emotion curve (the measured overlay). */
  measuredEmotion?: ReadonlyMap<string, MeasuredPoint>;
  /** Shown in the emotion lane's label while the measured curve is drawn (its legend). */
  emotionLegend?: ReactNode;
  /** Extra content for the built-in drawer (e.g. comments). */
  drawerExtra?: (tp: Touchpoint) => ReactNode;
  /** First paint of the map (the columns in view; for the performance marks of the page). */
  onPainted?: () => void;
  /** Every column drawn (the ones out of view follow the first paint). */
  onComplete?: () => void;
  testId?: string;
}

const NO_IDS = new Set<string>();
const noop = () => {};

/**
 * The visual journey map: stages as columns grouped under phase bands, lanes as rows
 * (actions, thoughts, the emotion curve, touchpoint cards, pain points, opportunities,
 * departments and custom lanes) in the order of the journey's lane layout.
 */
export function JourneyMap({
  detail,
  departments,
  readOnly = false,
  editor,
  onOpenTouchpoint,
  highlight = NO_HIGHLIGHT,
  scores,
  voc,
  measuredEmotion,
  emotionLegend,
  drawerExtra,
  onPainted,
  onComplete,
  testId = "journey-map",
}: JourneyMapProps) {
  const { t } = useTranslation();
  const editable = !readOnly && editor !== undefined;
  const stages = useMemo(() => phaseSorted(detail.stages), [detail.stages]);
  // Keyed on what the columns show (id, phase, name): a thought edit must not re-render every row.
  const columnsKey = JSON.stringify(stages.map((s) => [s.id, s.phase, s.name]));
  const columns: ColumnInfo[] = useMemo(
    () =>
      (JSON.parse(columnsKey) as [string, ColumnInfo["phase"], string][]).map(([id, phase, name]) => ({
        id,
        name,
        phase,
      })),
    [columnsKey],
  );
  const { laneLayout, lanes: customLanes } = detail;
  const lanes = useMemo(() => mapLanes({ laneLayout, lanes: customLanes }), [laneLayout, customLanes]);
  const visible = lanes.filter((l) => !l.hidden);

  // ---- derived data ---------------------------------------------------------------------------
  const lowest = useMemo(() => lowestIds(stages.map((s) => ({ id: s.id, score: s.emotion }))), [stages]);
  const weak = highlight.weakest ? lowest : NO_IDS;
  const deptName = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);
  const painByStage = useMemo(() => painPointsByStage(detail), [detail]);

  const info: CardInfo = useMemo(() => {
    const emphasis = new Map<string, CardEmphasis>();
    const painCounts = new Map<string, number>();
    const departmentLines = new Map<string, string>();
    for (const p of detail.painPoints)
      if (p.touchpointId) painCounts.set(p.touchpointId, (painCounts.get(p.touchpointId) ?? 0) + 1);
    for (const s of stages)
      for (const tp of s.touchpoints) {
        emphasis.set(tp.id, cardEmphasis(tp, highlight));
        departmentLines.set(
          tp.id,
          tp.departmentIds
            .map((id) => deptName.get(id))
            .filter(Boolean)
            .join(" · "),
        );
      }
    return { emphasis, painCounts, departmentLines, scores, voc };
  }, [stages, detail.painPoints, highlight, deptName, scores, voc]);

  const deptsByStage = useMemo(() => {
    const out = new Map<string, [string, string][]>();
    for (const s of stages) {
      const seen = new Map<string, string>();
      for (const tp of s.touchpoints)
        for (const id of tp.departmentIds) {
          const name = deptName.get(id);
          if (name && !seen.has(id)) seen.set(id, name);
        }
      out.set(s.id, [...seen.entries()]);
    }
    return out;
  }, [stages, deptName]);

  const stageLines = useMemo(() => {
    const pick = (f: "actions" | "thoughts" | "opportunities") => new Map(stages.map((s) => [s.id, s[f]]));
    return { actions: pick("actions"), thoughts: pick("thoughts"), opportunities: pick("opportunities") };
  }, [stages]);

  // ---- edits (stable callbacks) ---------------------------------------------------------------
  const ed = editor;
  const renameStage = useCallback((id: string, name: string) => ed?.editStage(id, { name: name.trim() }), [ed]);
  const saveLines = useMemo(
    () => ({
      actions: (id: string, lines: string[]) => ed?.editStage(id, { actions: lines }),
      thoughts: (id: string, lines: string[]) => ed?.editStage(id, { thoughts: lines }),
      opportunities: (id: string, lines: string[]) => ed?.editStage(id, { opportunities: lines }),
    }),
    [ed],
  );
  const setEmotion = useCallback((id: string, score: number) => ed?.editStage(id, { emotion: score }), [ed]);
  const reorderStages = useCallback((ids: string[]) => ed?.reorderStages(ids), [ed]);
  const renameTouchpoint = useCallback((id: string, name: string) => ed?.renameTouchpoint(id, name), [ed]);
  const moveTouchpoint = useCallback(
    (id: string, to: { stageId: string; index: number }) => ed?.moveTouchpoint(id, to),
    [ed],
  );

  // ---- built-in drawer ------------------------------------------------------------------------
  const [drawerId, setDrawerId] = useState<string | null>(null);
  const tpById = useMemo(() => {
    const m = new Map<string, Touchpoint>();
    for (const s of detail.stages) for (const tp of s.touchpoints) m.set(tp.id, tp);
    return m;
  }, [detail.stages]);
  const tpRef = useRef(tpById);
  tpRef.current = tpById;
  const openRef = useRef(onOpenTouchpoint);
  openRef.current = onOpenTouchpoint;
  const onOpen = useCallback((id: string) => {
    const tp = tpRef.current.get(id);
    if (!tp) return;
    if (openRef.current) openRef.current(tp);
    else setDrawerId(id);
  }, []);
  const drawerTp = drawerId ? tpById.get(drawerId) : undefined;

  // ---- lanes: menu actions and dialogs --------------------------------------------------------
  const [renaming, setRenaming] = useState<ResolvedLane | null>(null);
  const [deleting, setDeleting] = useState<ResolvedLane | null>(null);
  const [adding, setAdding] = useState(false);
  const lanesRef = useRef(lanes);
  lanesRef.current = lanes;
  const laneLabel = useCallback(
    (l: ResolvedLane) => l.label || (l.laneId ? "" : t(`map.lanes.${l.kind as "actions"}`)),
    [t],
  );
  const onLaneAction = useCallback(
    (lane: ResolvedLane, action: LaneAction) => {
      if (!ed) return;
      const all = lanesRef.current;
      const i = all.findIndex((l) => l.key === lane.key);
      if (action === "rename") return setRenaming(lane);
      if (action === "delete") return setDeleting(lane);
      const next = all.map((l) => ({ ...l }));
      const entry = next[i];
      if (!entry) return;
      if (action === "hide" || action === "show") entry.hidden = action === "hide";
      else {
        // Move past the neighbouring *visible* lane.
        const step = action === "up" ? -1 : 1;
        let j = i + step;
        while (next[j]?.hidden) j += step;
        if (j < 0 || j >= next.length) return;
        next.splice(i, 1);
        next.splice(j, 0, entry);
      }
      ed.setLayout(toLayout(next));
    },
    [ed],
  );

  // ---- progressive first render, paint marks, height and print zoom ---------------------------
  // The first paint draws the columns in view; the rest follow in a transition right after,
  // so a 30-stage map appears at once and stays responsive while it completes.
  const [limit, setLimit] = useState(() => {
    if (typeof window === "undefined") return Number.POSITIVE_INFINITY;
    // The main area is already laid out (the page showed a skeleton); the map fills it.
    const main = document.querySelector(".mantine-AppShell-main")?.clientWidth ?? window.innerWidth;
    return Math.max(4, Math.ceil((main - 64 - LABEL_WIDTH) / COLUMN_WIDTH) + 1);
  });
  const paintedRef = useRef(onPainted);
  const completeRef = useRef(onComplete);
  completeRef.current = onComplete;
  useLayoutEffect(() => {
    const cb = paintedRef.current;
    if (cb) performance.mark("motmap:map:commit");
    requestAnimationFrame(() =>
      setTimeout(() => {
        cb?.();
        startTransition(() => setLimit(Number.POSITIVE_INFINITY));
      }, 0),
    );
  }, []);
  useEffect(() => {
    if (limit !== Number.POSITIVE_INFINITY) return;
    requestAnimationFrame(() => setTimeout(() => completeRef.current?.(), 0));
  }, [limit]);
  const mapRef = useRef<HTMLDivElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The map fills the window below its own top (sticky headers need a bounded scroll box).
  // Measured after the paint, so it never forces an extra layout of the whole map.
  useEffect(() => {
    const fitHeight = () => {
      const el = scrollRef.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top + window.scrollY;
      el.style.setProperty("--mm-fit-height", `calc(100dvh - ${Math.round(top + 64)}px)`);
    };
    const frame = requestAnimationFrame(fitHeight);
    window.addEventListener("resize", fitHeight);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("resize", fitHeight);
    };
  }, []);
  useEffect(() => {
    const fit = () => {
      const el = mapRef.current;
      if (!el) return;
      // A landscape A3 page is about 1520 CSS px wide inside its margins.
      el.style.setProperty("--mm-print-zoom", String(Math.min(1, 1520 / el.scrollWidth)));
    };
    window.addEventListener("beforeprint", fit);
    return () => window.removeEventListener("beforeprint", fit);
  }, []);

  const width = LABEL_WIDTH + stages.length * COLUMN_WIDTH;
  const curveWidth = stages.length * COLUMN_WIDTH;

  // Label elements are memoised so the memoised rows skip re-rendering when nothing changed.
  const labels = useMemo(() => {
    const shown = lanes.filter((l) => !l.hidden);
    return new Map(
      shown.map((lane, i) => [
        lane.key,
        <LaneLabel
          key={lane.key}
          lane={lane}
          label={laneLabel(lane)}
          sub={lane.kind === "score" ? t("map.lane.scoreLane") : undefined}
          first={i === 0}
          last={i === shown.length - 1}
          editable={editable}
          onAction={onLaneAction}
        >
          {lane.kind === "emotion" && measuredEmotion ? emotionLegend : null}
        </LaneLabel>,
      ]),
    );
  }, [lanes, editable, onLaneAction, laneLabel, t, measuredEmotion, emotionLegend]);
  const emotionPoints = useMemo(
    () => stages.map((s) => ({ id: s.id, name: s.name, phase: s.phase, score: s.emotion })),
    [stages],
  );

  const rows = visible.map((lane) => {
    const label = labels.get(lane.key);
    switch (lane.kind) {
      case "actions":
      case "thoughts":
      case "opportunities":
        return (
          <TextLaneRow
            key={lane.key}
            label={label}
            laneKey={lane.key}
            laneLabel={laneLabel(lane)}
            columns={columns}
            values={stageLines[lane.kind]}
            variant={lane.kind === "thoughts" ? "quote" : lane.kind === "opportunities" ? "opportunity" : "bullet"}
            editable={editable}
            weak={weak}
            query={highlight.query}
            onSave={saveLines[lane.kind]}
            limit={limit}
          />
        );
      case "emotion":
        return (
          <div key={lane.key} className="mm-row" data-testid="lane-emotion">
            {label}
            <div className="mm-wide" style={{ width: curveWidth }}>
              <ScoreCurve
                points={emotionPoints}
                variant="emotion"
                editable={editable}
                lowest={lowest}
                weak={weak}
                laneLabel={laneLabel(lane)}
                onChange={setEmotion}
                testId="emotion"
                measured={measuredEmotion}
              />
            </div>
          </div>
        );
      case "touchpoints":
        return (
          <TouchpointLane
            key={lane.key}
            label={label}
            stages={stages}
            info={info}
            editable={editable}
            weak={weak}
            onOpen={onOpen}
            onRename={renameTouchpoint}
            onMove={moveTouchpoint}
            limit={limit}
          />
        );
      case "pain_points":
        return (
          <PainPointRow
            key={lane.key}
            label={label}
            columns={columns}
            painPoints={painByStage}
            weak={weak}
            query={highlight.query}
            limit={limit}
          />
        );
      case "departments":
        return (
          <DepartmentRow
            key={lane.key}
            label={label}
            columns={columns}
            departments={deptsByStage}
            highlighted={highlight.departmentId}
            weak={weak}
            limit={limit}
          />
        );
      case "text":
        return (
          <CustomTextLane
            key={lane.key}
            lane={lane}
            label={label}
            laneLabel={laneLabel(lane)}
            columns={columns}
            detail={detail}
            editable={editable}
            weak={weak}
            query={highlight.query}
            editor={ed}
            limit={limit}
          />
        );
      case "score":
        return (
          <CustomScoreLane
            key={lane.key}
            lane={lane}
            label={label}
            laneLabel={laneLabel(lane)}
            stages={stages}
            detail={detail}
            editable={editable}
            weak={weak}
            width={curveWidth}
            editor={ed}
          />
        );
      default:
        return null;
    }
  });

  return (
    <div className="mm-scroll" data-testid={testId} ref={scrollRef}>
      <div className="mm-map" ref={mapRef} style={{ width }}>
        <div className="mm-head">
          <div className="mm-row">
            <div className="mm-label" style={{ padding: 0, borderBottom: 0 }} />
            <PhaseBands stages={stages} />
          </div>
          <div className="mm-row">
            <div className="mm-label" style={{ alignItems: "flex-end", color: "var(--mm-muted)", fontSize: 12 }}>
              {detail.persona?.name ?? ""}
            </div>
            <StageHeaderRow
              stages={columns}
              editable={editable}
              weak={weak}
              onRename={renameStage}
              onReorder={reorderStages}
            />
          </div>
        </div>
        {rows}
        {editable && (
          <div className="mm-add-lane mm-no-print">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setAdding(true)}
              data-testid="add-lane"
            >
              {t("map.lane.add")}
            </Button>
          </div>
        )}
      </div>
      {!onOpenTouchpoint && (
        <TouchpointDrawer
          touchpoint={drawerTp}
          stageName={stages.find((s) => s.id === drawerTp?.stageId)?.name ?? ""}
          departments={departments}
          painPoints={detail.painPoints}
          onClose={() => setDrawerId(null)}
          extra={drawerTp && drawerExtra ? drawerExtra(drawerTp) : null}
        />
      )}
      {ed && (
        <>
          <RenameLaneModal
            lane={renaming}
            defaultLabel={renaming && !renaming.laneId ? t(`map.lanes.${renaming.kind as "actions"}`) : ""}
            onClose={() => setRenaming(null)}
            onSave={(lane, name) => {
              if (lane.laneId) ed.renameLane(lane.laneId, name);
              else
                ed.setLayout(
                  toLayout(lanesRef.current.map((l) => (l.key === lane.key ? { ...l, label: name.trim() } : l))),
                );
              setRenaming(null);
            }}
          />
          <DeleteLaneModal
            lane={deleting}
            onClose={() => setDeleting(null)}
            onConfirm={(lane) => {
              if (lane.laneId) void ed.deleteLane(lane.laneId);
              setDeleting(null);
            }}
          />
          <AddLaneModal
            opened={adding}
            onClose={() => setAdding(false)}
            onAdd={(kind, name) => {
              void ed.addLane(kind, name);
              setAdding(false);
            }}
          />
        </>
      )}
    </div>
  );
}

function CustomTextLane({
  lane,
  label,
  laneLabel,
  columns,
  detail,
  editable,
  weak,
  query,
  editor,
  limit,
}: {
  limit: number;
  lane: ResolvedLane;
  label: ReactNode;
  laneLabel: string;
  columns: ColumnInfo[];
  detail: JourneyDetail;
  editable: boolean;
  weak: Set<string>;
  query: string;
  editor: MapEditor | undefined;
}) {
  const laneId = lane.laneId ?? "";
  const values = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const c of detail.cells) if (c.laneId === laneId) m.set(c.stageId, c.text ? c.text.split("\n") : []);
    return m;
  }, [detail.cells, laneId]);
  const onSave = useCallback(
    (stageId: string, lines: string[]) => editor?.setCell(laneId, stageId, { text: lines.join("\n") }),
    [editor, laneId],
  );
  return (
    <TextLaneRow
      label={label}
      laneKey={lane.key}
      laneLabel={laneLabel}
      columns={columns}
      values={values}
      variant="bullet"
      editable={editable}
      weak={weak}
      query={query}
      onSave={onSave}
      limit={limit}
    />
  );
}

function CustomScoreLane({
  lane,
  label,
  laneLabel,
  stages,
  detail,
  editable,
  weak,
  width,
  editor,
}: {
  lane: ResolvedLane;
  label: ReactNode;
  laneLabel: string;
  stages: JourneyDetail["stages"];
  detail: JourneyDetail;
  editable: boolean;
  weak: Set<string>;
  width: number;
  editor: MapEditor | undefined;
}) {
  const laneId = lane.laneId ?? "";
  const points = useMemo(() => {
    const score = new Map<string, number | null>();
    for (const c of detail.cells) if (c.laneId === laneId) score.set(c.stageId, c.score);
    return stages.map((s) => ({ id: s.id, name: s.name, phase: s.phase, score: score.get(s.id) ?? null }));
  }, [detail.cells, laneId, stages]);
  const onChange = useCallback(
    (stageId: string, score: number) => editor?.setCell(laneId, stageId, { score }),
    [editor, laneId],
  );
  return (
    <div className="mm-row" data-testid={`lane-${lane.key}`}>
      {label}
      <div className="mm-wide" style={{ width }}>
        <ScoreCurve
          points={points}
          variant="score"
          editable={editable}
          lowest={NO_IDS}
          weak={weak}
          laneLabel={laneLabel}
          onChange={editable ? onChange : noop}
          testId={`score-${laneId}`}
        />
      </div>
    </div>
  );
}
