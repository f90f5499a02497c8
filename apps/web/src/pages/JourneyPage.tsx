import { Accordion, Anchor, Breadcrumbs, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import type { Journey, Phase, Stage } from "@motmap/core";
import { PHASES } from "@motmap/core";
import { IconMapQuestion, IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError, api, hospitalPath } from "../api/client.ts";
import { invalidateJourney, keys, useJourney } from "../api/queries.ts";
import type { JourneyDetail, StageWithTouchpoints } from "../api/types.ts";
import { StatusBadge } from "../components/badges.tsx";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";
import { JourneyExtraActions } from "../components/export/JourneyExtraActions.tsx";
import { AddStageModal } from "../components/journey/AddStageModal.tsx";
import { JourneyHeaderCard } from "../components/journey/JourneyHeaderCard.tsx";
import { StageItem } from "../components/journey/StageItem.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, PageSkeleton } from "../components/states.tsx";
import { VariantBadge } from "../components/templates/VariantBadge.tsx";
import { notifyError, notifySuccess } from "../lib/errors.tsx";
import { moved } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { MapViewButton } from "../map/MapViewButton.tsx";

export const phaseColors: Record<Phase, string> = { before: "blue", during: "motmap", after: "grape" };

/** Stages sorted by phase, keeping their order within a phase. */
function phaseSorted<T extends { phase: Phase }>(stages: T[]): T[] {
  return PHASES.flatMap((p) => stages.filter((s) => s.phase === p));
}

export function JourneyPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const { journeyId = "" } = useParams();
  const [search] = useSearchParams();
  const qc = useQueryClient();
  const journey = useJourney(hid, journeyId);
  const [open, setOpen] = useState<string[]>(() => {
    const s = search.get("stage");
    return s ? [s] : [];
  });
  const [addingTo, setAddingTo] = useState<Phase | null>(null);
  const [deleting, setDeleting] = useState<Stage | null>(null);

  const key = keys.journey(hid, journeyId);
  const refresh = () => invalidateJourney(qc, hid, journeyId);

  const reorder = useMutation({
    mutationFn: (ids: string[]) => api.post(hospitalPath(hid, `/journeys/${journeyId}/stages/reorder`), { ids }),
    onMutate: (ids) => {
      qc.setQueryData<JourneyDetail>(key, (old) =>
        old
          ? {
              ...old,
              stages: ids
                .map((id) => old.stages.find((s) => s.id === id))
                .filter((s): s is StageWithTouchpoints => !!s),
            }
          : old,
      );
    },
    onSettled: () => refresh(),
    onError: (e) => notifyError(e),
  });

  const removeStage = useMutation({
    mutationFn: (s: Stage) => api.delete(hospitalPath(hid, `/stages/${s.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t("common.deleted"));
      await refresh();
    },
    onError: (e) => notifyError(e),
  });

  if (journey.isPending) return <PageSkeleton />;
  if (journey.isError) {
    if (journey.error instanceof ApiError && journey.error.status === 404) {
      return (
        <EmptyBlock
          icon={<IconMapQuestion size={28} />}
          title={t("journey.notFound")}
          action={
            <Button component={Link} to={`/h/${hid}/journeys`} variant="light">
              {t("journey.back")}
            </Button>
          }
        />
      );
    }
    return <ErrorState error={journey.error} onRetry={() => void journey.refetch()} />;
  }

  const j = journey.data;
  const stages = phaseSorted(j.stages);
  const touchpointCount = stages.reduce((n, s) => n + s.touchpoints.length, 0);

  const painPointsOf = (s: StageWithTouchpoints) => {
    const tpIds = new Set(s.touchpoints.map((tp) => tp.id));
    return j.painPoints.filter((p) => (p.touchpointId ? tpIds.has(p.touchpointId) : p.stageId === s.id));
  };

  const moveStage = (stage: Stage, delta: -1 | 1) => {
    const groups = PHASES.map((p) => stages.filter((s) => s.phase === p));
    const gi = PHASES.indexOf(stage.phase);
    const g = groups[gi] ?? [];
    groups[gi] = moved(
      g,
      g.findIndex((s) => s.id === stage.id),
      delta,
    );
    reorder.mutate(groups.flat().map((s) => s.id));
  };

  const onStageSaved = async (saved: Stage, before: Stage) => {
    qc.setQueryData<JourneyDetail>(key, (old) =>
      old ? { ...old, stages: old.stages.map((s) => (s.id === saved.id ? { ...s, ...saved } : s)) } : old,
    );
    if (saved.phase !== before.phase) {
      // Keep positions in phase order so the map reads before → during → after.
      const current = (qc.getQueryData<JourneyDetail>(key)?.stages ?? [])
        .slice()
        .sort((a, b) => a.position - b.position);
      const sorted = phaseSorted(current);
      if (sorted.some((s, i) => s.id !== current[i]?.id)) {
        try {
          await api.post(hospitalPath(hid, `/journeys/${journeyId}/stages/reorder`), { ids: sorted.map((s) => s.id) });
          notifySuccess(t("journey.phaseOrderFixed"));
        } catch (e) {
          notifyError(e);
        }
      }
    }
    await refresh();
  };

  const reloadStage = (id: string) => async () => {
    const r = await journey.refetch();
    return r.data?.stages.find((s) => s.id === id);
  };

  const addPosition = (phase: Phase) => stages.filter((s) => PHASES.indexOf(s.phase) <= PHASES.indexOf(phase)).length;

  let number = 0;

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/h/${hid}/journeys`} size="sm">
          {t("nav.journeys")}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={420}>
          {j.title}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={
          <Group gap="sm">
            <span data-testid="journey-title">{j.title}</span>
            <StatusBadge status={j.status} />
            <VariantBadge variant={j.variant} />
          </Group>
        }
        subtitle={t("journey.stats", {
          stages: stages.length,
          touchpoints: touchpointCount,
          painPoints: j.painPoints.length,
        })}
        readOnly={!canEdit}
        actions={
          <>
            <MapViewButton hospitalId={hid} journeyId={journeyId} />
            <JourneyExtraActions hospitalId={hid} journey={j} canEdit={canEdit} />
          </>
        }
      />
      <JourneyHeaderCard
        hid={hid}
        journey={j}
        canEdit={canEdit}
        onSaved={async (saved: Journey) => {
          qc.setQueryData<JourneyDetail>(key, (old) => (old ? { ...old, ...saved } : old));
          await refresh();
        }}
        onReload={async () => (await journey.refetch()).data}
      />

      <Stack gap={4} mt="sm">
        <Title order={3}>{t("journey.stagesTitle")}</Title>
        <Text size="sm" c="dimmed">
          {t("journey.stagesHint")}
        </Text>
      </Stack>

      {PHASES.map((phase, pi) => {
        const inPhase = stages.filter((s) => s.phase === phase);
        return (
          <Stack key={phase} gap="sm" data-testid={`phase-${phase}`}>
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm" wrap="nowrap">
                <ThemeIcon radius="xl" size={28} color={phaseColors[phase]} variant="filled">
                  <Text size="sm" fw={700} c="white">
                    {pi + 1}
                  </Text>
                </ThemeIcon>
                <Title order={4}>{t(`enums.phase.${phase}`)}</Title>
                <Text size="sm" c="dimmed" visibleFrom="sm">
                  {t(`enums.phaseHint.${phase}`)}
                </Text>
              </Group>
              {canEdit && (
                <Button
                  variant="light"
                  size="xs"
                  color={phaseColors[phase]}
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setAddingTo(phase)}
                >
                  {t("journey.addStage")}
                </Button>
              )}
            </Group>
            {inPhase.length === 0 ? (
              <Paper withBorder p="md" radius="md" style={{ borderStyle: "dashed", background: "transparent" }}>
                <Text size="sm" c="dimmed" ta="center">
                  {t("journey.noStagesInPhase")}
                </Text>
              </Paper>
            ) : (
              <Accordion
                multiple
                variant="separated"
                radius="md"
                value={open}
                onChange={setOpen}
                chevronPosition="left"
                styles={{
                  item: {
                    background: "var(--mantine-color-white)",
                    borderLeft: `4px solid var(--mantine-color-${phaseColors[phase]}-5)`,
                  },
                }}
              >
                {inPhase.map((s, i) => {
                  number += 1;
                  return (
                    <StageItem
                      key={s.id}
                      hid={hid}
                      journeyId={journeyId}
                      stage={s}
                      number={number}
                      painPoints={painPointsOf(s)}
                      canEdit={canEdit}
                      canMoveUp={i > 0 && !reorder.isPending}
                      canMoveDown={i < inPhase.length - 1 && !reorder.isPending}
                      onMove={(d) => moveStage(s, d)}
                      onDelete={() => setDeleting(s)}
                      onSaved={onStageSaved}
                      onChanged={refresh}
                      onReload={reloadStage(s.id)}
                    />
                  );
                })}
              </Accordion>
            )}
          </Stack>
        );
      })}

      <AddStageModal
        hid={hid}
        journeyId={journeyId}
        phase={addingTo}
        position={addingTo ? addPosition(addingTo) : 0}
        onClose={() => setAddingTo(null)}
        onCreated={async (s) => {
          setOpen((o) => [...o, s.id]);
          await refresh();
        }}
      />
      <ConfirmDeleteModal
        opened={deleting !== null}
        name={deleting?.name ?? ""}
        message={deleting ? t("confirm.stageBody", { name: deleting.name }) : undefined}
        loading={removeStage.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && removeStage.mutate(deleting)}
      />
    </Stack>
  );
}
