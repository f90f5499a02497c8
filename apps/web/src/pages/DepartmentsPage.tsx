import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Code,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { Department } from "@motmap/core";
import {
  IconArrowDown,
  IconArrowUp,
  IconBuildingCommunity,
  IconPencil,
  IconPlus,
  IconTrash,
} from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../api/client.ts";
import { keys, useDepartments, useSites } from "../api/queries.ts";
import type { Items } from "../api/types.ts";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { fieldErrors, notifyError, notifySuccess, unplacedIssues } from "../lib/errors.tsx";
import { moved } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { useCollectionSave } from "../lib/useCollectionSave.ts";

interface DeptDraft {
  name: string;
  nameEn: string;
  code: string;
  siteId: string | null;
  description: string;
}

const empty: DeptDraft = { name: "", nameEn: "", code: "", siteId: null, description: "" };

function DepartmentModal({
  editing,
  opened,
  onClose,
}: {
  editing: Department | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const sites = useSites(hid);
  const [draft, setDraft] = useState<DeptDraft>(empty);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [openedFor, setOpenedFor] = useState<string | null>(null);

  const openKey = opened ? (editing?.id ?? "new") : null;
  if (openKey !== openedFor) {
    setOpenedFor(openKey);
    if (openKey) {
      setDraft(
        editing
          ? {
              name: editing.name,
              nameEn: editing.nameEn,
              code: editing.code,
              siteId: editing.siteId,
              description: editing.description,
            }
          : empty,
      );
      setLocal({});
    }
  }

  const save = useCollectionSave<DeptDraft, Department>({
    hospitalId: hid,
    path: "/departments",
    queryKey: keys.departments(hid),
    editing,
    onClose,
    toBody: (d) => ({ ...d, name: d.name.trim(), nameEn: d.nameEn.trim(), code: d.code.trim() }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = { name: draft.name.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.name) return;
    save.mutate(draft);
  };

  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, Object.keys(empty));
  const siteOptions = (sites.data ?? []).map((s) => ({ value: s.id, label: s.name }));

  return (
    <Modal
      opened={opened}
      onClose={() => {
        save.reset();
        onClose();
      }}
      title={editing ? t("departments.editTitle") : t("departments.createTitle")}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("departments.name")}
              placeholder={t("departments.namePlaceholder")}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              required
              error={fe("name")}
              data-autofocus
            />
            <TextInput
              label={t("departments.nameEn")}
              placeholder={t("departments.nameEnPlaceholder")}
              value={draft.nameEn}
              onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })}
              error={fe("nameEn")}
            />
            <TextInput
              label={t("departments.code")}
              placeholder={t("departments.codePlaceholder")}
              value={draft.code}
              onChange={(e) => setDraft({ ...draft, code: e.currentTarget.value })}
              error={fe("code")}
            />
            {siteOptions.length > 0 && (
              <Select
                label={t("departments.site")}
                placeholder={t("departments.noSite")}
                data={siteOptions}
                value={draft.siteId}
                onChange={(v) => setDraft({ ...draft, siteId: v })}
                clearable
                error={fe("siteId")}
              />
            )}
          </SimpleGrid>
          <Textarea
            label={t("departments.description")}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
            autosize
            minRows={2}
            error={fe("description")}
          />
          {other.length > 0 && (
            <Alert color="red" variant="light">
              {other.join(" · ")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {editing ? t("common.save") : t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function DepartmentsPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const qc = useQueryClient();
  const departments = useDepartments(hid);
  const sites = useSites(hid);
  const [modal, setModal] = useState<{ editing: Department | null } | null>(null);
  const [deleting, setDeleting] = useState<Department | null>(null);
  const key = keys.departments(hid);

  const reorder = useMutation({
    mutationFn: (ids: string[]) => api.post<Items<Department>>(hospitalPath(hid, "/departments/reorder"), { ids }),
    onMutate: (ids) => {
      qc.setQueryData<Items<Department>>(key, (old) =>
        old ? { items: ids.map((id) => old.items.find((d) => d.id === id)).filter((d): d is Department => !!d) } : old,
      );
    },
    onError: (e) => notifyError(e),
    onSettled: () => qc.invalidateQueries({ queryKey: key }),
  });

  const remove = useMutation({
    mutationFn: (d: Department) => api.delete(hospitalPath(hid, `/departments/${d.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t("common.deleted"));
      await qc.invalidateQueries({ queryKey: key });
    },
    onError: (e) => notifyError(e),
  });

  const newButton = canEdit && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setModal({ editing: null })}>
      {t("departments.new")}
    </Button>
  );
  const siteName = (id: string | null) => sites.data?.find((s) => s.id === id)?.name;

  let body: React.ReactNode;
  if (departments.isPending) body = <TableSkeleton />;
  else if (departments.isError)
    body = <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />;
  else if (departments.data.length === 0)
    body = (
      <EmptyBlock
        icon={<IconBuildingCommunity size={28} />}
        title={t("departments.emptyTitle")}
        description={t("departments.emptyBody")}
        action={newButton || undefined}
      />
    );
  else {
    const list = departments.data;
    const showSite = list.some((d) => d.siteId);
    body = (
      <Card p={0}>
        <Table.ScrollContainer minWidth={680}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={64} style={{ whiteSpace: "nowrap" }}>
                  {t("departments.order")}
                </Table.Th>
                <Table.Th>{t("departments.name")}</Table.Th>
                <Table.Th>{t("departments.code")}</Table.Th>
                {showSite && <Table.Th>{t("departments.site")}</Table.Th>}
                <Table.Th>{t("departments.description")}</Table.Th>
                {canEdit && <Table.Th w={170} aria-label={t("common.actions")} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((d, i) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {i + 1}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {d.name}
                    </Text>
                    {d.nameEn && (
                      <Text size="xs" c="dimmed">
                        {d.nameEn}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {d.code ? (
                      <Code style={{ whiteSpace: "nowrap" }}>{d.code}</Code>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  {showSite && <Table.Td>{siteName(d.siteId) ?? "—"}</Table.Td>}
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {d.description || "—"}
                    </Text>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <Group gap={2} wrap="nowrap" justify="flex-end">
                        <Tooltip label={t("common.moveUp")}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={i === 0 || reorder.isPending}
                            aria-label={t("common.moveUp")}
                            onClick={() => reorder.mutate(moved(list, i, -1).map((x) => x.id))}
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t("common.moveDown")}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            disabled={i === list.length - 1 || reorder.isPending}
                            aria-label={t("common.moveDown")}
                            onClick={() => reorder.mutate(moved(list, i, 1).map((x) => x.id))}
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t("common.edit")}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={t("common.edit")}
                            onClick={() => setModal({ editing: d })}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t("common.delete")}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t("common.delete")}
                            onClick={() => setDeleting(d)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );
  }

  return (
    <Stack gap={0}>
      <PageHeader
        title={t("departments.title")}
        subtitle={t("departments.subtitle")}
        actions={newButton}
        readOnly={!canEdit}
      />
      {body}
      <DepartmentModal editing={modal?.editing ?? null} opened={modal !== null} onClose={() => setModal(null)} />
      <ConfirmDeleteModal
        opened={deleting !== null}
        name={deleting?.name ?? ""}
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      />
    </Stack>
  );
}
