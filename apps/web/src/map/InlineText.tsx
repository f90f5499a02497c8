import { Textarea, TextInput } from "@mantine/core";
import { type KeyboardEvent, memo, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

/**
 * Click to edit in place: a Textarea (multi-line) or a TextInput, Enter or leaving the field
 * saves, Esc cancels. Shift+Enter adds a line in a multi-line cell.
 */
export const InlineText = memo(function InlineText({
  value,
  onSave,
  label,
  multiline = false,
  readOnly = false,
  allowEmpty = true,
  placeholder,
  children,
  className,
  testId,
  autoStart = false,
  onClose,
}: {
  value: string;
  onSave: (next: string) => void;
  /** Accessible name of the field, e.g. "접수 · 생각". */
  label: string;
  multiline?: boolean;
  readOnly?: boolean;
  allowEmpty?: boolean;
  placeholder?: string;
  /** What the cell shows when not editing. */
  children: ReactNode;
  className?: string;
  testId?: string;
  /** Start in edit mode (e.g. after a "rename" button). */
  autoStart?: boolean;
  /** Called when editing ends, saved or not. */
  onClose?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(autoStart && !readOnly ? value : null);

  if (readOnly) {
    return (
      <div className={`mm-editable ${className ?? ""}`} data-readonly="true" data-testid={testId}>
        {children}
      </div>
    );
  }

  if (draft === null) {
    const start = () => setDraft(value);
    return (
      // biome-ignore lint/a11y/useSemanticElements: a block that holds lists; a <button> cannot
      <div
        role="button"
        tabIndex={0}
        aria-label={label}
        className={`mm-editable ${className ?? ""}`}
        data-testid={testId}
        onClick={start}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === "F2") {
            e.preventDefault();
            start();
          }
        }}
      >
        {children}
        {!value && placeholder && <span className="mm-placeholder">{placeholder}</span>}
      </div>
    );
  }

  let finished = false;
  const finish = (save: boolean) => {
    if (finished) return;
    finished = true;
    const next = draft;
    setDraft(null);
    onClose?.();
    if (save && next !== value && (allowEmpty || next.trim())) onSave(next);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === "Escape") {
      e.preventDefault();
      finish(false);
    } else if (e.key === "Enter" && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      finish(true);
    }
  };
  const common = {
    "aria-label": label,
    value: draft,
    autoFocus: true,
    size: "xs" as const,
    onChange: (e: { currentTarget: { value: string } }) => setDraft(e.currentTarget.value),
    onBlur: () => finish(true),
    onKeyDown,
    onPointerDown: (e: { stopPropagation: () => void }) => e.stopPropagation(),
    description: multiline ? t("map.cell.editHint") : undefined,
    "data-testid": testId ? `${testId}-input` : undefined,
    onFocus: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => e.currentTarget.select(),
  };
  return multiline ? <Textarea {...common} autosize minRows={2} maxRows={12} /> : <TextInput {...common} />;
});
