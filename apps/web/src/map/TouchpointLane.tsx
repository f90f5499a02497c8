import {
  type Announcements,
  type CollisionDetection,
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
  useDroppable,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import type { StageWithTouchpoints, Touchpoint } from "@motmap/core";
import { memo, type ReactNode, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { useTranslation } from "react-i18next";
import type { Placement } from "./editor.ts";
import { PendingCell } from "./LaneRows.tsx";
import type { CardEmphasis } from "./model.ts";
import { KEYBOARD_CODES, phaseStyle } from "./StageHeaders.tsx";
import {
  type CardLabels,
  SortableTouchpointCard,
  StaticTouchpointCard,
  TouchpointCardOverlay,
  type TouchpointScore,
  type TouchpointVoc,
  useCardLabels,
} from "./TouchpointCard.tsx";

const COLUMN_PREFIX = "column:";
const columnId = (stageId: string) => `${COLUMN_PREFIX}${stageId}`;
const isColumn = (id: UniqueIdentifier) => String(id).startsWith(COLUMN_PREFIX);
const stageOfColumn = (id: UniqueIdentifier) => String(id).slice(COLUMN_PREFIX.length);

type Items = Record<string, string[]>;

/** How many columns keep sortable cards at once (the drag's source and target among them). */
const LIVE_COLUMNS = 4;

const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
/** Scroll the map only when the card is really at its edge (the default 20 % zone scrolls too eagerly). */
const AUTO_SCROLL = { threshold: { x: 0.08, y: 0.1 }, layoutShiftCompensation: false };

export interface CardInfo {
  emphasis: Map<string, CardEmphasis>;
  painCounts: Map<string, number>;
  departmentLines: Map<string, string>;
  scores?: Record<string, TouchpointScore>;
  voc?: Record<string, TouchpointVoc>;
}

const StageColumn = memo(function StageColumn({
  stage,
  ids,
  tpById,
  info,
  editable,
  weak,
  onOpen,
  onRename,
  labels,
  emptyText,
  live,
  onLive,
}: {
  labels: CardLabels;
  emptyText: string;
  /** Sortable cards (dnd-kit) or static ones; see StaticTouchpointCard. */
  live: boolean;
  onLive: (stageId: string) => void;
  stage: StageWithTouchpoints;
  ids: string[];
  tpById: Map<string, Touchpoint>;
  info: CardInfo;
  editable: boolean;
  weak: boolean;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
}) {
  const { setNodeRef, isOver } = useDroppable({
    id: columnId(stage.id),
    data: { type: "column" },
    disabled: !editable,
  });
  // A column turns sortable when the pointer comes near or a card gets the focus; the focused
  // card is re-created as a sortable one, so the focus moves to it.
  const refocus = useRef<string | null>(null);
  const rootRef = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    const id = refocus.current;
    if (!live || !id) return;
    refocus.current = null;
    rootRef.current?.querySelector<HTMLElement>(`[data-touchpoint-id="${id}"]`)?.focus();
  }, [live]);
  const cardProps = (id: string) => {
    const tp = tpById.get(id);
    if (!tp) return null;
    return {
      tp,
      emphasis: info.emphasis.get(id) ?? 0,
      painCount: info.painCounts.get(id) ?? 0,
      departmentLine: info.departmentLines.get(id) ?? "",
      score: info.scores?.[id],
      voc: info.voc?.[id],
      editable,
      onOpen,
      onRename,
      labels,
    };
  };
  return (
    <div
      ref={(el) => {
        setNodeRef(el);
        rootRef.current = el;
      }}
      className="mm-cell mm-tp-cell"
      style={phaseStyle(stage.phase)}
      data-testid="touchpoint-column"
      data-stage-id={stage.id}
      data-over={isOver ? "true" : undefined}
      data-weak={weak ? "true" : undefined}
      data-live={live ? "true" : undefined}
      // Synchronously, so the cards are sortable before the button goes down.
      onPointerEnter={editable && !live ? () => flushSync(() => onLive(stage.id)) : undefined}
      onFocusCapture={
        editable && !live
          ? (e) => {
              refocus.current = (e.target as HTMLElement).dataset.touchpointId ?? null;
              onLive(stage.id);
            }
          : undefined
      }
    >
      {live ? (
        <SortableContext id={stage.id} items={ids} strategy={verticalListSortingStrategy}>
          {ids.map((id) => {
            const p = cardProps(id);
            return p ? <SortableTouchpointCard key={id} {...p} /> : null;
          })}
        </SortableContext>
      ) : (
        ids.map((id) => {
          const p = cardProps(id);
          return p ? <StaticTouchpointCard key={id} {...p} /> : null;
        })
      )}
      {ids.length === 0 && <div className="mm-tp-empty">{emptyText}</div>}
    </div>
  );
});

/**
 * The touchpoint lane: one sortable column per stage. A card moves within its stage or to
 * another one, with the pointer or the keyboard (Space, arrows, Space). While dragging only the
 * two columns involved re-render; the card under the pointer is a DragOverlay.
 */
export const TouchpointLane = memo(function TouchpointLane({
  label,
  stages,
  info,
  editable,
  weak,
  onOpen,
  onRename,
  onMove,
  limit,
}: {
  /** Columns from this index on are drawn after the first paint. */
  limit: number;
  label: ReactNode;
  stages: StageWithTouchpoints[];
  info: CardInfo;
  editable: boolean;
  weak: Set<string>;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
  onMove: (id: string, to: Placement) => void;
}) {
  const { t } = useTranslation();
  const labels = useCardLabels();
  const emptyText = t("map.cell.noTouchpoints");
  const base = useMemo(() => {
    const out: Items = {};
    for (const s of stages) out[s.id] = s.touchpoints.map((tp) => tp.id);
    return out;
  }, [stages]);
  const tpById = useMemo(() => {
    const m = new Map<string, Touchpoint>();
    for (const s of stages) for (const tp of s.touchpoints) m.set(tp.id, tp);
    return m;
  }, [stages]);
  const stageName = useMemo(() => new Map(stages.map((s) => [s.id, s.name])), [stages]);

  const [drag, setDrag] = useState<{ id: string; items: Items } | null>(null);
  // The few columns whose cards are sortable right now (most recent last).
  const [live, setLive] = useState<string[]>([]);
  const onLive = useCallback((stageId: string) => {
    setLive((l) =>
      l[l.length - 1] === stageId ? l : [...l.filter((x) => x !== stageId), stageId].slice(-LIVE_COLUMNS),
    );
  }, []);
  const items = drag?.items ?? base;
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  );

  const containerOf = useCallback((id: UniqueIdentifier): string | undefined => {
    if (isColumn(id)) return stageOfColumn(id);
    const all = itemsRef.current;
    return Object.keys(all).find((k) => all[k]?.includes(String(id)));
  }, []);

  /**
   * First the column (30 candidates), then the nearest card in it (10 candidates): dnd-kit's
   * rects read the scroll position on every access, so testing all 330 droppables per pointer
   * move would cost whole frames.
   */
  const collision: CollisionDetection = useCallback((args) => {
    const columns = args.droppableContainers.filter((c) => isColumn(c.id));
    const byPointer = args.pointerCoordinates ? pointerWithin({ ...args, droppableContainers: columns }) : [];
    const hits = byPointer.length > 0 ? byPointer : rectIntersection({ ...args, droppableContainers: columns });
    const columnHit = getFirstCollision(hits, "id");
    if (columnHit == null) return [];
    const ids = itemsRef.current[stageOfColumn(columnHit)] ?? [];
    if (ids.length === 0) return [{ id: columnHit }];
    const cards = args.droppableContainers.filter((c) => ids.includes(String(c.id)));
    const nearest = closestCenter({ ...args, droppableContainers: cards });
    return nearest.length > 0 ? nearest.slice(0, 1) : [{ id: columnHit }];
  }, []);

  const positionOf = (id: string) => {
    const stage = containerOf(id);
    const index = stage ? (itemsRef.current[stage] ?? []).indexOf(id) : -1;
    return { stage: stage ? (stageName.get(stage) ?? "") : "", position: index + 1 };
  };
  const nameOf = (id: UniqueIdentifier) => tpById.get(String(id))?.name ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("map.dnd.pickedTouchpoint", { name: nameOf(active.id) }),
    onDragOver: ({ active }) => t("map.dnd.overStage", positionOf(String(active.id))),
    onDragEnd: ({ active }) => t("map.dnd.dropped", { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t("map.dnd.cancelled", { name: nameOf(active.id) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => setDrag({ id: String(active.id), items: base });

  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const from = containerOf(active.id);
    const to = containerOf(over.id);
    if (to) onLive(to);
    if (!from || !to || from === to) return;
    setDrag((d) => {
      if (!d) return d;
      const source = (d.items[from] ?? []).filter((x) => x !== active.id);
      const target = (d.items[to] ?? []).filter((x) => x !== active.id);
      let index = isColumn(over.id) ? target.length : target.indexOf(String(over.id));
      if (index < 0) index = target.length;
      // Below the middle of the card we are over: after it.
      const translated = active.rect.current.translated;
      if (!isColumn(over.id) && translated && translated.top > over.rect.top + over.rect.height / 2) index += 1;
      return {
        ...d,
        items: {
          ...d.items,
          [from]: source,
          [to]: [...target.slice(0, index), String(active.id), ...target.slice(index)],
        },
      };
    });
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const current = itemsRef.current;
    const id = String(active.id);
    const stageId = containerOf(id);
    setDrag(null);
    if (!stageId || !over) return;
    let list = current[stageId] ?? [];
    const overIndex = list.indexOf(String(over.id));
    const activeIndex = list.indexOf(id);
    if (overIndex >= 0 && activeIndex >= 0 && overIndex !== activeIndex) list = arrayMove(list, activeIndex, overIndex);
    onMove(id, { stageId, index: list.indexOf(id) });
  };

  const active = drag ? tpById.get(drag.id) : undefined;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={() => setDrag(null)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("map.dnd.instructions") } }}
    >
      <div className="mm-row" data-testid="lane-touchpoints">
        {label}
        {stages.map((s, i) =>
          i >= limit ? (
            <PendingCell key={s.id} column={s} />
          ) : (
            <StageColumn
              key={s.id}
              stage={s}
              ids={items[s.id] ?? []}
              tpById={tpById}
              info={info}
              editable={editable}
              weak={weak.has(s.id)}
              onOpen={onOpen}
              onRename={onRename}
              labels={labels}
              emptyText={emptyText}
              live={live.includes(s.id)}
              onLive={onLive}
            />
          ),
        )}
      </div>
      <DragOverlay dropAnimation={{ duration: 160, easing: "ease-out" }}>
        {active ? (
          <TouchpointCardOverlay
            tp={active}
            emphasis={0}
            painCount={info.painCounts.get(active.id) ?? 0}
            departmentLine={info.departmentLines.get(active.id) ?? ""}
            score={info.scores?.[active.id]}
            voc={info.voc?.[active.id]}
            editable={false}
            onOpen={onOpen}
            onRename={onRename}
            labels={labels}
          />
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});
