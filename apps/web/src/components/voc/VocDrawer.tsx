import {
  Alert,
  Button,
  Divider,
  Drawer,
  Group,
  Loader,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { availableVocActions, type VocAction, type VocDetail } from "@motmap/core";
import { IconEye, IconLock } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { useDepartments, useMembers } from "../../api/queries.ts";
import { formatDate, formatDateTime } from "../../lib/format.ts";
import { useHospitalContext } from "../../lib/hospital.ts";
import { VocSeverityBadge, VocStatusBadge, VocTypeBadge } from "./badges.tsx";
import { revealContact, transitionVoc, updateVoc, useVocItem, vocKeys } from "./queries.ts";
import type { TouchpointOption } from "./touchpoints.ts";
import { touchpointData } from "./VocRegisterModal.tsx";

const plusDays = (day: string, n: number) => new Date(Date.parse(day) + n * 86_400_000).toISOString().slice(0, 10);

export function VocDrawer({
  id,
  onClose,
  touchpoints,
}: {
  id: string | null;
  onClose: () => void;
  touchpoints: Map<string, TouchpointOption>;
}) {
  const { t } = useTranslation();
  const { hid, session, role, canEdit } = useHospitalContext();
  const qc = useQueryClient();
  const item = useVocItem(hid, id);
  const departments = useDepartments(hid).data ?? [];
  const members = useMembers(hid, canEdit).data ?? [];
  const [contact, setContact] = useState<string | null>(null);
  const [action, setAction] = useState<VocAction | null>(null);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [assignee, setAssignee] = useState<string | null>(null);
  const [dueOn, setDueOn] = useState("");
  const [reply, setReply] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const d: VocDetail | undefined = item.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when another item opens
  useEffect(() => {
    setContact(null);
    setAction(null);
    setError(null);
  }, [id]);

  const refresh = () => qc.invalidateQueries({ queryKey: vocKeys.all(hid) });
  const deptName = (did: string | undefined | null) => departments.find((x) => x.id === did)?.name ?? "—";

  const open = (a: VocAction) => {
    if (!d) return;
    setAction(a);
    setError(null);
    setDepartmentId(d.assignment?.departmentId ?? d.departmentIds[0] ?? departments[0]?.id ?? null);
    setAssignee(d.assignment?.assigneeUserId ?? null);
    setDueOn(d.assignment?.dueOn ?? plusDays(d.receivedOn > today() ? d.receivedOn : today(), 7));
    setReply(d.reply ?? "");
    setNote("");
  };

  const submit = async () => {
    if (!d || !action) return;
    const body =
      action === "assign"
        ? { action, departmentId, assigneeUserId: assignee, dueOn, note }
        : action === "answer"
          ? { action, reply, note }
          : action === "reopen"
            ? { action, note, ...(departmentId ? { departmentId } : {}), dueOn, assigneeUserId: assignee }
            : { action, note };
    setBusy(true);
    setError(null);
    try {
      await transitionVoc(hid, d.id, { ...body, version: d.version });
      await refresh();
      notifications.show({
        autoClose: 2500,
        color: "teal",
        message: t("voc.detail.done", { action: t(`voc.action.${action}`) }),
      });
      setAction(null);
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const reveal = async () => {
    if (!d) return;
    try {
      setContact((await revealContact(hid, d.id, t("voc.detail.revealPurpose"))).contact);
      await qc.invalidateQueries({ queryKey: vocKeys.accessLog(hid) });
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    }
  };

  const setTouchpoint = async (touchpointId: string | null) => {
    if (!d) return;
    try {
      await updateVoc(hid, d.id, { version: d.version, touchpointId });
      await refresh();
    } catch (e) {
      setError(isApiError(e) ? e.message : String(e));
    }
  };

  const actions = d && session ? availableVocActions(d, { userId: session.user.id, role }) : [];
  const tp = d?.touchpointId ? touchpoints.get(d.touchpointId) : undefined;

  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="lg" title={t("voc.detail.title")}>
      {!d ? (
        <Loader />
      ) : (
        <Stack gap="md" data-testid="voc-drawer">
          <Group gap="xs">
            <VocStatusBadge status={d.status} />
            <VocTypeBadge type={d.type} />
            <VocSeverityBadge severity={d.severity} />
            <Text size="sm" c="dimmed">
              {formatDate(d.receivedOn)} · {t(`voc.channel.${d.channel}`)}
            </Text>
          </Group>
          <Text style={{ whiteSpace: "pre-wrap" }}>{d.text}</Text>

          <Stack gap={4}>
            <Text size="xs" fw={700} c="dimmed">
              {t("voc.detail.touchpoint")}
            </Text>
            {canEdit ? (
              <Select
                data={touchpointData([...touchpoints.values()])}
                value={d.touchpointId}
                onChange={(v) => void setTouchpoint(v)}
                searchable
                clearable
                placeholder={t("voc.noTouchpoint")}
                aria-label={t("voc.detail.setTouchpoint")}
              />
            ) : (
              <Text size="sm">{tp ? `${tp.stageName} › ${tp.name}` : t("voc.noTouchpoint")}</Text>
            )}
            {d.departmentIds.length > 0 && (
              <Text size="sm" c="dimmed">
                {t("voc.detail.departments")}: {d.departmentIds.map(deptName).join(", ")}
              </Text>
            )}
          </Stack>

          <Group justify="space-between" align="center">
            <Stack gap={2}>
              <Text size="xs" fw={700} c="dimmed">
                {t("voc.detail.contact")}
              </Text>
              <Text data-testid="voc-contact-value" ff="monospace">
                {contact ?? d.contactMasked ?? t("voc.detail.noContact")}
              </Text>
            </Stack>
            {d.contactMasked && contact === null && canEdit && (
              <Button
                size="xs"
                variant="light"
                leftSection={<IconEye size={14} />}
                onClick={reveal}
                title={t("voc.detail.revealHint")}
              >
                {t("voc.detail.reveal")}
              </Button>
            )}
            {contact !== null && <IconLock size={16} color="var(--mantine-color-orange-6)" />}
          </Group>
          {d.contactMasked && canEdit && (
            <Text size="xs" c="dimmed">
              {t("voc.detail.revealHint")}
            </Text>
          )}

          {d.assignment && (
            <Text size="sm">
              {t("voc.detail.assignment")}: {deptName(d.assignment.departmentId)}
              {d.assigneeName ? ` · ${d.assigneeName}` : ""} · {t("voc.detail.dueOn")} {formatDate(d.assignment.dueOn)}
            </Text>
          )}
          {d.reply && (
            <Alert color="teal" title={t("voc.detail.reply")}>
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {d.reply}
              </Text>
            </Alert>
          )}

          <Divider />
          <Group gap="xs">
            {actions.length === 0 && (
              <Text size="sm" c="dimmed">
                {t("voc.detail.noActions")}
              </Text>
            )}
            {actions.map((a) => (
              <Button key={a} size="sm" variant={action === a ? "filled" : "light"} onClick={() => open(a)}>
                {t(`voc.action.${a}`)}
              </Button>
            ))}
          </Group>
          {action && (
            <Stack gap="xs" p="sm" style={{ border: "1px solid var(--mantine-color-gray-3)", borderRadius: 8 }}>
              {(action === "assign" || action === "reopen") && (
                <>
                  <Select
                    label={t("voc.detail.department")}
                    data={departments.map((x) => ({ value: x.id, label: x.name }))}
                    value={departmentId}
                    onChange={setDepartmentId}
                    searchable
                  />
                  <Select
                    label={t("voc.detail.assignee")}
                    data={members.map((m) => ({ value: m.userId, label: m.name }))}
                    value={assignee}
                    onChange={setAssignee}
                    clearable
                    searchable
                  />
                  <TextInput
                    type="date"
                    label={t("voc.detail.dueOn")}
                    value={dueOn}
                    onChange={(e) => setDueOn(e.currentTarget.value)}
                  />
                </>
              )}
              {action === "answer" && (
                <Textarea
                  label={t("voc.detail.reply")}
                  autosize
                  minRows={3}
                  value={reply}
                  onChange={(e) => setReply(e.currentTarget.value)}
                  data-testid="voc-reply"
                />
              )}
              <TextInput
                label={action === "reopen" ? t("voc.detail.reason") : t("voc.detail.note")}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
              />
              <Group justify="flex-end">
                <Button onClick={submit} loading={busy} data-testid="voc-confirm">
                  {t(`voc.action.${action}`)} {t("voc.detail.confirm")}
                </Button>
              </Group>
            </Stack>
          )}
          {error && <Alert color="red">{error}</Alert>}

          <Divider label={t("voc.detail.history")} labelPosition="left" />
          <Timeline bulletSize={18} lineWidth={2} active={d.history.length - 1}>
            {d.history.map((h) => (
              <Timeline.Item key={`${h.at}-${h.action}`} title={t(`voc.action.${h.action}`)}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(h.at)} · {h.actorName ?? "—"}
                </Text>
                {h.note && <Text size="sm">{h.note}</Text>}
                {typeof h.changes.reply === "string" && (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {h.changes.reply}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Drawer>
  );
}

function today() {
  return new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
}
