import { Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { type JourneyDetail, resolveLaneLayout } from "@motmap/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { MapCommand, PendingConflict } from "./editor.ts";
import { formatScore } from "./palette.ts";

interface Row {
  label: string;
  value: string | null;
}

function show(value: unknown, t: TFunction): string {
  if (Array.isArray(value)) return value.length ? value.map((l) => `• ${l}`).join("\n") : "";
  if (typeof value === "number") return `${formatScore(value)} · ${t(`emotion.${String(value) as "0"}`)}`;
  return value == null ? "" : String(value);
}

/** Field-by-field values of one side of a command, and of the same fields on the server now. */
function describe(cmd: MapCommand, side: "before" | "after", theirs: JourneyDetail | undefined, t: TFunction) {
  const mine: Row[] = [];
  const now: Row[] = [];
  switch (cmd.kind) {
    case "stage": {
      const s = theirs?.stages.find((x) => x.id === cmd.id);
      for (const [field, value] of Object.entries(cmd[side])) {
        const label = t(`map.fields.${field as "name"}`);
        mine.push({ label, value: show(value, t) });
        now.push({ label, value: s ? show((s as Record<string, unknown>)[field], t) : null });
      }
      break;
    }
    case "touchpoint": {
      const tp = theirs?.stages.flatMap((s) => s.touchpoints).find((x) => x.id === cmd.id);
      const label = t("map.fields.touchpointName");
      mine.push({ label, value: cmd[side].name });
      now.push({ label, value: tp ? tp.name : null });
      break;
    }
    case "lane": {
      const lane = theirs?.lanes.find((l) => l.id === cmd.id);
      const label = t("map.fields.laneName");
      mine.push({ label, value: cmd[side].name });
      now.push({ label, value: lane ? lane.name : null });
      break;
    }
    case "cell": {
      const cell = theirs?.cells.find((c) => c.laneId === cmd.laneId && c.stageId === cmd.stageId);
      const label = t("map.fields.cell");
      const v = cmd[side];
      mine.push({ label, value: v ? (v.score !== null ? formatScore(v.score) : v.text) : "" });
      now.push({ label, value: cell ? (cell.score !== null ? formatScore(cell.score) : cell.text) : "" });
      break;
    }
    case "layout": {
      const label = t("map.fields.layout");
      const names = (layout: JourneyDetail["laneLayout"]) =>
        resolveLaneLayout(layout, theirs?.lanes ?? [])
          .filter((l) => !l.hidden)
          .map((l) => l.label || t(`map.lanes.${l.kind as "actions"}`))
          .join(" → ");
      mine.push({ label, value: names(cmd[side]) });
      now.push({ label, value: theirs ? names(theirs.laneLayout) : null });
      break;
    }
    default:
      break;
  }
  return { mine, now };
}

function Values({ rows, title, tone, testId }: { rows: Row[]; title: string; tone: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="sm" radius="md" style={{ borderColor: tone }} data-testid={testId}>
      <Text size="xs" fw={700} mb={6} style={{ color: tone }}>
        {title}
      </Text>
      <Stack gap={8}>
        {rows.map((r) => (
          <Stack key={r.label} gap={2}>
            <Text size="xs" c="dimmed">
              {r.label}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }} c={r.value ? undefined : "dimmed"}>
              {r.value === null ? t("map.conflict.deleted") : r.value || t("map.conflict.empty")}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/** A 409 from the server: their value and mine side by side; the user decides. */
export function ConflictModal({
  conflict,
  onApplyMine,
  onKeepTheirs,
}: {
  conflict: PendingConflict | null;
  onApplyMine: () => void;
  onKeepTheirs: () => void;
}) {
  const { t } = useTranslation();
  const d = conflict ? describe(conflict.command, conflict.side, conflict.theirs, t) : null;
  const gone = d?.now.some((r) => r.value === null) ?? false;
  return (
    <Modal
      opened={conflict !== null}
      onClose={onKeepTheirs}
      closeOnClickOutside={false}
      title={t("map.conflict.title")}
      size="lg"
      data-testid="conflict-modal"
    >
      {d && (
        <Stack>
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />}>
            {t("map.conflict.body")}
          </Alert>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Values rows={d.now} title={t("map.conflict.theirs")} tone="#616E7C" testId="conflict-theirs" />
            <Values rows={d.mine} title={t("map.conflict.yours")} tone="#087484" testId="conflict-yours" />
          </SimpleGrid>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onKeepTheirs} data-testid="conflict-keep-theirs">
              {t("map.conflict.keepTheirs")}
            </Button>
            <Button onClick={onApplyMine} disabled={gone} data-testid="conflict-apply-mine">
              {t("map.conflict.applyMine")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
