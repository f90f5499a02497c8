import type { Phase } from "@motmap/core";
import {
  IconMoodAnnoyed,
  IconMoodCry,
  IconMoodHappy,
  IconMoodNeutral,
  IconMoodSad,
  IconMoodSmile,
  IconMoodSmileBeam,
} from "@tabler/icons-react";
import { type KeyboardEvent, memo, type PointerEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { COLUMN_WIDTH } from "./model.ts";
import { emotionColour, formatScore, MAP_PALETTE } from "./palette.ts";

/** Faces as Tabler icons (the machine may have no emoji font), as in the rest of the app. */
const FACES = {
  "-3": IconMoodCry,
  "-2": IconMoodSad,
  "-1": IconMoodAnnoyed,
  "0": IconMoodNeutral,
  "1": IconMoodSmile,
  "2": IconMoodHappy,
  "3": IconMoodSmileBeam,
} as const;

export interface CurvePoint {
  id: string;
  name: string;
  phase: Phase;
  score: number | null;
}

/** A measured value drawn beside the hypothesised curve (e.g. satisfaction put on the emotion axis). */
export interface MeasuredPoint {
  /** On the curve's axis, −3 … +3 (need not be whole). */
  value: number;
  /** Short text beside the marker (the measured score). */
  label: string;
  /** What the marker means, for the tooltip and screen readers. */
  title: string;
}

/** The measured line's colour: apart from the emotion gradient's red–amber–green. */
export const MEASURED_COLOUR = "#1c64b4";

const clamp = (v: number) => Math.max(-3, Math.min(3, Math.round(v)));

/** A smooth path through the points that never overshoots (monotone cubic, Fritsch–Carlson). */
export function monotonePath(pts: readonly { x: number; y: number }[]): string {
  const n = pts.length;
  const first = pts[0];
  if (!first) return "";
  if (n === 1) return `M${first.x},${first.y}`;
  const dx: number[] = [];
  const slope: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const a = pts[i] as { x: number; y: number };
    const b = pts[i + 1] as { x: number; y: number };
    dx.push(b.x - a.x);
    slope.push((b.y - a.y) / (b.x - a.x));
  }
  const m: number[] = [slope[0] ?? 0];
  for (let i = 1; i < n - 1; i++) {
    const s0 = slope[i - 1] ?? 0;
    const s1 = slope[i] ?? 0;
    const h0 = dx[i - 1] ?? 1;
    const h1 = dx[i] ?? 1;
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    m.push((Math.sign(s0) + Math.sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0);
  }
  m.push(slope[n - 2] ?? 0);
  let d = `M${first.x},${first.y}`;
  for (let i = 0; i < n - 1; i++) {
    const a = pts[i] as { x: number; y: number };
    const b = pts[i + 1] as { x: number; y: number };
    const h = (dx[i] ?? 0) / 3;
    d += ` C${a.x + h},${a.y + (m[i] ?? 0) * h} ${b.x - h},${b.y - (m[i + 1] ?? 0) * h} ${b.x},${b.y}`;
  }
  return d;
}

/**
 * The emotion curve (or a custom score lane) across the stage columns: one point per stage,
 * a face and a colour per point, the lowest point(s) circled in red. Editable points are
 * sliders: drag vertically (snaps to whole scores) or focus and press ↑/↓.
 */
export const ScoreCurve = memo(function ScoreCurve({
  points,
  variant,
  editable,
  lowest,
  weak,
  laneLabel,
  onChange,
  testId,
  measured,
}: {
  points: CurvePoint[];
  variant: "emotion" | "score";
  editable: boolean;
  /** Ids of the lowest point(s): red halo and "lowest moment" label. */
  lowest: Set<string>;
  /** Ids of the columns the "weakest moment" filter tints. */
  weak: Set<string>;
  laneLabel: string;
  onChange: (id: string, score: number) => void;
  testId?: string;
  /** Measured values per stage id, drawn as a dashed line with markers beside the hypothesised curve. */
  measured?: ReadonlyMap<string, MeasuredPoint>;
}) {
  const { t } = useTranslation();
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ id: string; score: number } | null>(null);

  const emotion = variant === "emotion";
  const height = emotion ? 176 : 132;
  const top = emotion ? 30 : 22;
  const bottom = emotion ? 40 : 22;
  const step = (height - top - bottom) / 6;
  const width = points.length * COLUMN_WIDTH;
  const yOf = (score: number) => top + (3 - score) * step;
  const scoreAt = (clientY: number) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect) return 0;
    return clamp(3 - (clientY - rect.top - top) / step);
  };

  const shown = points.map((p, i) => ({
    ...p,
    saved: p.score,
    score: drag?.id === p.id ? drag.score : p.score,
    x: i * COLUMN_WIDTH + COLUMN_WIDTH / 2,
  }));

  // One smooth segment per run of scored stages.
  const segments: { x: number; y: number; score: number }[][] = [];
  let run: { x: number; y: number; score: number }[] = [];
  for (const p of shown) {
    if (p.score === null) {
      if (run.length) segments.push(run);
      run = [];
    } else run.push({ x: p.x, y: yOf(p.score), score: p.score });
  }
  if (run.length) segments.push(run);

  // The measured line: one segment per run of measured stages, as above.
  const measuredSegments: { x: number; y: number; id: string; point: MeasuredPoint }[][] = [];
  if (measured) {
    let mrun: { x: number; y: number; id: string; point: MeasuredPoint }[] = [];
    for (const p of shown) {
      const m = measured.get(p.id);
      if (!m) {
        if (mrun.length) measuredSegments.push(mrun);
        mrun = [];
      } else mrun.push({ x: p.x, y: yOf(Math.max(-3, Math.min(3, m.value))), id: p.id, point: m });
    }
    if (mrun.length) measuredSegments.push(mrun);
  }
  const measuredId = `${testId ?? variant}-measured`;

  const gradientId = `mm-grad-${testId ?? variant}`;
  const lineColour = emotion ? `url(#${gradientId})` : MAP_PALETTE.score;

  type Shown = CurvePoint & { saved: number | null };
  const onPointerDown = (p: Shown) => (e: PointerEvent<SVGGElement>) => {
    if (!editable || e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    (e.currentTarget as unknown as HTMLElement).focus?.();
    setDrag({ id: p.id, score: p.saved ?? scoreAt(e.clientY) });
  };
  const onPointerMove = (e: PointerEvent<SVGGElement>) => {
    if (!drag) return;
    const score = scoreAt(e.clientY);
    if (score !== drag.score) setDrag({ ...drag, score });
  };
  const onPointerUp = (p: Shown) => (e: PointerEvent<SVGGElement>) => {
    if (!drag || drag.id !== p.id) return;
    e.currentTarget.releasePointerCapture(e.pointerId);
    const score = drag.score;
    setDrag(null);
    if (score !== p.saved) onChange(p.id, score);
  };
  const onKeyDown = (p: Shown) => (e: KeyboardEvent<SVGGElement>) => {
    if (!editable) return;
    const delta = e.key === "ArrowUp" ? 1 : e.key === "ArrowDown" ? -1 : 0;
    if (!delta) return;
    e.preventDefault();
    const next = clamp((p.saved ?? 0) + (p.saved === null ? 0 : delta));
    if (next !== p.saved) onChange(p.id, next);
  };

  return (
    <svg ref={svgRef} className="mm-curve" width={width} height={height} data-testid={testId}>
      <title>{laneLabel}</title>
      <defs>
        {emotion && segments.length > 0 && (
          <linearGradient id={gradientId} gradientUnits="userSpaceOnUse" x1={0} x2={width} y1={0} y2={0}>
            {shown.map((p) =>
              p.score === null ? null : <stop key={p.id} offset={p.x / width} stopColor={emotionColour(p.score)} />,
            )}
          </linearGradient>
        )}
      </defs>
      {/* Column backgrounds in the phase tint, and the weakest column(s) in red. */}
      {shown.map((p) => (
        <rect
          key={`bg-${p.id}`}
          x={p.x - COLUMN_WIDTH / 2}
          y={0}
          width={COLUMN_WIDTH}
          height={height}
          fill={weak.has(p.id) ? "#FFF3F3" : MAP_PALETTE.phase[p.phase].tint}
        />
      ))}
      {/* Positive / negative zones and the score grid. */}
      <rect x={0} y={top - step / 2} width={width} height={step * 3.5} fill="#3F9142" opacity={0.045} />
      <rect x={0} y={yOf(0)} width={width} height={step * 3.5} fill="#D64545" opacity={0.05} />
      {[-3, -2, -1, 1, 2, 3].map((s) => (
        <line key={s} x1={0} x2={width} y1={yOf(s)} y2={yOf(s)} stroke="#E4E8EC" strokeWidth={1} />
      ))}
      <line x1={0} x2={width} y1={yOf(0)} y2={yOf(0)} stroke="#BCC5CE" strokeWidth={1} strokeDasharray="4 4" />
      {shown.map((p, i) =>
        i === 0 ? null : (
          <line
            key={`sep-${p.id}`}
            x1={p.x - COLUMN_WIDTH / 2}
            x2={p.x - COLUMN_WIDTH / 2}
            y1={0}
            y2={height}
            stroke="#EDF0F3"
          />
        ),
      )}
      {segments.map((seg) => (
        <path
          key={`${seg[0]?.x}`}
          d={monotonePath(seg)}
          fill="none"
          stroke={lineColour}
          strokeWidth={emotion ? 3.5 : 2.5}
          strokeLinecap="round"
          strokeLinejoin="round"
          strokeDasharray={emotion ? undefined : "7 5"}
          data-testid={`${testId ?? variant}-curve`}
        />
      ))}
      {measuredSegments.map((seg) => (
        <path
          key={`m-${seg[0]?.x}`}
          d={monotonePath(seg)}
          fill="none"
          stroke={MEASURED_COLOUR}
          strokeWidth={2.5}
          strokeLinecap="round"
          strokeDasharray="7 5"
          opacity={0.9}
          data-testid={`${measuredId}-curve`}
        />
      ))}
      {shown.map((p) => {
        const score = p.score;
        const isLow = score !== null && lowest.has(p.id);
        const y = yOf(score ?? 0);
        const colour = score === null ? MAP_PALETTE.faint : emotion ? emotionColour(score) : MAP_PALETTE.score;
        const Face = FACES[String(score ?? 0) as keyof typeof FACES];
        const valueText = score === null ? t("map.curve.unset") : formatScore(score);
        const r = emotion ? 15 : 10;
        return (
          <g
            key={p.id}
            className="mm-point"
            data-readonly={editable ? undefined : "true"}
            data-testid={`${testId ?? variant}-point`}
            data-stage-id={p.id}
            data-score={score ?? ""}
            data-lowest={isLow ? "true" : undefined}
            role="slider"
            tabIndex={editable ? 0 : -1}
            aria-label={t("map.curve.point", { stage: p.name, score: valueText })}
            aria-valuemin={-3}
            aria-valuemax={3}
            aria-valuenow={score ?? undefined}
            aria-valuetext={valueText}
            aria-readonly={!editable}
            aria-description={editable ? t("map.curve.pointHint") : undefined}
            onPointerDown={onPointerDown(p)}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp(p)}
            onPointerCancel={() => setDrag(null)}
            onKeyDown={onKeyDown(p)}
          >
            {/* A generous invisible hit area for the drag. */}
            <rect x={p.x - 30} y={top - step} width={60} height={step * 8} fill="transparent" />
            {isLow && (
              <>
                <circle cx={p.x} cy={y} r={r + 10} fill={MAP_PALETTE.lowest} opacity={0.14} />
                <circle
                  cx={p.x}
                  cy={y}
                  r={r + 6}
                  fill="none"
                  stroke={MAP_PALETTE.lowest}
                  strokeWidth={1.5}
                  opacity={0.7}
                />
              </>
            )}
            <circle
              className="mm-point-ring"
              cx={p.x}
              cy={y}
              r={r}
              fill="#fff"
              stroke={colour}
              strokeWidth={score === null ? 1.5 : 2.5}
              strokeDasharray={score === null ? "3 3" : undefined}
            />
            {emotion && score !== null ? (
              <Face x={p.x - 11} y={y - 11} size={22} stroke={1.9} color={colour} aria-hidden />
            ) : (
              <text
                x={p.x}
                y={y + 4}
                textAnchor="middle"
                fontSize={11}
                fontWeight={700}
                fill={score === null ? MAP_PALETTE.faint : colour}
              >
                {score === null ? "+" : formatScore(score)}
              </text>
            )}
            {emotion && score !== null && (
              <text
                x={p.x + r + 6}
                y={y - 8}
                fontSize={12}
                fontWeight={700}
                fill={isLow ? MAP_PALETTE.lowest : "#52606D"}
              >
                {formatScore(score)}
              </text>
            )}
            {isLow && (
              <g>
                <rect
                  x={p.x - 46}
                  y={Math.min(y + r + 8, height - 22)}
                  width={92}
                  height={19}
                  rx={9.5}
                  fill={MAP_PALETTE.lowest}
                />
                <text
                  x={p.x}
                  y={Math.min(y + r + 8, height - 22) + 13.5}
                  textAnchor="middle"
                  fontSize={11}
                  fontWeight={700}
                  fill="#fff"
                >
                  {t("map.lowest")}
                </text>
              </g>
            )}
          </g>
        );
      })}
      {measuredSegments.flat().map((m) => (
        <g key={`mp-${m.id}`} data-testid={`${measuredId}-point`} data-stage-id={m.id} data-value={m.point.value}>
          <title>{m.point.title}</title>
          <rect
            x={m.x - 5}
            y={m.y - 5}
            width={10}
            height={10}
            transform={`rotate(45 ${m.x} ${m.y})`}
            fill={MEASURED_COLOUR}
            stroke="#fff"
            strokeWidth={1.5}
          />
          <text
            x={m.x}
            y={m.y - 10}
            textAnchor="middle"
            fontSize={11}
            fontWeight={700}
            fill={MEASURED_COLOUR}
            paintOrder="stroke"
            stroke="#fff"
            strokeWidth={3}
          >
            {m.point.label}
          </text>
        </g>
      ))}
    </svg>
  );
});
