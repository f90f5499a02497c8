import {
  Alert,
  Button,
  Card,
  Checkbox,
  Drawer,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from "@mantine/core";
import { FOLLOW_UP_STATUSES, type FollowUpEntry } from "@motmap/core";
import { IconChartBar, IconFileImport, IconPhoneCall, IconSettings, IconShieldLock } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api, hospitalPath } from "../api/client.ts";
import { useDepartments, useSession } from "../api/queries.ts";
import { CallPanel } from "../components/follow-up/CallPanel.tsx";
import { ImportWizard } from "../components/follow-up/ImportWizard.tsx";
import {
  type EntryFilter,
  followUpKeys,
  useFollowUpCallers,
  useFollowUpEntries,
} from "../components/follow-up/queries.ts";
import { SettingsView } from "../components/follow-up/SettingsView.tsx";
import { StatsView } from "../components/follow-up/StatsView.tsx";
import { StatusBadge } from "../components/follow-up/StatusBadge.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { notifyError, notifySuccess } from "../lib/errors.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import { useUrlParam } from "../lib/useUrlParam.ts";

const TABS = ["worklist", "import", "stats", "settings"] as const;
type Tab = (typeof TABS)[number];
/** Whose calls the worklist shows: a caller starts on their own. */
const VIEWS = ["mine", "unassigned", "all"] as const;
type View = (typeof VIEWS)[number];

function Worklist({ hid, canEdit }: { hid: string; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const me = useSession().data?.user.id ?? null;
  const departments = useDepartments(hid);
  const [filter, setFilter] = useState<EntryFilter>({});
  const [view, setView] = useState<View>("mine");
  const [selected, setSelected] = useState<string[]>([]);
  const [assignee, setAssignee] = useState<string | null>(null);
  // `?entry=<id>` (a link from an alert) opens that call in the drawer.
  const [openId, setOpenId] = useUrlParam("entry");
  const entries = useFollowUpEntries(
    hid,
    { ...filter, ...(view === "mine" ? { mine: true } : view === "unassigned" ? { unassigned: true } : {}) },
    canEdit,
  );
  const callers = useFollowUpCallers(hid, canEdit);
  const myOpen = callers.data?.items.find((c) => c.userId === me)?.open;
  const unassignedOpen = callers.data?.unassignedOpen;
  const withCount = (label: string, n: number | undefined) =>
    n === undefined ? label : t("followUp.viewOpen", { view: label, count: n });
  const changeView = (v: View) => {
    setView(v);
    setSelected([]);
  };

  const assign = async (userId: string | null) => {
    try {
      const r = await api.post<{ assigned: number }>(hospitalPath(hid, "/follow-up/entries/assign"), {
        entryIds: selected,
        assigneeUserId: userId,
      });
      const name = callers.data?.items.find((c) => c.userId === userId)?.name ?? "";
      notifySuccess(
        userId === null
          ? t("followUp.unassigned", { count: r.assigned })
          : t("followUp.assignedTo", { count: r.assigned, name }),
      );
      setSelected([]);
      setAssignee(null);
      await qc.invalidateQueries({ queryKey: followUpKeys.all(hid) });
    } catch (e) {
      notifyError(e);
    }
  };

  const set = (patch: Partial<EntryFilter>) => setFilter((f) => ({ ...f, ...patch }));
  const items: FollowUpEntry[] = entries.data?.items ?? [];
  let body: React.ReactNode;
  if (entries.isPending) body = <TableSkeleton rows={6} />;
  else if (entries.isError) body = <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />;
  else if (items.length === 0 && view === "mine")
    body = (
      <EmptyBlock
        icon={<IconPhoneCall size={28} />}
        title={t("followUp.emptyMine")}
        description={t("followUp.emptyMineHint")}
        action={
          <Button variant="light" onClick={() => changeView("unassigned")}>
            {withCount(t("followUp.view.unassigned"), unassignedOpen)}
          </Button>
        }
      />
    );
  else if (items.length === 0) body = <EmptyBlock icon={<IconPhoneCall size={28} />} title={t("followUp.empty")} />;
  else
    body = (
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={860}>
          <Table highlightOnHover verticalSpacing="sm" data-testid="call-worklist">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>
                  <Checkbox
                    aria-label="all"
                    checked={selected.length === items.length}
                    indeterminate={selected.length > 0 && selected.length < items.length}
                    onChange={(e) => setSelected(e.currentTarget.checked ? items.map((i) => i.id) : [])}
                  />
                </Table.Th>
                <Table.Th>{t("followUp.col.name")}</Table.Th>
                <Table.Th>{t("followUp.col.phone")}</Table.Th>
                <Table.Th>{t("followUp.col.visitDate")}</Table.Th>
                <Table.Th>{t("followUp.col.department")}</Table.Th>
                <Table.Th>{t("followUp.col.journey")}</Table.Th>
                <Table.Th>{t("followUp.col.status")}</Table.Th>
                <Table.Th ta="right">{t("followUp.col.attempts")}</Table.Th>
                <Table.Th>{t("followUp.col.assignee")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((e) => (
                <Table.Tr
                  key={e.id}
                  onClick={() => setOpenId(e.id)}
                  style={{ cursor: "pointer" }}
                  data-testid="call-row"
                >
                  <Table.Td onClick={(ev) => ev.stopPropagation()}>
                    <Checkbox
                      aria-label={e.nameMasked ?? e.id}
                      checked={selected.includes(e.id)}
                      onChange={(ev) =>
                        setSelected(ev.currentTarget.checked ? [...selected, e.id] : selected.filter((x) => x !== e.id))
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {e.nameMasked ?? t("followUp.purged")}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace">
                      {e.phoneMasked ?? "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>{e.visitDate}</Table.Td>
                  <Table.Td>{e.departmentName ?? "—"}</Table.Td>
                  <Table.Td>
                    <Text size="sm" truncate maw={200}>
                      {e.journeyTitle ?? "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={e.status} />
                  </Table.Td>
                  <Table.Td ta="right">{e.attempts}</Table.Td>
                  <Table.Td>{e.assigneeName ?? "—"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );

  return (
    <Stack gap="md">
      <SegmentedControl
        w="fit-content"
        value={view}
        onChange={(v) => changeView(v as View)}
        data={VIEWS.map((v) => ({
          value: v,
          label: withCount(
            t(`followUp.view.${v}`),
            v === "mine" ? myOpen : v === "unassigned" ? unassignedOpen : undefined,
          ),
        }))}
        data-testid="worklist-view"
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t("followUp.filter.status")}
          w={150}
          data={[
            { value: "", label: t("followUp.filter.all") },
            ...FOLLOW_UP_STATUSES.map((s) => ({
              value: s,
              label: `${t(`followUp.status.${s}`)} (${entries.data?.counts[s] ?? 0})`,
            })),
          ]}
          value={filter.status ?? ""}
          onChange={(v) => set({ status: v || undefined })}
          allowDeselect={false}
          data-testid="filter-status"
        />
        <Select
          label={t("followUp.filter.department")}
          w={180}
          data={[
            { value: "", label: t("followUp.filter.all") },
            ...(departments.data ?? []).map((d) => ({
              value: d.id,
              label: i18n.language === "en" && d.nameEn ? d.nameEn : d.name,
            })),
          ]}
          value={filter.departmentId ?? ""}
          onChange={(v) => set({ departmentId: v || undefined })}
          allowDeselect={false}
          searchable
        />
        <TextInput
          type="date"
          label={t("followUp.filter.from")}
          value={filter.from ?? ""}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label={t("followUp.filter.to")}
          value={filter.to ?? ""}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
        />
      </Group>
      <Group justify="space-between">
        <Group gap="xs">
          <IconShieldLock size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" c="dimmed">
            {t("followUp.loggedNotice")} · {t("followUp.counts", { total: entries.data?.total ?? 0 })}
          </Text>
        </Group>
        {selected.length > 0 && (
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t("followUp.selected", { count: selected.length })}
            </Text>
            <Select
              size="xs"
              w={230}
              placeholder={t("followUp.assignTo")}
              aria-label={t("followUp.assignTo")}
              data={(callers.data?.items ?? []).map((c) => ({
                value: c.userId,
                label: t("followUp.callerOption", { name: c.name, open: c.open }),
              }))}
              value={assignee}
              onChange={setAssignee}
              searchable
              data-testid="assign-caller"
            />
            <Button
              size="xs"
              disabled={assignee === null}
              onClick={() => void assign(assignee)}
              data-testid="assign-selected"
            >
              {t("followUp.assign")}
            </Button>
            <Button size="xs" variant="light" onClick={() => void assign(me)} data-testid="assign-to-me">
              {t("followUp.assignToMe")}
            </Button>
            {view !== "unassigned" && (
              <Button size="xs" variant="subtle" color="gray" onClick={() => void assign(null)}>
                {t("followUp.unassign")}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {body}
      <Drawer
        opened={openId !== null}
        onClose={() => setOpenId(null)}
        position="right"
        size="lg"
        title={t("followUp.call.title")}
      >
        {openId && <CallPanel hid={hid} id={openId} canEdit={canEdit} />}
      </Drawer>
    </Stack>
  );
}

/** 해피콜: the worklist with the call form, the call-list import, statistics, scripts and retention. */
export function FollowUpPage() {
  const { t } = useTranslation();
  const { hid, canEdit, canAdmin } = useHospitalContext();
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab") as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : canEdit ? "worklist" : "stats";
  return (
    <>
      <PageHeader title={t("followUp.title")} subtitle={t("followUp.subtitle")} readOnly={!canEdit} />
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {})} keepMounted={false}>
        <Tabs.List mb="md">
          {canEdit && (
            <Tabs.Tab value="worklist" leftSection={<IconPhoneCall size={16} />}>
              {t("followUp.tabs.worklist")}
            </Tabs.Tab>
          )}
          {canEdit && (
            <Tabs.Tab value="import" leftSection={<IconFileImport size={16} />}>
              {t("followUp.tabs.import")}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="stats" leftSection={<IconChartBar size={16} />}>
            {t("followUp.tabs.stats")}
          </Tabs.Tab>
          <Tabs.Tab value="settings" leftSection={<IconSettings size={16} />}>
            {t("followUp.tabs.settings")}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="worklist">
          {canEdit ? <Worklist hid={hid} canEdit={canEdit} /> : <Alert>{t("common.readOnly")}</Alert>}
        </Tabs.Panel>
        <Tabs.Panel value="import">{canEdit && <ImportWizard hid={hid} />}</Tabs.Panel>
        <Tabs.Panel value="stats">
          <StatsView hid={hid} />
        </Tabs.Panel>
        <Tabs.Panel value="settings">
          <SettingsView hid={hid} canEdit={canEdit} canAdmin={canAdmin} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
