import {
  ActionIcon,
  Badge,
  Button,
  Chip,
  CloseButton,
  Group,
  Loader,
  Menu,
  Paper,
  Select,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { CHANNELS, type Channel, ELEMENTS, type Element, type ResolvedLane, SEVERITIES } from "@motmap/core";
import {
  IconAlertTriangle,
  IconArrowBackUp,
  IconArrowForwardUp,
  IconCheck,
  IconEye,
  IconFilterOff,
  IconLayoutRows,
  IconPrinter,
  IconSearch,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { channelIcon } from "../components/badges.tsx";
import type { SaveStatus } from "./editor.ts";
import { type MapHighlight, NO_HIGHLIGHT } from "./model.ts";
import { MAP_PALETTE } from "./palette.ts";

/** Dropdowns mount when opened: a kept-mounted one measures itself while the big map mounts. */
const LAZY_DROPDOWN = { keepMounted: false } as const;

export function SaveStatusBadge({ status }: { status: SaveStatus }) {
  const { t } = useTranslation();
  const look = {
    saved: { color: "teal", icon: <IconCheck size={12} /> },
    saving: { color: "gray", icon: <Loader size={10} color="gray" /> },
    conflict: { color: "red", icon: <IconAlertTriangle size={12} /> },
    error: { color: "orange", icon: <IconAlertTriangle size={12} /> },
  }[status];
  return (
    <Badge
      color={look.color}
      variant="light"
      leftSection={look.icon}
      data-testid="save-status"
      data-status={status}
      aria-live="polite"
    >
      {t(`map.status.${status}`)}
    </Badge>
  );
}

/** Undo/redo, filters and highlights, hidden lanes, print and the slots for export and share. */
export function MapToolbar({
  highlight,
  onHighlight,
  departments,
  editable,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
  hiddenLanes,
  onShowLane,
  extra,
}: {
  highlight: MapHighlight;
  onHighlight: (h: MapHighlight) => void;
  departments: readonly { id: string; name: string }[];
  editable: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  hiddenLanes: { lane: ResolvedLane; label: string }[];
  onShowLane: (lane: ResolvedLane) => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<MapHighlight>) => onHighlight({ ...highlight, ...patch });
  const active =
    highlight.channel || highlight.element || highlight.departmentId || highlight.query || highlight.weakest;
  return (
    <Paper withBorder radius="md" p="xs" className="mm-toolbar mm-no-print" data-testid="map-toolbar">
      <Group gap="xs" wrap="wrap" justify="space-between">
        <Group gap={6} wrap="wrap">
          {editable && (
            <Group gap={2}>
              <Tooltip label={`${t("map.toolbar.undo")} (${t("map.toolbar.undoShortcut")})`}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  disabled={!canUndo}
                  onClick={onUndo}
                  aria-label={t("map.toolbar.undo")}
                  data-testid="undo"
                >
                  <IconArrowBackUp size={19} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={`${t("map.toolbar.redo")} (${t("map.toolbar.redoShortcut")})`}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  disabled={!canRedo}
                  onClick={onRedo}
                  aria-label={t("map.toolbar.redo")}
                  data-testid="redo"
                >
                  <IconArrowForwardUp size={19} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
          <Select
            size="xs"
            w={150}
            aria-label={t("map.toolbar.channel")}
            placeholder={t("map.toolbar.allChannels")}
            value={highlight.channel}
            onChange={(v) => set({ channel: (v as Channel | null) ?? null })}
            clearable
            data={CHANNELS.map((c) => ({ value: c, label: t(`enums.channel.${c}`) }))}
            leftSection={highlight.channel ? channelIcon(highlight.channel, 14) : null}
            data-testid="filter-channel"
            comboboxProps={LAZY_DROPDOWN}
          />
          <Select
            size="xs"
            w={140}
            aria-label={t("map.toolbar.element")}
            placeholder={t("map.toolbar.allElements")}
            value={highlight.element}
            onChange={(v) => set({ element: (v as Element | null) ?? null })}
            clearable
            data={ELEMENTS.map((e) => ({ value: e, label: t(`enums.element.${e}`) }))}
            leftSection={
              highlight.element ? (
                <span className="mm-swatch" style={{ background: MAP_PALETTE.element[highlight.element].main }} />
              ) : null
            }
            data-testid="filter-element"
            comboboxProps={LAZY_DROPDOWN}
          />
          <Select
            size="xs"
            w={170}
            aria-label={t("map.toolbar.department")}
            placeholder={t("map.toolbar.department")}
            value={highlight.departmentId}
            onChange={(v) => set({ departmentId: v })}
            clearable
            searchable
            data={departments.map((d) => ({ value: d.id, label: d.name }))}
            data-testid="filter-department"
            comboboxProps={LAZY_DROPDOWN}
          />
          <Chip
            size="xs"
            color="red"
            variant="light"
            checked={highlight.weakest}
            onChange={(v) => set({ weakest: v })}
            data-testid="filter-weakest"
          >
            {t("map.toolbar.weakest")}
          </Chip>
          <TextInput
            size="xs"
            w={200}
            aria-label={t("map.toolbar.search")}
            placeholder={t("map.toolbar.searchPlaceholder")}
            leftSection={<IconSearch size={14} />}
            value={highlight.query}
            onChange={(e) => set({ query: e.currentTarget.value })}
            rightSection={
              highlight.query ? (
                <CloseButton size="xs" aria-label={t("map.toolbar.clear")} onClick={() => set({ query: "" })} />
              ) : null
            }
            data-testid="filter-search"
          />
          {active && (
            <Tooltip label={t("map.toolbar.clear")}>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => onHighlight(NO_HIGHLIGHT)}
                aria-label={t("map.toolbar.clear")}
              >
                <IconFilterOff size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
        <Group gap={6} wrap="wrap">
          {editable && (
            <Menu position="bottom-end" shadow="md" width={220}>
              <Menu.Target>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconLayoutRows size={15} />}
                  rightSection={
                    hiddenLanes.length ? (
                      <Badge size="xs" circle color="gray">
                        {hiddenLanes.length}
                      </Badge>
                    ) : null
                  }
                  data-testid="lanes-menu"
                >
                  {t("map.toolbar.lanes")}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t("map.toolbar.hiddenLanes")}</Menu.Label>
                {hiddenLanes.length === 0 && <Menu.Item disabled>{t("map.toolbar.noHiddenLanes")}</Menu.Item>}
                {hiddenLanes.map(({ lane, label }) => (
                  <Menu.Item key={lane.key} leftSection={<IconEye size={15} />} onClick={() => onShowLane(lane)}>
                    {label} — {t("map.lane.show")}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
          {extra}
          <Tooltip label={t("map.print")}>
            <ActionIcon variant="default" size="md" onClick={() => window.print()} aria-label={t("map.print")}>
              <IconPrinter size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
    </Paper>
  );
}

/** What the colours mean: element, emotion, severity. */
export function MapLegend() {
  const { t } = useTranslation();
  return (
    <div className="mm-legend" data-testid="map-legend">
      <span className="mm-legend-item" style={{ fontWeight: 700 }}>
        {t("map.legend.element")}
      </span>
      {ELEMENTS.map((e) => (
        <span key={e} className="mm-legend-item">
          <span className="mm-swatch" style={{ background: MAP_PALETTE.element[e].main }} />
          {t(`enums.element.${e}`)}
        </span>
      ))}
      <span className="mm-legend-item" style={{ fontWeight: 700, marginLeft: 8 }}>
        {t("map.legend.emotion")}
      </span>
      <span className="mm-legend-item">
        −3 <span className="mm-emotion-scale" /> +3
      </span>
      <span className="mm-legend-item" style={{ fontWeight: 700, marginLeft: 8 }}>
        {t("map.legend.severity")}
      </span>
      {SEVERITIES.map((s) => (
        <span key={s} className="mm-legend-item">
          <span className="mm-swatch" style={{ background: MAP_PALETTE.severity[s].main }} />
          {t(`enums.severity.${s}`)}
        </span>
      ))}
    </div>
  );
}
