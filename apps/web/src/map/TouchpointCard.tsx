import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { CHANNELS, type Channel, ELEMENTS, type Element, type Touchpoint } from "@motmap/core";
import {
  IconAlertTriangleFilled,
  IconBrandHipchat,
  IconDeviceMobileMessage,
  IconMoodSad,
  IconMoodSmile,
  IconPencil,
  IconPhone,
  IconUsers,
} from "@tabler/icons-react";
import { type CSSProperties, memo, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { InlineText } from "./InlineText.tsx";
import type { CardEmphasis } from "./model.ts";
import { MAP_PALETTE } from "./palette.ts";

const CHANNEL_ICONS = {
  face_to_face: IconUsers,
  phone: IconPhone,
  online: IconDeviceMobileMessage,
  social: IconBrandHipchat,
} as const satisfies Record<Channel, unknown>;

/** A score a later analytics feature puts on a touchpoint (top-right badge). */
export interface TouchpointScore {
  value: number | string;
  /** CSS colour of the badge; slate when absent. */
  color?: string;
  label?: string;
}

/** VOC received about a touchpoint in the map's period, each count linking to the filtered VOC list. */
export interface TouchpointVoc {
  complaints: number;
  compliments: number;
  complaintsHref: string;
  complimentsHref: string;
}

/** The words on a card, built once per language (not once per card: 300 cards, 300 hooks). */
export interface CardLabels {
  channel: Record<Channel, string>;
  element: Record<Element, string>;
  score: string;
  rename: string;
  importance: (value: number) => string;
  painCount: (count: number) => string;
  open: (name: string) => string;
  complaints: (count: number) => string;
  compliments: (count: number) => string;
  vocOpen: (what: string) => string;
}

export function useCardLabels(): CardLabels {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the words change with the language
  return useMemo(
    () => ({
      channel: Object.fromEntries(CHANNELS.map((c) => [c, t(`enums.channel.${c}`)])) as Record<Channel, string>,
      element: Object.fromEntries(ELEMENTS.map((e) => [e, t(`enums.element.${e}`)])) as Record<Element, string>,
      score: t("map.card.score"),
      rename: t("map.card.rename"),
      importance: (value: number) => t("map.card.importance", { value }),
      painCount: (count: number) => t("map.card.painCount", { count }),
      open: (name: string) => t("map.card.open", { name }),
      complaints: (count: number) => t("map.voc.complaints", { count }),
      compliments: (count: number) => t("map.voc.compliments", { count }),
      vocOpen: (what: string) => t("map.voc.open", { what }),
    }),
    [t, i18n.language],
  );
}

export interface CardProps {
  labels: CardLabels;
  tp: Touchpoint;
  emphasis: CardEmphasis;
  painCount: number;
  departmentLine: string;
  score?: TouchpointScore;
  voc?: TouchpointVoc;
  editable: boolean;
  onOpen: (id: string) => void;
  onRename: (id: string, name: string) => void;
}

/** What a touchpoint card shows; memoised so a drag re-renders only the cards that move. */
export const TouchpointCardBody = memo(function TouchpointCardBody({
  tp,
  painCount,
  departmentLine,
  score,
  voc,
  editable,
  onRename,
  labels,
}: Omit<CardProps, "emphasis" | "onOpen">) {
  const [editing, setEditing] = useState(false);
  const Icon = CHANNEL_ICONS[tp.channel];
  return (
    <>
      {score && (
        <span
          className="mm-score-badge"
          style={{ background: score.color ?? MAP_PALETTE.curve }}
          title={score.label ?? labels.score}
          data-testid="touchpoint-score"
        >
          {score.value}
        </span>
      )}
      <div className="mm-card-top">
        <span className="mm-card-icon" title={labels.channel[tp.channel]}>
          <Icon size={13} stroke={2} aria-hidden />
        </span>
        {editing ? (
          // biome-ignore lint/a11y/noStaticElementInteractions: keeps clicks in the field from opening the drawer
          // biome-ignore lint/a11y/useKeyWithClickEvents: only stops propagation
          <div style={{ flex: 1 }} onClick={(e) => e.stopPropagation()}>
            <InlineText
              value={tp.name}
              label={labels.rename}
              allowEmpty={false}
              autoStart
              testId="touchpoint-name"
              onSave={(next) => onRename(tp.id, next)}
              onClose={() => setEditing(false)}
            >
              {tp.name}
            </InlineText>
          </div>
        ) : (
          // biome-ignore lint/a11y/noStaticElementInteractions: double-click renames; the pencil button does the same for keyboards
          <span
            className="mm-card-name"
            data-testid="touchpoint-card-name"
            onDoubleClick={
              editable
                ? (e) => {
                    e.stopPropagation();
                    setEditing(true);
                  }
                : undefined
            }
          >
            {tp.name}
          </span>
        )}
      </div>
      <div className="mm-card-meta">
        <span className="mm-chip">{labels.element[tp.element]}</span>
        <span>{labels.channel[tp.channel]}</span>
        {tp.importance !== null && (
          <span className="mm-importance" title={labels.importance(tp.importance)}>
            {[1, 2, 3, 4, 5].map((i) => (
              <i key={i} data-on={i <= (tp.importance ?? 0) ? "true" : undefined} />
            ))}
          </span>
        )}
        {painCount > 0 && (
          <span className="mm-pain-count">
            <IconAlertTriangleFilled size={11} aria-hidden />
            {labels.painCount(painCount)}
          </span>
        )}
      </div>
      {departmentLine && <div className="mm-card-depts">{departmentLine}</div>}
      {voc && (
        <div className="mm-card-voc mm-no-print" data-testid="touchpoint-voc">
          <VocCount kind="complaint" count={voc.complaints} href={voc.complaintsHref} labels={labels} />
          <VocCount kind="compliment" count={voc.compliments} href={voc.complimentsHref} labels={labels} />
        </div>
      )}
      {editable && !editing && (
        <button
          type="button"
          className="mm-card-edit"
          aria-label={labels.rename}
          title={labels.rename}
          data-testid="touchpoint-rename"
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
          onClick={(e) => {
            e.stopPropagation();
            setEditing(true);
          }}
        >
          <IconPencil size={13} />
        </button>
      )}
    </>
  );
});

/** One count on a card: a link to the VOC list of that touchpoint and type (a muted zero links nowhere). */
function VocCount({
  kind,
  count,
  href,
  labels,
}: {
  kind: "complaint" | "compliment";
  count: number;
  href: string;
  labels: CardLabels;
}) {
  const Icon = kind === "complaint" ? IconMoodSad : IconMoodSmile;
  const text = kind === "complaint" ? labels.complaints(count) : labels.compliments(count);
  if (count === 0)
    return (
      <span className="mm-voc-count" data-kind={kind} data-zero="true" data-testid={`voc-${kind}s`}>
        <Icon size={12} aria-hidden />
        {text}
      </span>
    );
  const stop = (e: { stopPropagation: () => void }) => e.stopPropagation();
  return (
    <Link
      to={href}
      className="mm-voc-count"
      data-kind={kind}
      data-testid={`voc-${kind}s`}
      title={labels.vocOpen(text)}
      aria-label={labels.vocOpen(text)}
      // The card opens its drawer on click and starts a drag on pointer down: the link keeps both to itself.
      onClick={stop}
      onPointerDown={stop}
      onKeyDown={stop}
    >
      <Icon size={12} aria-hidden />
      {text}
    </Link>
  );
}

function cardStyle(tp: Touchpoint): CSSProperties {
  const el = MAP_PALETTE.element[tp.element];
  return { "--mm-el": el.main, "--mm-el-tint": el.tint, "--mm-el-text": el.text } as CSSProperties;
}

/** A draggable touchpoint card (dnd-kit sortable); click or Enter opens the drawer. */
export const SortableTouchpointCard = memo(function SortableTouchpointCard(props: CardProps) {
  const { tp, emphasis, editable, onOpen, labels } = props;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: tp.id,
    data: { type: "touchpoint", stageId: tp.stageId },
    disabled: !editable,
  });
  // Re-rendered on every drop-target change of a drag: keep the render free of translations.
  const ariaLabel = useMemo(() => labels.open(tp.name), [labels, tp.name]);
  const base = useMemo(() => cardStyle(tp), [tp]);
  const style = { ...base, transform: CSS.Translate.toString(transform), transition };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a card with its own controls inside; a <button> cannot hold them
    <div
      ref={setNodeRef}
      className="mm-card"
      style={style}
      data-testid="touchpoint-card"
      data-touchpoint-id={tp.id}
      data-channel={tp.channel}
      data-element={tp.element}
      data-dimmed={emphasis === 1 ? "true" : undefined}
      data-highlighted={emphasis === 2 ? "true" : undefined}
      data-dragging={isDragging ? "true" : undefined}
      {...attributes}
      {...listeners}
      role="button"
      aria-roledescription={editable ? attributes["aria-roledescription"] : undefined}
      aria-label={ariaLabel}
      tabIndex={0}
      onClick={() => onOpen(tp.id)}
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target === e.currentTarget) {
          e.preventDefault();
          onOpen(tp.id);
          return;
        }
        listeners?.onKeyDown?.(e);
      }}
    >
      <TouchpointCardBody {...props} />
    </div>
  );
});

/**
 * The same card without dnd-kit: columns the pointer or the focus has not reached yet draw
 * these, so a drag re-renders only the few sortable columns (dnd-kit re-renders every sortable
 * item whenever the drop target changes).
 */
export const StaticTouchpointCard = memo(function StaticTouchpointCard(props: CardProps) {
  const { tp, emphasis, onOpen, labels } = props;
  const ariaLabel = useMemo(() => labels.open(tp.name), [labels, tp.name]);
  const style = useMemo(() => cardStyle(tp), [tp]);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a card with its own controls inside; a <button> cannot hold them
    <div
      className="mm-card"
      style={style}
      data-testid="touchpoint-card"
      data-touchpoint-id={tp.id}
      data-channel={tp.channel}
      data-element={tp.element}
      data-dimmed={emphasis === 1 ? "true" : undefined}
      data-highlighted={emphasis === 2 ? "true" : undefined}
      role="button"
      aria-label={ariaLabel}
      tabIndex={0}
      onClick={() => onOpen(tp.id)}
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target === e.currentTarget) {
          e.preventDefault();
          onOpen(tp.id);
        }
      }}
    >
      <TouchpointCardBody {...props} />
    </div>
  );
});

/** The card under the pointer while dragging (dnd-kit DragOverlay). */
export function TouchpointCardOverlay(props: CardProps) {
  return (
    <div className="mm-card" data-overlay="true" style={cardStyle(props.tp)}>
      <TouchpointCardBody {...props} editable={false} />
    </div>
  );
}
