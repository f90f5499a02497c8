import {
  Badge,
  Blockquote,
  Button,
  Divider,
  Drawer,
  Group,
  List,
  Paper,
  Rating,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { type Department, formatTarget, type PainPoint, SEVERITIES, type Touchpoint } from "@motmap/core";
import { IconCheck, IconExternalLink, IconTarget, IconX } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { channelIcon } from "../components/badges.tsx";
import { MAP_PALETTE } from "./palette.ts";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ letterSpacing: "0.03em" }}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function Prose({ text }: { text: string }) {
  const { t } = useTranslation();
  return text.trim() ? (
    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
      {text}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {t("map.drawer.empty")}
    </Text>
  );
}

/** Everything about one touchpoint, beside the map (Mantine Drawer). */
export function TouchpointDrawer({
  touchpoint,
  stageName,
  departments,
  painPoints,
  onClose,
  editHref,
  extra,
}: {
  touchpoint: Touchpoint | undefined;
  stageName: string;
  departments: readonly Pick<Department, "id" | "name">[];
  painPoints: readonly PainPoint[];
  onClose: () => void;
  /** The touchpoint's edit page; no link when absent (read-only pages). */
  editHref?: string;
  /** Below the fields: the comment thread. */
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const tp = touchpoint;
  const el = tp ? MAP_PALETTE.element[tp.element] : null;
  const own = tp
    ? painPoints
        .filter((p) => p.touchpointId === tp.id)
        .sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity))
    : [];
  const depts = tp ? tp.departmentIds.map((id) => departments.find((d) => d.id === id)?.name).filter(Boolean) : [];

  return (
    <Drawer
      opened={tp !== undefined}
      onClose={onClose}
      position="right"
      size={460}
      title={
        <Text size="sm" c="dimmed" fw={600}>
          {t("map.drawer.title")}
        </Text>
      }
      data-testid="touchpoint-drawer"
    >
      {tp && el && (
        <Stack gap="lg" data-testid="touchpoint-drawer-body">
          <Stack gap={8}>
            <Title order={3} style={{ lineHeight: 1.3 }} data-testid="drawer-title">
              {tp.name}
            </Title>
            <Group gap={6}>
              <Badge variant="light" color="gray" leftSection={channelIcon(tp.channel, 13)}>
                {t(`enums.channel.${tp.channel}`)}
              </Badge>
              <Badge variant="filled" style={{ background: el.main }}>
                {t(`enums.element.${tp.element}`)}
              </Badge>
              <Badge variant="outline" color="gray">
                {t("map.drawer.stage")}: {stageName}
              </Badge>
            </Group>
          </Stack>

          <Field label={t("map.drawer.moment")}>
            <Prose text={tp.moment} />
          </Field>
          <Field label={t("map.drawer.standard")}>
            <Prose text={tp.serviceStandard} />
          </Field>
          <Field label={t("map.drawer.script")}>
            {tp.script.trim() ? (
              <Blockquote color="motmap" p="sm" radius="md" style={{ whiteSpace: "pre-wrap", fontSize: 14 }}>
                {tp.script}
              </Blockquote>
            ) : (
              <Prose text="" />
            )}
          </Field>
          <Group grow align="flex-start">
            <Field label={t("map.drawer.dos")}>
              {tp.dos.length ? (
                <List
                  size="sm"
                  spacing={4}
                  icon={
                    <ThemeIcon size={18} radius="xl" color="teal" variant="light">
                      <IconCheck size={12} />
                    </ThemeIcon>
                  }
                >
                  {tp.dos.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
              ) : (
                <Prose text="" />
              )}
            </Field>
            <Field label={t("map.drawer.donts")}>
              {tp.donts.length ? (
                <List
                  size="sm"
                  spacing={4}
                  icon={
                    <ThemeIcon size={18} radius="xl" color="red" variant="light">
                      <IconX size={12} />
                    </ThemeIcon>
                  }
                >
                  {tp.donts.map((d) => (
                    <List.Item key={d}>{d}</List.Item>
                  ))}
                </List>
              ) : (
                <Prose text="" />
              )}
            </Field>
          </Group>
          <Field label={t("map.drawer.targets")}>
            {tp.targets.length ? (
              <Stack gap={4}>
                {tp.targets.map((target) => (
                  <Group key={formatTarget(target)} gap={6} wrap="nowrap">
                    <IconTarget size={15} color="var(--mantine-color-motmap-7)" />
                    <Text size="sm" fw={500}>
                      {formatTarget(target)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            ) : (
              <Prose text="" />
            )}
          </Field>
          <Group grow align="flex-start">
            <Field label={t("map.drawer.departments")}>
              {depts.length ? (
                <Group gap={4}>
                  {depts.map((d) => (
                    <Badge key={d} variant="light" color="gray">
                      {d}
                    </Badge>
                  ))}
                </Group>
              ) : (
                <Prose text="" />
              )}
            </Field>
            <Field label={t("map.drawer.importance")}>
              {tp.importance === null ? (
                <Text size="sm" c="dimmed">
                  {t("map.drawer.importanceNone")}
                </Text>
              ) : (
                <Group gap={6}>
                  <Rating value={tp.importance} readOnly count={5} size="sm" />
                  <Text size="sm" fw={600}>
                    {tp.importance}/5
                  </Text>
                </Group>
              )}
            </Field>
          </Group>
          <Field label={t("map.drawer.painPoints")}>
            {own.length ? (
              <Stack gap={6}>
                {own.map((p) => {
                  const sev = MAP_PALETTE.severity[p.severity];
                  return (
                    <Paper
                      key={p.id}
                      p="xs"
                      radius="sm"
                      style={{ background: sev.tint, borderLeft: `3px solid ${sev.main}` }}
                    >
                      <Text size="xs" fw={700} style={{ color: sev.main }}>
                        {t(`enums.severity.${p.severity}`)} · {t(`enums.frequency.${p.frequency}`)}
                      </Text>
                      <Text size="sm">{p.description}</Text>
                    </Paper>
                  );
                })}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t("map.drawer.noPainPoints")}
              </Text>
            )}
          </Field>
          {editHref && (
            <Group>
              <Button
                component={Link}
                to={editHref}
                variant="light"
                leftSection={<IconExternalLink size={16} />}
                data-testid="drawer-edit-link"
              >
                {t("map.drawer.edit")}
              </Button>
            </Group>
          )}
          {extra && (
            <>
              <Divider />
              {extra}
            </>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
