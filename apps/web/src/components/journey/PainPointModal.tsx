import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea } from "@mantine/core";
import type { Evidence, Frequency, PainPoint, Severity, Touchpoint } from "@motmap/core";
import { EVIDENCES, FREQUENCIES, SEVERITIES } from "@motmap/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { fieldErrors, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../../lib/errors.tsx";

export interface PainPointTarget {
  journeyId: string;
  stageId: string;
  stageName: string;
  touchpoints: Pick<Touchpoint, "id" | "name">[];
  /** Preselected touchpoint when adding from a touchpoint. */
  touchpointId?: string | null;
}

interface Draft {
  description: string;
  severity: Severity;
  frequency: Frequency;
  evidence: Evidence;
  anchor: string; // "stage" or a touchpoint id
}

/** Add or edit a pain point of a stage or of one of its touchpoints. */
export function PainPointModal({
  hid,
  target,
  editing,
  opened,
  onClose,
  onSaved,
  onConflict,
}: {
  hid: string;
  target: PainPointTarget;
  editing: PainPoint | null;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void | Promise<void>;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const initial = (): Draft => ({
    description: editing?.description ?? "",
    severity: editing?.severity ?? "medium",
    frequency: editing?.frequency ?? "occasional",
    evidence: editing?.evidence ?? "hypothesis",
    anchor: editing?.touchpointId ?? target.touchpointId ?? "stage",
  });
  const [draft, setDraft] = useState<Draft>(initial);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [openedFor, setOpenedFor] = useState<string | null>(null);

  // Re-initialise each time the modal opens for another pain point.
  const openKey = opened ? (editing?.id ?? `new:${target.stageId}:${target.touchpointId ?? ""}`) : null;
  if (openKey !== openedFor) {
    setOpenedFor(openKey);
    if (openKey) {
      setDraft(initial());
      setLocal({});
    }
  }

  const save = useMutation({
    mutationFn: (d: Draft) => {
      const anchor =
        d.anchor === "stage"
          ? { stageId: target.stageId, touchpointId: null }
          : { stageId: target.stageId, touchpointId: d.anchor };
      const body = {
        description: d.description.trim(),
        severity: d.severity,
        frequency: d.frequency,
        evidence: d.evidence,
        ...anchor,
      };
      return editing
        ? api.patch<PainPoint>(hospitalPath(hid, `/pain-points/${editing.id}`), { ...body, version: editing.version })
        : api.post<PainPoint>(hospitalPath(hid, `/journeys/${target.journeyId}/pain-points`), body);
    },
    onSuccess: async () => {
      notifySuccess(editing ? t("common.saved") : t("common.created"));
      await onSaved();
      onClose();
    },
    onError: (e) => {
      notifyUnlessValidation(e, {
        onReload: () => {
          onConflict();
          onClose();
        },
      });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = { description: draft.description.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.description) return;
    save.mutate(draft);
  };

  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, [
    "description",
    "severity",
    "frequency",
    "evidence",
    "stageId",
    "touchpointId",
  ]);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t("painPoint.editTitle") : t("painPoint.createTitle")}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Select
            label={t("painPoint.anchor")}
            data={[
              { value: "stage", label: t("painPoint.anchorStage", { stage: target.stageName }) },
              ...target.touchpoints.map((tp) => ({
                value: tp.id,
                label: t("painPoint.anchorTouchpoint", { touchpoint: tp.name }),
              })),
            ]}
            value={draft.anchor}
            onChange={(v) => setDraft({ ...draft, anchor: v ?? "stage" })}
            allowDeselect={false}
            error={fe("touchpointId") ?? fe("stageId")}
          />
          <Textarea
            label={t("painPoint.description")}
            placeholder={t("painPoint.descriptionPlaceholder")}
            value={draft.description}
            onChange={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
            autosize
            minRows={3}
            required
            error={fe("description")}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Select
              label={t("painPoint.severity")}
              data={SEVERITIES.map((s) => ({ value: s, label: t(`enums.severity.${s}`) }))}
              value={draft.severity}
              onChange={(v) => v && setDraft({ ...draft, severity: v as Severity })}
              allowDeselect={false}
              error={fe("severity")}
            />
            <Select
              label={t("painPoint.frequency")}
              data={FREQUENCIES.map((s) => ({ value: s, label: t(`enums.frequency.${s}`) }))}
              value={draft.frequency}
              onChange={(v) => v && setDraft({ ...draft, frequency: v as Frequency })}
              allowDeselect={false}
              error={fe("frequency")}
            />
            <Select
              label={t("painPoint.evidence")}
              data={EVIDENCES.map((s) => ({ value: s, label: t(`enums.evidence.${s}`) }))}
              value={draft.evidence}
              onChange={(v) => v && setDraft({ ...draft, evidence: v as Evidence })}
              allowDeselect={false}
              error={fe("evidence")}
            />
          </SimpleGrid>
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
              {editing ? t("common.save") : t("common.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
