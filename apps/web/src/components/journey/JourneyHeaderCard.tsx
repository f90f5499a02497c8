import {
  Alert,
  Button,
  Card,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import type { Journey, JourneyStatus, UpdateJourneyInput } from "@motmap/core";
import { JOURNEY_STATUSES } from "@motmap/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { usePersonas } from "../../api/queries.ts";
import type { JourneyDetail } from "../../api/types.ts";
import { fieldErrors, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../../lib/errors.tsx";
import { useDraft } from "../../lib/useDraft.ts";

interface HeaderDraft {
  title: string;
  status: JourneyStatus;
  personaId: string | null;
  description: string;
}

const toDraft = (j: Journey): HeaderDraft => ({
  title: j.title,
  status: j.status,
  personaId: j.personaId,
  description: j.description,
});

/** Title, status, persona and description of a journey. */
export function JourneyHeaderCard({
  hid,
  journey,
  canEdit,
  onSaved,
  onReload,
}: {
  hid: string;
  journey: JourneyDetail;
  canEdit: boolean;
  onSaved: (j: Journey) => void | Promise<void>;
  onReload: () => Promise<JourneyDetail | undefined>;
}) {
  const { t } = useTranslation();
  const personas = usePersonas(hid);
  const { draft, set, reset, dirty, baseVersion } = useDraft(toDraft(journey), journey.version);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  const save = useMutation({
    mutationFn: (d: HeaderDraft) => {
      const body: UpdateJourneyInput = { version: baseVersion, ...d, title: d.title.trim() };
      return api.patch<Journey>(hospitalPath(hid, `/journeys/${journey.id}`), body);
    },
    onSuccess: async (j) => {
      reset(toDraft(j), j.version);
      notifySuccess(t("common.saved"));
      await onSaved(j);
    },
    onError: (e) =>
      notifyUnlessValidation(e, {
        onReload: async () => {
          const fresh = await onReload();
          if (fresh) reset(toDraft(fresh), fresh.version);
          save.reset();
        },
      }),
  });

  const submit = () => {
    const errs = { title: draft.title.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.title) return;
    save.mutate(draft);
  };

  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, ["title", "status", "personaId", "description"]);

  const personaOptions = (personas.data ?? []).map((p) => ({ value: p.id, label: p.name }));
  // The journey's persona may not be in the list yet (still loading): show it anyway.
  if (journey.persona && !personaOptions.some((o) => o.value === journey.persona?.id)) {
    personaOptions.unshift({ value: journey.persona.id, label: journey.persona.name });
  }

  return (
    <Card data-testid="journey-header">
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={600}>{t("journey.header")}</Text>
          {dirty && (
            <Text size="xs" c="yellow.8">
              {t("common.unsavedChanges")}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <TextInput
            label={t("journeys.fieldTitle")}
            value={draft.title}
            onChange={(e) => set({ title: e.currentTarget.value })}
            readOnly={!canEdit}
            required={canEdit}
            error={fe("title")}
          />
          <Select
            label={t("journeys.fieldPersona")}
            placeholder={t("journeys.noPersona")}
            data={personaOptions}
            value={draft.personaId}
            onChange={(v) => set({ personaId: v })}
            clearable={canEdit}
            searchable
            readOnly={!canEdit}
            error={fe("personaId")}
          />
          <Input.Wrapper label={t("journeys.fieldStatus")} error={fe("status")}>
            <SegmentedControl
              fullWidth
              value={draft.status}
              onChange={(v) => set({ status: v as JourneyStatus })}
              readOnly={!canEdit}
              color={draft.status === "published" ? "teal" : undefined}
              data={JOURNEY_STATUSES.map((s) => ({ value: s, label: t(`enums.status.${s}`) }))}
            />
          </Input.Wrapper>
        </SimpleGrid>
        <Textarea
          label={t("journeys.fieldDescription")}
          value={draft.description}
          onChange={(e) => set({ description: e.currentTarget.value })}
          readOnly={!canEdit}
          autosize
          minRows={2}
          maxRows={8}
          error={fe("description")}
        />
        {other.length > 0 && (
          <Alert color="red" variant="light">
            {other.join(" · ")}
          </Alert>
        )}
        {canEdit && (
          <Group justify="flex-end">
            <Button
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={submit}
              loading={save.isPending}
              disabled={!dirty}
              variant={dirty ? "filled" : "light"}
            >
              {t("journey.saveHeader")}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
