import {
  ActionIcon,
  Alert,
  Avatar,
  Badge,
  Blockquote,
  Button,
  Card,
  Group,
  List,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { Persona, Segment } from "@motmap/core";
import { SEGMENTS } from "@motmap/core";
import { IconPencil, IconPlus, IconTrash, IconUserCircle } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../api/client.ts";
import { keys, usePersonas } from "../api/queries.ts";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { fieldErrors, notifyError, notifySuccess, unplacedIssues } from "../lib/errors.tsx";
import { linesToText, textToLines } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { useCollectionSave } from "../lib/useCollectionSave.ts";

interface PersonaDraft {
  name: string;
  segment: Segment;
  ageGroup: string;
  description: string;
  goals: string;
  needs: string;
  frustrations: string;
  quote: string;
}

const empty: PersonaDraft = {
  name: "",
  segment: "first_visit_outpatient",
  ageGroup: "",
  description: "",
  goals: "",
  needs: "",
  frustrations: "",
  quote: "",
};

const toDraft = (p: Persona): PersonaDraft => ({
  name: p.name,
  segment: p.segment,
  ageGroup: p.ageGroup,
  description: p.description,
  goals: linesToText(p.goals),
  needs: linesToText(p.needs),
  frustrations: linesToText(p.frustrations),
  quote: p.quote,
});

function PersonaModal({ editing, opened, onClose }: { editing: Persona | null; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const [draft, setDraft] = useState<PersonaDraft>(empty);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [openedFor, setOpenedFor] = useState<string | null>(null);

  const openKey = opened ? (editing?.id ?? "new") : null;
  if (openKey !== openedFor) {
    setOpenedFor(openKey);
    if (openKey) {
      setDraft(editing ? toDraft(editing) : empty);
      setLocal({});
    }
  }

  const save = useCollectionSave<PersonaDraft, Persona>({
    hospitalId: hid,
    path: "/personas",
    queryKey: keys.personas(hid),
    editing,
    onClose,
    toBody: (d) => ({
      name: d.name.trim(),
      segment: d.segment,
      ageGroup: d.ageGroup.trim(),
      description: d.description,
      goals: textToLines(d.goals),
      needs: textToLines(d.needs),
      frustrations: textToLines(d.frustrations),
      quote: d.quote,
    }),
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
  const field = (k: keyof PersonaDraft) => ({
    value: draft[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDraft({ ...draft, [k]: e.currentTarget.value }),
    error: fe(k),
  });

  return (
    <Modal
      opened={opened}
      onClose={() => {
        save.reset();
        onClose();
      }}
      title={editing ? t("personas.editTitle") : t("personas.createTitle")}
      size="xl"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t("personas.name")}
              placeholder={t("personas.namePlaceholder")}
              required
              data-autofocus
              {...field("name")}
            />
            <Select
              label={t("personas.segment")}
              data={SEGMENTS.map((s) => ({ value: s, label: t(`enums.segment.${s}`) }))}
              value={draft.segment}
              onChange={(v) => v && setDraft({ ...draft, segment: v as Segment })}
              allowDeselect={false}
              error={fe("segment")}
            />
            <TextInput
              label={t("personas.ageGroup")}
              placeholder={t("personas.ageGroupPlaceholder")}
              {...field("ageGroup")}
            />
          </SimpleGrid>
          <Textarea label={t("personas.description")} autosize minRows={2} {...field("description")} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Textarea
              label={t("personas.goals")}
              description={t("common.onePerLine")}
              autosize
              minRows={3}
              {...field("goals")}
            />
            <Textarea
              label={t("personas.needs")}
              description={t("common.onePerLine")}
              autosize
              minRows={3}
              {...field("needs")}
            />
            <Textarea
              label={t("personas.frustrations")}
              description={t("common.onePerLine")}
              autosize
              minRows={3}
              {...field("frustrations")}
            />
          </SimpleGrid>
          <TextInput label={t("personas.quote")} placeholder={t("personas.quotePlaceholder")} {...field("quote")} />
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

function LineList({ title, items, color }: { title: string; items: string[]; color: string }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c={color}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((x) => (
          <List.Item key={x}>{x}</List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function PersonasPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const qc = useQueryClient();
  const personas = usePersonas(hid);
  const [modal, setModal] = useState<{ editing: Persona | null } | null>(null);
  const [deleting, setDeleting] = useState<Persona | null>(null);

  const remove = useMutation({
    mutationFn: (p: Persona) => api.delete(hospitalPath(hid, `/personas/${p.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t("common.deleted"));
      await qc.invalidateQueries({ queryKey: keys.personas(hid) });
    },
    onError: (e) => notifyError(e),
  });

  const newButton = canEdit && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setModal({ editing: null })}>
      {t("personas.new")}
    </Button>
  );

  let body: React.ReactNode;
  if (personas.isPending) body = <TableSkeleton />;
  else if (personas.isError) body = <ErrorState error={personas.error} onRetry={() => void personas.refetch()} />;
  else if (personas.data.length === 0)
    body = (
      <EmptyBlock
        icon={<IconUserCircle size={28} />}
        title={t("personas.emptyTitle")}
        description={t("personas.emptyBody")}
        action={newButton || undefined}
      />
    );
  else
    body = (
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="lg">
        {personas.data.map((p) => (
          <Card key={p.id} data-testid="persona-card">
            <Stack gap="sm" h="100%">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Group wrap="nowrap" gap="sm" style={{ minWidth: 0 }}>
                  <Avatar color="motmap" radius="xl" size={44}>
                    {p.name.slice(0, 1)}
                  </Avatar>
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600} lineClamp={2}>
                      {p.name}
                    </Text>
                    <Group gap={4}>
                      <Badge variant="light">{t(`enums.segment.${p.segment}`)}</Badge>
                      {p.ageGroup && (
                        <Badge variant="outline" color="gray">
                          {p.ageGroup}
                        </Badge>
                      )}
                    </Group>
                  </Stack>
                </Group>
                {canEdit && (
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t("common.edit")}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t("common.edit")}
                        onClick={() => setModal({ editing: p })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t("common.delete")}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("common.delete")}
                        onClick={() => setDeleting(p)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                )}
              </Group>
              {p.quote && (
                <Blockquote color="motmap" p="sm" fz="sm" iconSize={0} radius="md">
                  {p.quote}
                </Blockquote>
              )}
              {p.description && (
                <Text size="sm" c="dimmed" lineClamp={4}>
                  {p.description}
                </Text>
              )}
              <LineList title={t("personas.goals")} items={p.goals} color="teal.8" />
              <LineList title={t("personas.needs")} items={p.needs} color="blue.8" />
              <LineList title={t("personas.frustrations")} items={p.frustrations} color="orange.8" />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    );

  return (
    <Stack gap={0}>
      <PageHeader
        title={t("personas.title")}
        subtitle={t("personas.subtitle")}
        actions={newButton}
        readOnly={!canEdit}
      />
      {body}
      <PersonaModal editing={modal?.editing ?? null} opened={modal !== null} onClose={() => setModal(null)} />
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
