import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { CreateJourneyInput, Journey, JourneyStatus, JourneySummary } from "@motmap/core";
import { JOURNEY_STATUSES } from "@motmap/core";
import { IconCopy, IconDots, IconMapRoute, IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, hospitalPath } from "../api/client.ts";
import { keys, useJourneys, usePersonas } from "../api/queries.ts";
import { StatusBadge } from "../components/badges.tsx";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { BLANK, createFromTemplate, TemplatePicker } from "../components/templates/TemplatePicker.tsx";
import { VariantBadge } from "../components/templates/VariantBadge.tsx";
import { currentLanguage } from "../i18n/index.ts";
import { fieldErrors, notifyError, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../lib/errors.tsx";
import { formatDateTime } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";

function CreateJourneyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const personas = usePersonas(hid);
  const [title, setTitle] = useState("");
  const [personaId, setPersonaId] = useState<string | null>(null);
  const [description, setDescription] = useState("");
  const [status, setStatus] = useState<JourneyStatus>("draft");
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [source, setSource] = useState(BLANK);
  const fromTemplate = source !== BLANK;

  const createFrom = useMutation({
    mutationFn: (body: { templateId: string; title?: string }) =>
      createFromTemplate(hid, { ...body, locale: currentLanguage() }),
    onSuccess: async (j) => {
      await qc.invalidateQueries({ queryKey: keys.journeys(hid) });
      notifySuccess(t("templates.createdFromTemplate", { title: j.title }));
      reset();
      onClose();
      navigate(`/h/${hid}/journeys/${j.id}`);
    },
    onError: (e) => notifyUnlessValidation(e),
  });

  const create = useMutation({
    mutationFn: (body: CreateJourneyInput) => api.post<Journey>(hospitalPath(hid, "/journeys"), body),
    onSuccess: async (j) => {
      await qc.invalidateQueries({ queryKey: keys.journeys(hid) });
      notifySuccess(t("common.created"));
      reset();
      onClose();
      navigate(`/h/${hid}/journeys/${j.id}`);
    },
    onError: (e) => notifyUnlessValidation(e),
  });

  const reset = () => {
    setTitle("");
    setPersonaId(null);
    setDescription("");
    setStatus("draft");
    setLocal({});
    setSource(BLANK);
    create.reset();
    createFrom.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (fromTemplate) {
      createFrom.mutate(title.trim() ? { templateId: source, title: title.trim() } : { templateId: source });
      return;
    }
    const errs = { title: title.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.title) return;
    create.mutate({ title: title.trim(), personaId, description, status });
  };

  const fe = fieldErrors(fromTemplate ? createFrom.error : create.error, local);
  const other = unplacedIssues(fromTemplate ? createFrom.error : create.error, [
    "title",
    "personaId",
    "description",
    "status",
  ]);

  return (
    <Modal
      opened={opened}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t("journeys.createTitle")}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TemplatePicker value={source} onChange={setSource} />
          <TextInput
            label={t("journeys.fieldTitle")}
            placeholder={t("journeys.fieldTitlePlaceholder")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fe("title")}
            required={!fromTemplate}
            description={fromTemplate ? t("templates.titleOptional") : undefined}
            data-autofocus
          />
          {fromTemplate ? (
            <Alert color="motmap" variant="light">
              {t("templates.templateNote")}
            </Alert>
          ) : (
            <>
              <Group grow align="flex-start">
                <Select
                  label={t("journeys.fieldPersona")}
                  placeholder={t("journeys.noPersona")}
                  data={(personas.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
                  value={personaId}
                  onChange={setPersonaId}
                  clearable
                  searchable
                  error={fe("personaId")}
                  nothingFoundMessage={t("common.none")}
                />
                <Select
                  label={t("journeys.fieldStatus")}
                  data={JOURNEY_STATUSES.map((s) => ({ value: s, label: t(`enums.status.${s}`) }))}
                  value={status}
                  onChange={(v) => setStatus((v as JourneyStatus | null) ?? "draft")}
                  allowDeselect={false}
                  error={fe("status")}
                />
              </Group>
              <Textarea
                label={t("journeys.fieldDescription")}
                value={description}
                onChange={(e) => setDescription(e.currentTarget.value)}
                autosize
                minRows={3}
                error={fe("description")}
              />
            </>
          )}
          {other.length > 0 && (
            <Alert color="red" variant="light">
              {other.join(" · ")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              loading={create.isPending || createFrom.isPending}
              leftSection={<IconPlus size={16} />}
              data-testid="create-journey-submit"
            >
              {fromTemplate ? t("templates.createFromTemplate") : t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function JourneysPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const journeys = useJourneys(hid);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<JourneySummary | null>(null);

  const duplicate = useMutation({
    mutationFn: (j: JourneySummary) =>
      api.post<Journey>(hospitalPath(hid, `/journeys/${j.id}/duplicate`), {
        title: t("journeys.copyTitle", { title: j.title }),
      }),
    onSuccess: async (_copy, j) => {
      await qc.invalidateQueries({ queryKey: keys.journeys(hid) });
      notifySuccess(t("journeys.duplicated", { title: j.title }));
    },
    onError: (e) => notifyError(e),
  });

  const remove = useMutation({
    mutationFn: (j: JourneySummary) => api.delete(hospitalPath(hid, `/journeys/${j.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      await qc.invalidateQueries({ queryKey: keys.journeys(hid) });
      notifySuccess(t("common.deleted"));
    },
    onError: (e) => notifyError(e),
  });

  const newButton = canEdit && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
      {t("journeys.new")}
    </Button>
  );

  let body: React.ReactNode;
  if (journeys.isPending) body = <TableSkeleton />;
  else if (journeys.isError) body = <ErrorState error={journeys.error} onRetry={() => void journeys.refetch()} />;
  else if (journeys.data.length === 0)
    body = (
      <EmptyBlock
        icon={<IconMapRoute size={28} />}
        title={t("journeys.emptyTitle")}
        description={t("journeys.emptyBody")}
        action={newButton || undefined}
      />
    );
  else
    body = (
      <Card p={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover data-testid="journeys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("journeys.colTitle")}</Table.Th>
                <Table.Th>{t("journeys.colPersona")}</Table.Th>
                <Table.Th>{t("journeys.colStatus")}</Table.Th>
                <Table.Th ta="right">{t("journeys.colStages")}</Table.Th>
                <Table.Th ta="right">{t("journeys.colTouchpoints")}</Table.Th>
                <Table.Th>{t("journeys.colUpdated")}</Table.Th>
                {canEdit && <Table.Th w={56} aria-label={t("common.actions")} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {journeys.data.map((j) => (
                <Table.Tr
                  key={j.id}
                  className="motmap-clickable-row"
                  onClick={() => navigate(`/h/${hid}/journeys/${j.id}`)}
                >
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/h/${hid}/journeys/${j.id}`}
                      fw={500}
                      onClick={(e) => e.stopPropagation()}
                    >
                      {j.title}
                    </Anchor>
                    <VariantBadge variant={j.variant} size="xs" ml={8} />
                    {j.description && (
                      <Text size="xs" c="dimmed" lineClamp={1} maw={420}>
                        {j.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={j.personaName ? undefined : "dimmed"}>
                      {j.personaName ?? "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={j.status} />
                  </Table.Td>
                  <Table.Td ta="right">{j.stageCount}</Table.Td>
                  <Table.Td ta="right">{j.touchpointCount}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                      {formatDateTime(j.updatedAt)}
                    </Text>
                  </Table.Td>
                  {canEdit && (
                    <Table.Td onClick={(e) => e.stopPropagation()}>
                      <Menu position="bottom-end" shadow="md">
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={t("common.actions")}>
                            <IconDots size={18} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconCopy size={16} />} onClick={() => duplicate.mutate(j)}>
                            {t("common.duplicate")}
                          </Menu.Item>
                          <Menu.Item leftSection={<IconTrash size={16} />} color="red" onClick={() => setDeleting(j)}>
                            {t("common.delete")}
                          </Menu.Item>
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );

  return (
    <Stack gap={0}>
      <PageHeader
        title={t("journeys.title")}
        subtitle={t("journeys.subtitle")}
        actions={newButton}
        readOnly={!canEdit}
      />
      {body}
      <CreateJourneyModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDeleteModal
        opened={deleting !== null}
        name={deleting?.title ?? ""}
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      />
    </Stack>
  );
}
