import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import type { Hospital, Site } from "@motmap/core";
import { can } from "@motmap/core";
import {
  IconBuildingHospital,
  IconDeviceFloppy,
  IconMapPin,
  IconPencil,
  IconPlus,
  IconTrash,
} from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../api/client.ts";
import { keys, useDepartments, useHospital, useSites } from "../api/queries.ts";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { fieldErrors, notifyError, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../lib/errors.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import { useCollectionSave } from "../lib/useCollectionSave.ts";

interface HospitalDraft {
  name: string;
  nameEn: string;
}

/** The hospital's Korean and English names; admins save them with the version they loaded. */
function HospitalNameCard({ hospital, canManage }: { hospital: Hospital; canManage: boolean }) {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const qc = useQueryClient();
  const [draft, setDraft] = useState<HospitalDraft>({ name: hospital.name, nameEn: hospital.nameEn });
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [loadedVersion, setLoadedVersion] = useState(hospital.version);

  // A newer version from the server (after saving, or a reload after a conflict) replaces the draft.
  if (hospital.version !== loadedVersion) {
    setLoadedVersion(hospital.version);
    setDraft({ name: hospital.name, nameEn: hospital.nameEn });
    setLocal({});
  }

  const refresh = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.hospital(hid) }),
      // The header's hospital switcher shows the names from the session.
      qc.invalidateQueries({ queryKey: keys.me }),
      qc.invalidateQueries({ queryKey: keys.audit(hid) }),
    ]);

  const save = useMutation({
    mutationFn: (d: HospitalDraft) =>
      api.patch<Hospital>(hospitalPath(hid), {
        version: hospital.version,
        name: d.name.trim(),
        nameEn: d.nameEn.trim(),
      }),
    onSuccess: async (updated) => {
      qc.setQueryData(keys.hospital(hid), updated);
      notifySuccess(t("common.saved"));
      save.reset();
      await refresh();
    },
    onError: (e) =>
      notifyUnlessValidation(e, {
        onReload: () => {
          save.reset();
          void refresh();
        },
      }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = { name: draft.name.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.name) return;
    save.mutate(draft);
  };

  const dirty = draft.name !== hospital.name || draft.nameEn !== hospital.nameEn;
  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, ["name", "nameEn"]);

  return (
    <Card mb="xl" data-testid="hospital-name-card">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Title order={4}>{t("settings.hospitalTitle")}</Title>
              <Text size="sm" c="dimmed">
                {t("settings.hospitalBody")}
              </Text>
            </Stack>
            {!canManage && (
              <Badge color="gray" variant="light">
                {t("settings.adminOnly")}
              </Badge>
            )}
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("settings.name")}
              placeholder={canManage ? t("settings.namePlaceholder") : undefined}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
              readOnly={!canManage}
              required={canManage}
              error={fe("name")}
              data-testid="hospital-name"
            />
            <TextInput
              label={t("settings.nameEn")}
              placeholder={canManage ? t("settings.nameEnPlaceholder") : undefined}
              description={t("settings.nameEnHint")}
              inputWrapperOrder={["label", "input", "description", "error"]}
              value={draft.nameEn}
              onChange={(e) => setDraft({ ...draft, nameEn: e.currentTarget.value })}
              readOnly={!canManage}
              error={fe("nameEn")}
              data-testid="hospital-name-en"
            />
          </SimpleGrid>
          {other.length > 0 && (
            <Alert color="red" variant="light">
              {other.join(" · ")}
            </Alert>
          )}
          {canManage && (
            <Group justify="flex-end">
              {dirty && (
                <Button
                  variant="default"
                  onClick={() => {
                    setDraft({ name: hospital.name, nameEn: hospital.nameEn });
                    setLocal({});
                    save.reset();
                  }}
                >
                  {t("common.cancel")}
                </Button>
              )}
              <Button
                type="submit"
                loading={save.isPending}
                disabled={!dirty}
                leftSection={<IconDeviceFloppy size={16} />}
                data-testid="save-hospital"
              >
                {t("common.save")}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Card>
  );
}

function HospitalCardSkeleton() {
  return (
    <Card mb="xl" aria-busy="true">
      <Stack gap="sm">
        <Skeleton height={20} width="30%" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Skeleton height={58} />
          <Skeleton height={58} />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

interface SiteDraft {
  name: string;
  address: string;
}

const emptySite: SiteDraft = { name: "", address: "" };

function SiteModal({ editing, opened, onClose }: { editing: Site | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const [draft, setDraft] = useState<SiteDraft>(emptySite);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [openedFor, setOpenedFor] = useState<string | null>(null);

  const openKey = opened ? (editing?.id ?? "new") : null;
  if (openKey !== openedFor) {
    setOpenedFor(openKey);
    if (openKey) {
      setDraft(editing ? { name: editing.name, address: editing.address } : emptySite);
      setLocal({});
    }
  }

  const save = useCollectionSave<SiteDraft, Site>({
    hospitalId: hid,
    path: "/sites",
    queryKey: keys.sites(hid),
    editing,
    onClose,
    toBody: (d) => ({ name: d.name.trim(), address: d.address.trim() }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = { name: draft.name.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.name) return;
    save.mutate(draft);
  };

  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, Object.keys(emptySite));

  return (
    <Modal
      opened={opened}
      onClose={() => {
        save.reset();
        onClose();
      }}
      title={editing ? t("sites.editTitle") : t("sites.createTitle")}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("sites.name")}
            placeholder={t("sites.namePlaceholder")}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            required
            error={fe("name")}
            data-autofocus
          />
          <Textarea
            label={t("sites.address")}
            placeholder={t("sites.addressPlaceholder")}
            value={draft.address}
            onChange={(e) => setDraft({ ...draft, address: e.currentTarget.value })}
            autosize
            minRows={2}
            error={fe("address")}
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

export function HospitalSettingsPage() {
  const { t } = useTranslation();
  const { hid, role, canEdit } = useHospitalContext();
  const canManage = can(role, "manageHospital") && canEdit;
  const qc = useQueryClient();
  const hospital = useHospital(hid);
  const sites = useSites(hid);
  const departments = useDepartments(hid);
  const [modal, setModal] = useState<{ editing: Site | null } | null>(null);
  const [deleting, setDeleting] = useState<Site | null>(null);

  const remove = useMutation({
    mutationFn: (s: Site) => api.delete(hospitalPath(hid, `/sites/${s.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t("common.deleted"));
      await Promise.all([
        qc.invalidateQueries({ queryKey: keys.sites(hid) }),
        // Departments at the deleted site now have no site.
        qc.invalidateQueries({ queryKey: keys.departments(hid) }),
      ]);
    },
    onError: (e) => notifyError(e),
  });

  let hospitalCard: React.ReactNode;
  if (hospital.isPending) hospitalCard = <HospitalCardSkeleton />;
  else if (hospital.isError)
    hospitalCard = (
      <Stack mb="xl">
        <ErrorState error={hospital.error} onRetry={() => void hospital.refetch()} />
      </Stack>
    );
  else hospitalCard = <HospitalNameCard hospital={hospital.data} canManage={canManage} />;

  const newSiteButton = canEdit && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setModal({ editing: null })}>
      {t("sites.new")}
    </Button>
  );
  const deptCount = (siteId: string) => departments.data?.filter((d) => d.siteId === siteId).length;

  let sitesBody: React.ReactNode;
  if (sites.isPending) sitesBody = <TableSkeleton rows={3} />;
  else if (sites.isError) sitesBody = <ErrorState error={sites.error} onRetry={() => void sites.refetch()} />;
  else if (sites.data.length === 0)
    sitesBody = (
      <EmptyBlock
        icon={<IconMapPin size={28} />}
        title={t("sites.emptyTitle")}
        description={t("sites.emptyBody")}
        action={newSiteButton || undefined}
      />
    );
  else
    sitesBody = (
      <Card p={0}>
        <Table.ScrollContainer minWidth={600}>
          <Table highlightOnHover data-testid="sites-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("sites.name")}</Table.Th>
                <Table.Th>{t("sites.address")}</Table.Th>
                <Table.Th w={120} style={{ whiteSpace: "nowrap", textAlign: "right" }}>
                  {t("sites.departments")}
                </Table.Th>
                {canEdit && <Table.Th w={100} aria-label={t("common.actions")} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sites.data.map((s) => {
                const n = deptCount(s.id);
                return (
                  <Table.Tr key={s.id} data-testid="site-row">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {s.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed" lineClamp={2}>
                        {s.address || "—"}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ textAlign: "right" }}>
                      <Text size="sm" c={n ? undefined : "dimmed"}>
                        {n === undefined ? "—" : t("common.count", { count: n })}
                      </Text>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Group gap={2} wrap="nowrap" justify="flex-end">
                          <Tooltip label={t("common.edit")}>
                            <ActionIcon
                              variant="subtle"
                              color="gray"
                              aria-label={`${t("common.edit")}: ${s.name}`}
                              onClick={() => setModal({ editing: s })}
                            >
                              <IconPencil size={16} />
                            </ActionIcon>
                          </Tooltip>
                          <Tooltip label={t("common.delete")}>
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              aria-label={`${t("common.delete")}: ${s.name}`}
                              onClick={() => setDeleting(s)}
                            >
                              <IconTrash size={16} />
                            </ActionIcon>
                          </Tooltip>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );

  return (
    <Stack gap={0}>
      <PageHeader title={t("settings.title")} subtitle={t("settings.subtitle")} readOnly={!canEdit} />
      {hospitalCard}
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md" mb="md">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <IconBuildingHospital size={20} stroke={1.6} />
            <Title order={3}>{t("sites.title")}</Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t("sites.subtitle")}
          </Text>
        </Stack>
        {sites.isSuccess && sites.data.length > 0 && newSiteButton}
      </Group>
      {sitesBody}
      <SiteModal editing={modal?.editing ?? null} opened={modal !== null} onClose={() => setModal(null)} />
      <ConfirmDeleteModal
        opened={deleting !== null}
        name={deleting?.name ?? ""}
        message={
          deleting
            ? deptCount(deleting.id)
              ? t("sites.deleteConfirmDepartments", { name: deleting.name, n: deptCount(deleting.id) })
              : t("sites.deleteConfirm", { name: deleting.name })
            : undefined
        }
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      />
    </Stack>
  );
}
