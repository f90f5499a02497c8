import type { PainPoint, Phase } from "@motmap/core";
import { memo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { textToLines } from "../lib/format.ts";
import { InlineText } from "./InlineText.tsx";
import { normalise } from "./model.ts";
import { MAP_PALETTE } from "./palette.ts";
import { phaseStyle } from "./StageHeaders.tsx";

export interface ColumnInfo {
  id: string;
  name: string;
  phase: Phase;
}

/** A column not drawn yet (progressive first render): keeps the width and the phase tint. */
export function PendingCell({ column }: { column: ColumnInfo }) {
  return <div className="mm-cell mm-pending" style={phaseStyle(column.phase)} />;
}

function Lines({
  lines,
  variant,
  query,
}: {
  lines: string[];
  variant: "bullet" | "quote" | "opportunity";
  query: string;
}) {
  if (lines.length === 0) return null;
  const q = normalise(query);
  return (
    <ul className="mm-lines" data-variant={variant}>
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; their order is their identity
        <li key={i} data-match={q && normalise(l).includes(q) ? "true" : undefined}>
          {l}
        </li>
      ))}
    </ul>
  );
}

const TextCell = memo(function TextCell({
  column,
  lines,
  variant,
  editable,
  weak,
  query,
  laneLabel,
  laneKey,
  onSave,
}: {
  column: ColumnInfo;
  lines: string[];
  variant: "bullet" | "quote" | "opportunity";
  editable: boolean;
  weak: boolean;
  query: string;
  laneLabel: string;
  laneKey: string;
  onSave: (stageId: string, lines: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="mm-cell"
      style={phaseStyle(column.phase)}
      data-weak={weak ? "true" : undefined}
      data-testid={`cell-${laneKey}`}
      data-stage-id={column.id}
    >
      <InlineText
        value={lines.join("\n")}
        multiline
        readOnly={!editable}
        label={t("map.cell.editLabel", { stage: column.name, lane: laneLabel })}
        placeholder={t("map.cell.empty")}
        onSave={(text) => onSave(column.id, textToLines(text))}
        testId={`edit-${laneKey}`}
      >
        <Lines lines={lines} variant={variant} query={query} />
      </InlineText>
    </div>
  );
});

/** A lane of text per stage (actions, thoughts, opportunities, custom text lanes). */
export const TextLaneRow = memo(function TextLaneRow({
  label,
  laneKey,
  laneLabel,
  columns,
  values,
  variant,
  editable,
  weak,
  query,
  onSave,
  limit,
}: {
  limit: number;
  label: ReactNode;
  laneKey: string;
  laneLabel: string;
  columns: ColumnInfo[];
  /** Lines per stage id. */
  values: Map<string, string[]>;
  variant: "bullet" | "quote" | "opportunity";
  editable: boolean;
  weak: Set<string>;
  query: string;
  onSave: (stageId: string, lines: string[]) => void;
}) {
  return (
    <div className="mm-row" data-testid={`lane-${laneKey}`}>
      {label}
      {columns.map((c, i) =>
        i >= limit ? (
          <PendingCell key={c.id} column={c} />
        ) : (
          <TextCell
            key={c.id}
            column={c}
            lines={values.get(c.id) ?? EMPTY}
            variant={variant}
            editable={editable}
            weak={weak.has(c.id)}
            query={query}
            laneLabel={laneLabel}
            laneKey={laneKey}
            onSave={onSave}
          />
        ),
      )}
    </div>
  );
});

const EMPTY: string[] = [];

/** Pain points per stage, most severe first, coloured by severity. */
export const PainPointRow = memo(function PainPointRow({
  label,
  columns,
  painPoints,
  weak,
  query,
  limit,
}: {
  limit: number;
  label: ReactNode;
  columns: ColumnInfo[];
  painPoints: Map<string, PainPoint[]>;
  weak: Set<string>;
  query: string;
}) {
  const { t } = useTranslation();
  const q = normalise(query);
  return (
    <div className="mm-row" data-testid="lane-pain_points">
      {label}
      {columns.map((c, i) =>
        i >= limit ? (
          <PendingCell key={c.id} column={c} />
        ) : (
          <div
            key={c.id}
            className="mm-cell"
            style={phaseStyle(c.phase)}
            data-weak={weak.has(c.id) ? "true" : undefined}
          >
            {(painPoints.get(c.id) ?? []).map((p) => {
              const sev = MAP_PALETTE.severity[p.severity];
              return (
                <div
                  key={p.id}
                  className={`mm-pain${q && normalise(p.description).includes(q) ? " mm-match" : ""}`}
                  style={{ "--mm-sev": sev.main, "--mm-sev-tint": sev.tint } as React.CSSProperties}
                  data-severity={p.severity}
                  data-testid="pain-point"
                >
                  <span className="mm-pain-sev">{t(`enums.severity.${p.severity}`)}</span>
                  {p.description}
                </div>
              );
            })}
          </div>
        ),
      )}
    </div>
  );
});

/** The back stage: the departments behind each stage's touchpoints. */
export const DepartmentRow = memo(function DepartmentRow({
  label,
  columns,
  departments,
  highlighted,
  weak,
  limit,
}: {
  limit: number;
  label: ReactNode;
  columns: ColumnInfo[];
  /** Department [id, name] pairs per stage id. */
  departments: Map<string, [string, string][]>;
  highlighted: string | null;
  weak: Set<string>;
}) {
  return (
    <div className="mm-row" data-testid="lane-departments">
      {label}
      {columns.map((c, i) =>
        i >= limit ? (
          <PendingCell key={c.id} column={c} />
        ) : (
          <div
            key={c.id}
            className="mm-cell"
            style={phaseStyle(c.phase)}
            data-weak={weak.has(c.id) ? "true" : undefined}
          >
            {(departments.get(c.id) ?? []).map(([id, name]) => (
              <span key={id} className="mm-dept" data-highlighted={highlighted === id ? "true" : undefined}>
                {name}
              </span>
            ))}
          </div>
        ),
      )}
    </div>
  );
});
