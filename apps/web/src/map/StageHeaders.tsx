import {
  type Announcements,
  closestCenter,
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  type Modifier,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import {
  arrayMove,
  horizontalListSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { Phase, Stage } from "@motmap/core";
import { IconGripVertical } from "@tabler/icons-react";
import { type CSSProperties, memo, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { InlineText } from "./InlineText.tsx";
import { COLUMN_WIDTH, phaseBands } from "./model.ts";
import { MAP_PALETTE } from "./palette.ts";

const onlyHorizontal: Modifier = ({ transform }) => ({ ...transform, y: 0 });
export const KEYBOARD_CODES = { start: ["Space"], cancel: ["Escape"], end: ["Space", "Enter"] };

export function phaseStyle(phase: Phase): CSSProperties {
  const p = MAP_PALETTE.phase[phase];
  return { "--mm-phase-tint": p.tint, "--mm-phase-accent": p.accent } as CSSProperties;
}

/** The coloured phase bands (사전 · 진료 · 사후) over the stage headers. */
export const PhaseBands = memo(function PhaseBands({ stages }: { stages: readonly { phase: Phase }[] }) {
  const { t } = useTranslation();
  return (
    <>
      {phaseBands(stages).map((b) => {
        const p = MAP_PALETTE.phase[b.phase];
        return (
          <div
            key={`${b.phase}-${b.start}`}
            className="mm-phase"
            style={{ width: b.count * COLUMN_WIDTH, background: p.fill, color: p.accent }}
            data-testid="phase-band"
          >
            <span className="mm-phase-dot" style={{ background: p.accent }} />
            {t(`map.phases.${b.phase}`)}
          </div>
        );
      })}
    </>
  );
});

const StageHeader = memo(function StageHeader({
  stage,
  number,
  editable,
  weak,
  onRename,
}: {
  stage: Pick<Stage, "id" | "name" | "phase">;
  number: number;
  editable: boolean;
  weak: boolean;
  onRename: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: stage.id,
    data: { type: "stage", phase: stage.phase },
    disabled: !editable,
  });
  return (
    <div
      ref={setNodeRef}
      className="mm-stage-head"
      style={{ ...phaseStyle(stage.phase), transform: CSS.Translate.toString(transform), transition }}
      data-testid="stage-header"
      data-stage-id={stage.id}
      data-dragging={isDragging ? "true" : undefined}
      data-weak={weak ? "true" : undefined}
    >
      <span className="mm-stage-no">{number}</span>
      <InlineText
        className="mm-stage-name"
        value={stage.name}
        label={t("map.cell.stageName")}
        readOnly={!editable}
        allowEmpty={false}
        testId="stage-name"
        onSave={(name) => onRename(stage.id, name)}
      >
        {stage.name}
      </InlineText>
      {editable && (
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="mm-grip"
          {...attributes}
          {...listeners}
          aria-label={t("map.dnd.dragStage", { name: stage.name })}
          data-testid="stage-grip"
        >
          <IconGripVertical size={16} />
        </button>
      )}
    </div>
  );
});

/** Stage headers, sortable by drag (within the stage's phase) or by keyboard on the grip. */
export const StageHeaderRow = memo(function StageHeaderRow({
  stages,
  editable,
  weak,
  onRename,
  onReorder,
}: {
  stages: readonly Pick<Stage, "id" | "name" | "phase">[];
  editable: boolean;
  weak: Set<string>;
  onRename: (id: string, name: string) => void;
  onReorder: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates, keyboardCodes: KEYBOARD_CODES }),
  );
  const ids = useMemo(() => stages.map((s) => s.id), [stages]);
  const nameOf = (id: unknown) => stages.find((s) => s.id === id)?.name ?? "";
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("map.dnd.pickedStage", { name: nameOf(active.id) }),
    onDragOver: ({ over }) =>
      over ? t("map.dnd.overStageHeader", { position: ids.indexOf(String(over.id)) + 1 }) : undefined,
    onDragEnd: ({ active }) => t("map.dnd.dropped", { name: nameOf(active.id) }),
    onDragCancel: ({ active }) => t("map.dnd.cancelled", { name: nameOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = ids.indexOf(String(active.id));
    let to = ids.indexOf(String(over.id));
    const phase = stages[from]?.phase;
    // A stage stays in its phase: clamp the drop to the phase's run of columns.
    const inPhase = stages.map((s, i) => (s.phase === phase ? i : -1)).filter((i) => i >= 0);
    to = Math.max(inPhase[0] ?? 0, Math.min(inPhase[inPhase.length - 1] ?? to, to));
    if (from === to) return;
    onReorder(arrayMove(ids, from, to));
  };

  let n = 0;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      modifiers={[onlyHorizontal]}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("map.dnd.instructions") } }}
    >
      <SortableContext items={ids} strategy={horizontalListSortingStrategy}>
        {stages.map((s) => {
          n += 1;
          return (
            <StageHeader
              key={s.id}
              stage={s}
              number={n}
              editable={editable}
              weak={weak.has(s.id)}
              onRename={onRename}
            />
          );
        })}
      </SortableContext>
    </DndContext>
  );
});
