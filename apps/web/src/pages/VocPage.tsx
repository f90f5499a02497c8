import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Menu,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  UnstyledButton,
} from "@mantine/core";
import { VOC_CHANNELS, VOC_STATUSES, VOC_TYPES, type VocListFilter, type VocStatus } from "@motmap/core";
import {
  IconAlertTriangle,
  IconBookmark,
  IconFileImport,
  IconPlus,
  IconSearch,
  IconTrash,
  IconX,
} from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDepartments } from "../api/queries.ts";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { STATUS_COLOR, VocSeverityBadge, VocStatusBadge, VocTypeBadge } from "../components/voc/badges.tsx";
import { deleteView, saveView, useVocList, useVocViews, vocKeys } from "../components/voc/queries.ts";
import { useAllTouchpoints } from "../components/voc/touchpoints.ts";
import { useUrlVocFilter } from "../components/voc/url-filter.ts";
import { VocDrawer } from "../components/voc/VocDrawer.tsx";
import { touchpointData, VocRegisterModal } from "../components/voc/VocRegisterModal.tsx";
import { formatDate } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { useUrlParam } from "../lib/useUrlParam.ts";

const todaySeoul = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

export function VocPage() {
  const { t, i18n } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const qc = useQueryClient();
  const [filter, setFilter] = useUrlVocFilter();
  const [search, setSearch] = useState(filter.q ?? "");
  // A saved view, "back" or a link changes the words in the URL: the box follows.
  useEffect(() => setSearch(filter.q ?? ""), [filter.q]);
  const [registering, setRegistering] = useState(false);
  // `?item=<id>` (a link from an alert) opens that VOC in the drawer.
  const [openId, setOpenId] = useUrlParam("item");
  const list = useVocList(hid, filter);
  const views = useVocViews(hid).data ?? [];
  const departments = useDepartments(hid).data ?? [];
  const { options, byId } = useAllTouchpoints(hid);

  const set = <K extends keyof VocListFilter>(key: K, value: VocListFilter[K] | null) =>
    setFilter((f) => {
      const next = { ...f };
      if (value === null || value === undefined || value === "" || value === false) delete next[key];
      else next[key] = value;
      return next;
    });

  const first = list.data?.pages[0];
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const counts = first?.statusCounts;
  const today = todaySeoul();

  const addView = async () => {
    const name = window.prompt(t("voc.filter.viewName"));
    if (!name?.trim()) return;
    await saveView(hid, name.trim(), filter);
    await qc.invalidateQueries({ queryKey: vocKeys.views(hid) });
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title={t("voc.title")}
        subtitle={t("voc.subtitle")}
        readOnly={!canEdit}
        actions={
          canEdit && (
            <Group gap="sm">
              <Button
                component={Link}
                to={`/h/${hid}/voc/import`}
                variant="default"
                leftSection={<IconFileImport size={16} />}
                data-testid="voc-import"
              >
                {t("vocImport.button")}
              </Button>
              <Button leftSection={<IconPlus size={16} />} onClick={() => setRegistering(true)}>
                {t("voc.register")}
              </Button>
            </Group>
          )
        }
      />

      <SimpleGrid cols={{ base: 2, sm: 5 }} mb="md">
        {VOC_STATUSES.map((s: VocStatus) => (
          <UnstyledButton key={s} onClick={() => set("status", filter.status === s ? null : s)}>
            <Card
              withBorder
              padding="sm"
              style={
                filter.status === s ? { borderColor: `var(--mantine-color-${STATUS_COLOR[s]}-6)`, borderWidth: 2 } : {}
              }
              data-testid={`voc-count-${s}`}
            >
              <Text size="xs" c="dimmed">
                {t(`voc.status.${s}`)}
              </Text>
              <Text fw={700} size="xl" c={STATUS_COLOR[s]}>
                {counts?.[s] ?? "—"}
              </Text>
            </Card>
          </UnstyledButton>
        ))}
        <UnstyledButton onClick={() => set("overdue", filter.overdue ? null : true)}>
          <Card
            withBorder
            padding="sm"
            style={filter.overdue ? { borderColor: "var(--mantine-color-red-6)", borderWidth: 2 } : {}}
          >
            <Text size="xs" c="dimmed">
              {t("voc.overdue")}
            </Text>
            <Text fw={700} size="xl" c="red">
              {first?.overdue ?? "—"}
            </Text>
          </Card>
        </UnstyledButton>
      </SimpleGrid>

      <Card withBorder padding="sm" mb="md">
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput
            leftSection={<IconSearch size={14} />}
            placeholder={t("voc.filter.search")}
            aria-label={t("voc.filter.search")}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            onKeyDown={(e) => e.key === "Enter" && set("q", search.trim())}
            onBlur={() => set("q", search.trim())}
            w={200}
          />
          <Select
            placeholder={t("voc.filter.type")}
            data={VOC_TYPES.map((v) => ({ value: v, label: t(`voc.type.${v}`) }))}
            value={filter.type ?? null}
            onChange={(v) => set("type", v as VocListFilter["type"])}
            clearable
            w={120}
          />
          <Select
            placeholder={t("voc.filter.channel")}
            data={VOC_CHANNELS.map((v) => ({ value: v, label: t(`voc.channel.${v}`) }))}
            value={filter.channel ?? null}
            onChange={(v) => set("channel", v as VocListFilter["channel"])}
            clearable
            w={150}
          />
          <Select
            placeholder={t("voc.filter.department")}
            data={departments.map((d) => ({
              value: d.id,
              label: i18n.language === "en" && d.nameEn ? d.nameEn : d.name,
            }))}
            value={filter.departmentId ?? null}
            onChange={(v) => set("departmentId", v)}
            clearable
            searchable
            w={150}
          />
          <Select
            placeholder={t("voc.filter.touchpoint")}
            data={touchpointData(options)}
            value={filter.touchpointId ?? null}
            onChange={(v) => set("touchpointId", v)}
            clearable
            searchable
            w={220}
          />
          <TextInput
            type="date"
            aria-label={t("voc.filter.from")}
            value={filter.from ?? ""}
            onChange={(e) => set("from", e.currentTarget.value)}
            w={140}
          />
          <TextInput
            type="date"
            aria-label={t("voc.filter.to")}
            value={filter.to ?? ""}
            onChange={(e) => set("to", e.currentTarget.value)}
            w={140}
          />
          <Checkbox
            label={t("voc.filter.mine")}
            checked={filter.assignedToMe === true}
            onChange={(e) => set("assignedToMe", e.currentTarget.checked)}
            mb={8}
          />
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="light" leftSection={<IconBookmark size={14} />}>
                {t("voc.filter.views")}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {views.map((v) => (
                <Menu.Item
                  key={v.id}
                  onClick={() => setFilter(() => v.filter)}
                  rightSection={
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t("voc.filter.deleteView")}
                      onClick={async (e) => {
                        e.stopPropagation();
                        await deleteView(hid, v.id);
                        await qc.invalidateQueries({ queryKey: vocKeys.views(hid) });
                      }}
                    >
                      <IconTrash size={12} />
                    </ActionIcon>
                  }
                >
                  {v.name}
                </Menu.Item>
              ))}
              {views.length > 0 && <Menu.Divider />}
              <Menu.Item leftSection={<IconPlus size={14} />} onClick={addView}>
                {t("voc.filter.saveView")}
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
          {Object.keys(filter).length > 0 && (
            <Button
              variant="subtle"
              color="gray"
              leftSection={<IconX size={14} />}
              onClick={() => {
                setFilter(() => ({}));
                setSearch("");
              }}
            >
              {t("voc.filter.reset")}
            </Button>
          )}
        </Group>
      </Card>

      {list.isPending ? (
        <TableSkeleton rows={8} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <EmptyBlock icon={<IconSearch size={28} />} title={t("voc.empty")} />
      ) : (
        <Card withBorder padding={0}>
          {/* A narrow window scrolls the table sideways instead of cutting its last columns off. */}
          <Table.ScrollContainer minWidth={880}>
            <Table highlightOnHover verticalSpacing="sm" data-testid="voc-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={110}>{t("voc.col.receivedOn")}</Table.Th>
                  <Table.Th w={90}>{t("voc.col.type")}</Table.Th>
                  <Table.Th>{t("voc.col.text")}</Table.Th>
                  <Table.Th w={200}>{t("voc.col.touchpoint")}</Table.Th>
                  <Table.Th w={80}>{t("voc.col.severity")}</Table.Th>
                  <Table.Th w={90}>{t("voc.col.status")}</Table.Th>
                  <Table.Th w={120}>{t("voc.col.due")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((v) => {
                  const tp = v.touchpointId ? byId.get(v.touchpointId) : undefined;
                  const overdue = v.status === "assigned" && v.assignment !== null && v.assignment.dueOn < today;
                  return (
                    <Table.Tr
                      key={v.id}
                      onClick={() => setOpenId(v.id)}
                      style={{ cursor: "pointer" }}
                      data-testid="voc-row"
                    >
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        <Text size="sm">{formatDate(v.receivedOn)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <VocTypeBadge type={v.type} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {v.text}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {tp ? (
                          <Stack gap={0}>
                            <Text size="sm">{tp.name}</Text>
                            <Text size="xs" c="dimmed">
                              {tp.stageName}
                            </Text>
                          </Stack>
                        ) : (
                          <Text size="xs" c="dimmed">
                            {t("voc.noTouchpoint")}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <VocSeverityBadge severity={v.severity} />
                      </Table.Td>
                      <Table.Td>
                        <VocStatusBadge status={v.status} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: "nowrap" }}>
                        {v.assignment && v.status !== "closed" ? (
                          overdue ? (
                            <Badge color="red" variant="light" leftSection={<IconAlertTriangle size={12} />}>
                              {formatDate(v.assignment.dueOn)}
                            </Badge>
                          ) : (
                            <Text size="sm">{formatDate(v.assignment.dueOn)}</Text>
                          )
                        ) : (
                          <Text size="sm" c="dimmed">
                            —
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.hasNextPage && (
            <Group justify="center" p="sm">
              <Button variant="subtle" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t("voc.loadMore")}
              </Button>
            </Group>
          )}
        </Card>
      )}

      <VocRegisterModal hid={hid} opened={registering} onClose={() => setRegistering(false)} touchpoints={options} />
      <VocDrawer id={openId} onClose={() => setOpenId(null)} touchpoints={byId} />
    </Stack>
  );
}
