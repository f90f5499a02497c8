import {
  Badge,
  Button,
  Card,
  Group,
  type MantineColor,
  SegmentedControl,
  Select,
  Stack,
  Text,
  ThemeIcon,
} from "@mantine/core";
import { ALERT_RULE_KINDS, type Alert, type AlertRuleKind } from "@motmap/core";
import {
  IconBellCheck,
  IconBellOff,
  IconChecks,
  IconExternalLink,
  IconMessageReport,
  IconMoodSad,
  IconPhoneCall,
} from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useDepartments } from "../../api/queries.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { notifyError, notifySuccess } from "../../lib/errors.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { EmptyBlock, ErrorState, TableSkeleton } from "../states.tsx";
import {
  ALERT_LIST_LIMIT,
  type AlertFilter,
  alertKeys,
  alertSourcePath,
  markAlertRead,
  markAllAlertsRead,
  useAlerts,
} from "./queries.ts";

export const KIND_COLOR: Record<AlertRuleKind, MantineColor> = {
  low_satisfaction: "orange",
  voc_complaint: "red",
  follow_up_issue: "grape",
};
const KIND_ICON: Record<AlertRuleKind, typeof IconMoodSad> = {
  low_satisfaction: IconMoodSad,
  voc_complaint: IconMessageReport,
  follow_up_issue: IconPhoneCall,
};

/** The member's alerts, unread first; opening one marks it read and goes to its source. */
export function AlertInbox({ hid }: { hid: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<AlertFilter>({});
  const alerts = useAlerts(hid, filter);
  const departments = useDepartments(hid).data ?? [];
  const en = currentLanguage() === "en";
  const deptName = (id: string) => {
    const d = departments.find((x) => x.id === id);
    return d ? (en && d.nameEn ? d.nameEn : d.name) : null;
  };
  const refresh = () => qc.invalidateQueries({ queryKey: alertKeys.all(hid) });

  const markOne = async (alert: Alert) => {
    try {
      await markAlertRead(hid, alert.id);
      await refresh();
    } catch (e) {
      notifyError(e);
    }
  };

  const markAll = async () => {
    try {
      const r = await markAllAlertsRead(hid);
      notifySuccess(t("alerts.markedAll", { count: r.marked }));
      await refresh();
    } catch (e) {
      notifyError(e);
    }
  };

  const open = (alert: Alert) => {
    const to = alertSourcePath(hid, alert);
    if (!alert.read) void markOne(alert);
    if (to) navigate(to);
  };

  const unread = alerts.data?.unread ?? 0;
  const items = alerts.data?.items ?? [];
  const filtered = Object.keys(filter).length > 0;

  let body: React.ReactNode;
  if (alerts.isPending) body = <TableSkeleton rows={5} />;
  else if (alerts.isError) body = <ErrorState error={alerts.error} onRetry={() => void alerts.refetch()} />;
  else if (items.length === 0)
    body = (
      <EmptyBlock
        icon={<IconBellOff size={28} />}
        title={filtered ? t("alerts.emptyFiltered") : t("alerts.empty")}
        description={filtered ? undefined : t("alerts.emptyBody")}
      />
    );
  else
    body = (
      <Stack gap="xs" data-testid="alert-list">
        {items.map((a) => (
          <AlertCard
            key={a.id}
            alert={a}
            deptName={deptName}
            onOpen={() => open(a)}
            onMarkRead={() => void markOne(a)}
            canOpen={alertSourcePath(hid, a) !== null}
          />
        ))}
        {items.length >= ALERT_LIST_LIMIT && (
          <Text size="xs" c="dimmed" ta="center">
            {t("alerts.shownLatest", { count: ALERT_LIST_LIMIT })}
          </Text>
        )}
      </Stack>
    );

  return (
    <Stack gap="md">
      <Card withBorder padding="sm">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="wrap">
            <SegmentedControl
              value={filter.read ?? "all"}
              onChange={(v) => setFilter((f) => ({ ...f, read: v === "all" ? undefined : (v as AlertFilter["read"]) }))}
              data={[
                { value: "all", label: t("alerts.filter.all") },
                { value: "unread", label: t("alerts.filter.unread") },
                { value: "read", label: t("alerts.filter.read") },
              ]}
              data-testid="alert-read-filter"
            />
            <Select
              aria-label={t("alerts.filter.kind")}
              placeholder={t("alerts.filter.allKinds")}
              data={ALERT_RULE_KINDS.map((k) => ({ value: k, label: t(`alerts.kind.${k}`) }))}
              value={filter.kind ?? null}
              onChange={(v) => setFilter((f) => ({ ...f, kind: (v as AlertRuleKind | null) ?? undefined }))}
              clearable
              w={170}
            />
            <Select
              aria-label={t("alerts.filter.department")}
              placeholder={t("alerts.filter.allDepartments")}
              data={departments.map((d) => ({ value: d.id, label: en && d.nameEn ? d.nameEn : d.name }))}
              value={filter.departmentId ?? null}
              onChange={(v) => setFilter((f) => ({ ...f, departmentId: v ?? undefined }))}
              clearable
              searchable
              w={190}
              data-testid="alert-department-filter"
            />
          </Group>
          <Group gap="sm">
            <Text size="sm" c={unread > 0 ? "red.7" : "dimmed"} fw={unread > 0 ? 600 : 400} data-testid="alert-unread">
              {unread > 0 ? t("alerts.unreadCount", { count: unread }) : t("alerts.allRead")}
            </Text>
            <Button
              variant="light"
              leftSection={<IconChecks size={16} />}
              onClick={() => void markAll()}
              disabled={unread === 0}
              data-testid="alert-read-all"
            >
              {t("alerts.markAllRead")}
            </Button>
          </Group>
        </Group>
      </Card>
      {body}
    </Stack>
  );
}

function AlertCard({
  alert,
  deptName,
  onOpen,
  onMarkRead,
  canOpen,
}: {
  alert: Alert;
  deptName: (id: string) => string | null;
  onOpen: () => void;
  onMarkRead: () => void;
  canOpen: boolean;
}) {
  const { t } = useTranslation();
  const color = KIND_COLOR[alert.kind];
  const Icon = KIND_ICON[alert.kind];
  const d = alert.detail;
  const names = alert.departmentIds.map(deptName).filter((n): n is string => n !== null);
  const severity = d.severity && ["low", "medium", "high"].includes(d.severity) ? d.severity : null;

  return (
    <Card
      withBorder
      padding="md"
      data-testid="alert-item"
      data-unread={alert.read ? undefined : "true"}
      style={{
        borderLeft: `4px solid var(--mantine-color-${alert.read ? "gray-3" : `${color}-6`})`,
        background: alert.read ? undefined : "var(--mantine-color-motmap-0)",
      }}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Group align="flex-start" wrap="nowrap" gap="md" style={{ minWidth: 0 }}>
          <ThemeIcon color={color} variant={alert.read ? "light" : "filled"} size={40} radius="xl">
            <Icon size={22} stroke={1.7} />
          </ThemeIcon>
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Group gap="xs" wrap="wrap">
              {!alert.read && (
                <Badge color="red" size="sm" variant="filled">
                  {t("alerts.new")}
                </Badge>
              )}
              <Badge color={color} variant="light" size="sm">
                {t(`alerts.kind.${alert.kind}`)}
              </Badge>
              <Text fw={alert.read ? 500 : 700} size="md" data-testid="alert-touchpoint">
                {alert.touchpointName ?? t("alerts.noTouchpoint")}
              </Text>
            </Group>
            {alert.kind === "low_satisfaction" && d.score != null && (
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600} c="orange.8">
                  {t("alerts.score", { score: d.score, scale: d.scale ?? 5 })}
                </Text>
                {d.questionText && (
                  <Text size="sm" c="dimmed" lineClamp={1}>
                    {d.questionText}
                  </Text>
                )}
                {(d.otherLowAnswers ?? 0) > 0 && (
                  <Text size="xs" c="dimmed">
                    {t("alerts.otherLow", { count: d.otherLowAnswers ?? 0 })}
                  </Text>
                )}
              </Group>
            )}
            {(severity || d.excerpt) && (
              <Group gap="xs" wrap="nowrap" align="flex-start">
                {severity && (
                  <Badge
                    color={severity === "high" ? "red" : severity === "medium" ? "yellow" : "gray"}
                    variant={severity === "high" ? "filled" : "outline"}
                    size="sm"
                    style={{ flexShrink: 0 }}
                  >
                    {t(`voc.severity.${severity as "low" | "medium" | "high"}`)}
                  </Badge>
                )}
                {d.excerpt && (
                  <Text size="sm" lineClamp={2} data-testid="alert-excerpt">
                    {d.excerpt}
                  </Text>
                )}
              </Group>
            )}
            <Group gap={6} wrap="wrap">
              <Text size="xs" c="dimmed">
                {formatDateTime(alert.createdAt)}
              </Text>
              <Text size="xs" c="dimmed">
                ·
              </Text>
              {names.length > 0 ? (
                names.map((n) => (
                  <Badge key={n} color="gray" variant="outline" size="xs">
                    {n}
                  </Badge>
                ))
              ) : (
                <Text size="xs" c="dimmed">
                  {t("alerts.noDepartment")}
                </Text>
              )}
            </Group>
          </Stack>
        </Group>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {!alert.read && (
            <Button
              variant="subtle"
              color="gray"
              size="xs"
              leftSection={<IconBellCheck size={14} />}
              onClick={onMarkRead}
              data-testid="alert-mark-read"
            >
              {t("alerts.markRead")}
            </Button>
          )}
          <Button
            size="xs"
            variant={alert.read ? "default" : "filled"}
            color={alert.read ? undefined : color}
            rightSection={<IconExternalLink size={14} />}
            onClick={onOpen}
            disabled={!canOpen}
            title={canOpen ? undefined : t("alerts.sourceMissing")}
            data-testid="alert-open"
          >
            {t("alerts.openSource")}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
