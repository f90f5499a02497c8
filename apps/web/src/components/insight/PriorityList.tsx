import {
  ActionIcon,
  Badge,
  Box,
  Button,
  Card,
  Collapse,
  Group,
  NumberInput,
  Popover,
  Progress,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  UnstyledButton,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { PRIORITY_FACTORS, type PriorityFactorName, type PriorityWeights } from "@motmap/core";
import {
  IconAdjustments,
  IconChartLine,
  IconChevronDown,
  IconChevronRight,
  IconFileSpreadsheet,
} from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { downloadCsv, toCsv } from "./csv.ts";
import { fmt1 } from "./format.ts";
import { type PriorityList as PriorityListData, usePriorityWeights, useSavePriorityWeights } from "./queries.ts";

function WeightsEditor({ hid }: { hid: string }) {
  const { t } = useTranslation();
  const stored = usePriorityWeights(hid);
  const save = useSavePriorityWeights(hid);
  const [draft, setDraft] = useState<PriorityWeights | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (stored.data && open) setDraft(stored.data.weights);
  }, [stored.data, open]);
  return (
    <Popover opened={open} onChange={setOpen} width={300} position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button
          size="compact-xs"
          variant="light"
          leftSection={<IconAdjustments size={14} />}
          onClick={() => setOpen((o) => !o)}
          data-testid="priority-weights"
        >
          {t("insight.priority.editWeights")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="xs" c="dimmed">
            {t("insight.priority.weightsHelp")}
          </Text>
          {draft &&
            PRIORITY_FACTORS.map((f) => (
              <NumberInput
                key={f}
                size="xs"
                label={t(`insight.factor.${f}`)}
                min={0}
                max={100}
                step={0.05}
                decimalScale={2}
                value={draft[f]}
                onChange={(v) => setDraft({ ...draft, [f]: typeof v === "number" ? v : 0 })}
              />
            ))}
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button
              size="xs"
              loading={save.isPending}
              disabled={!draft || !stored.data}
              onClick={() =>
                draft &&
                stored.data &&
                save.mutate(
                  { weights: draft, version: stored.data.version },
                  {
                    onSuccess: () => {
                      setOpen(false);
                      notifications.show({ color: "teal", message: t("insight.priority.weightsSaved") });
                    },
                    onError: (e) => notifications.show({ color: "red", message: e.message }),
                  },
                )
              }
            >
              {t("common.save")}
            </Button>
          </Group>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

function factorRaw(t: Translate, f: PriorityFactorName, raw: string | number | null) {
  if (raw === null) return t("insight.priority.unknown");
  if (f === "quadrant") return t(`insight.quadrant.${raw as "keep_up"}`);
  if (f === "severity") return t(`insight.severity.${raw as "low"}`, { defaultValue: String(raw) });
  if (f === "trend" && typeof raw === "number") return `${raw >= 0 ? "+" : ""}${fmt1(raw)}`;
  if (f === "complaints" && typeof raw === "string")
    return t(`insight.frequency.${raw as "rare"}`, { defaultValue: raw });
  return String(raw);
}

/** What to fix first, each rank with the factors and weights that put it there. */
export function PriorityList({
  hid,
  data,
  canEdit,
  filename,
  limit = 10,
  wall,
  touchpointHref,
}: {
  hid: string;
  data: PriorityListData;
  canEdit: boolean;
  filename: string;
  limit?: number;
  wall?: boolean;
  /** The touchpoint dashboard of an item's touchpoint. */
  touchpointHref?: (touchpointId: string) => string;
}) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const items = data.items.slice(0, limit);
  const exportCsv = () =>
    downloadCsv(
      `${filename}.csv`,
      toCsv(
        [
          t("insight.priority.rank"),
          t("insight.priority.item"),
          t("insight.priority.kind"),
          t("insight.table.touchpoint"),
          t("insight.priority.score"),
          ...PRIORITY_FACTORS.map((f) => t(`insight.factor.${f}`)),
        ],
        data.items.map((i) => [
          i.rank,
          i.label,
          t(`insight.priority.kinds.${i.kind}`),
          i.touchpointName,
          i.score,
          ...PRIORITY_FACTORS.map((f) => i.factors.find((x) => x.factor === f)?.contribution ?? null),
        ]),
      ),
    );
  return (
    <Card withBorder radius="md" padding="md" data-testid="priority-list">
      <Group justify="space-between" mb="xs" align="flex-start">
        <Stack gap={2}>
          <Title order={wall ? 3 : 4}>{t("insight.priority.title", { period: data.period })}</Title>
          <Text size="xs" c="dimmed">
            {t("insight.priority.weightsLine", {
              weights: PRIORITY_FACTORS.map((f) => `${t(`insight.factor.${f}`)} ${data.weights[f]}`).join(" · "),
            })}
          </Text>
        </Stack>
        {!wall && (
          <Group gap={4}>
            {canEdit && <WeightsEditor hid={hid} />}
            <Button
              size="compact-xs"
              variant="subtle"
              leftSection={<IconFileSpreadsheet size={14} />}
              onClick={exportCsv}
              data-testid="priority-csv"
            >
              CSV
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap={4}>
        {items.map((i) => {
          const open = openId === i.id;
          return (
            <div key={i.id} data-testid="priority-item">
              <Group gap={4} wrap="nowrap">
                <UnstyledButton
                  style={{ flex: 1, minWidth: 0, borderRadius: 6, padding: "6px 8px" }}
                  onClick={() => setOpenId(open ? null : i.id)}
                  aria-expanded={open}
                  className="mm-insight-priority-row"
                >
                  <Group wrap="nowrap" gap="sm">
                    <Text fw={800} w={28} ta="right" size={wall ? "xl" : "md"} c={i.rank <= 3 ? "red.8" : undefined}>
                      {i.rank}
                    </Text>
                    <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                      <Text fw={600} size={wall ? "lg" : "sm"} truncate>
                        {i.label}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {[i.stageName, i.kind === "pain_point" ? i.touchpointName : null].filter(Boolean).join(" · ")}
                      </Text>
                    </Stack>
                    <Badge variant="light" color={i.kind === "pain_point" ? "orange" : "blue"} size="sm">
                      {t(`insight.priority.kinds.${i.kind}`)}
                    </Badge>
                    <Progress value={i.score} w={90} color={i.score >= 70 ? "red" : "orange"} />
                    <Text fw={700} w={40} ta="right" size="sm">
                      {i.score.toFixed(0)}
                    </Text>
                    {!wall && (
                      <Group gap={2} wrap="nowrap" c="blue.7">
                        {open ? <IconChevronDown size={14} /> : <IconChevronRight size={14} />}
                        <Text size="xs">{t("insight.priority.why")}</Text>
                      </Group>
                    )}
                  </Group>
                </UnstyledButton>
                {!wall &&
                  touchpointHref &&
                  (i.touchpointId ? (
                    <Tooltip label={t("insight.touchpoint.open")} withArrow>
                      <ActionIcon
                        variant="subtle"
                        component={Link}
                        to={touchpointHref(i.touchpointId)}
                        aria-label={`${t("insight.touchpoint.open")}: ${i.touchpointName ?? i.label}`}
                        data-testid="priority-touchpoint-link"
                      >
                        <IconChartLine size={16} />
                      </ActionIcon>
                    </Tooltip>
                  ) : (
                    // A pain point on no touchpoint has no dashboard: keep its row's columns in line with the rest.
                    <Box w={28} style={{ flexShrink: 0 }} />
                  ))}
              </Group>
              <Collapse expanded={open}>
                <Stack gap={4} pl={44} pr="sm" pb="sm" data-testid="priority-why">
                  <Table fz="xs" verticalSpacing={2} withRowBorders={false}>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t("insight.priority.factor")}</Table.Th>
                        <Table.Th>{t("insight.priority.raw")}</Table.Th>
                        <Table.Th ta="right">{t("insight.priority.value")}</Table.Th>
                        <Table.Th ta="right">{t("insight.priority.weight")}</Table.Th>
                        <Table.Th ta="right">{t("insight.priority.contribution")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {i.factors.map((f) => (
                        <Table.Tr key={f.factor} c={f.value === null ? "dimmed" : undefined}>
                          <Table.Td>{t(`insight.factor.${f.factor}`)}</Table.Td>
                          <Table.Td>
                            {factorRaw(t as unknown as Translate, f.factor, f.raw)}
                            {f.source === "rated_frequency" ? ` (${t("insight.priority.rated")})` : ""}
                          </Table.Td>
                          <Table.Td ta="right">{f.value === null ? "—" : f.value.toFixed(2)}</Table.Td>
                          <Table.Td ta="right">
                            {f.weight} → {Math.round(f.effectiveWeight * 100)}%
                          </Table.Td>
                          <Table.Td ta="right" fw={600}>
                            {f.value === null ? "—" : `+${fmt1(f.contribution)}`}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                  {i.coverage < 1 && (
                    <Text size="xs" c="dimmed">
                      {t("insight.priority.coverage", { percent: Math.round(i.coverage * 100) })}
                    </Text>
                  )}
                </Stack>
              </Collapse>
            </div>
          );
        })}
      </Stack>
      {data.items.length > limit && (
        <Text size="xs" c="dimmed" mt="xs">
          {t("insight.priority.more", { count: data.items.length - limit })}
        </Text>
      )}
    </Card>
  );
}
