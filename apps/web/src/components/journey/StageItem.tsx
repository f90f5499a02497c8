import {
  Accordion,
  ActionIcon,
  Alert,
  Badge,
  Button,
  Divider,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { PainPoint, Phase, Stage, UpdateStageInput } from "@motmap/core";
import { PHASES } from "@motmap/core";
import { IconArrowDown, IconArrowUp, IconDeviceFloppy, IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import type { StageWithTouchpoints } from "../../api/types.ts";
import { fieldErrors, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../../lib/errors.tsx";
import { linesToText, textToLines } from "../../lib/format.ts";
import { useHospitalContext } from "../../lib/hospital.ts";
import { useDraft } from "../../lib/useDraft.ts";
import { CommentThread } from "../comments/CommentThread.tsx";
import { EmotionFace, EmotionInput, emotionLabel } from "../EmotionInput.tsx";
import { PainPointList } from "./PainPointList.tsx";
import { TouchpointList } from "./TouchpointList.tsx";

interface StageDraft {
  phase: Phase;
  name: string;
  goal: string;
  actions: string;
  thoughts: string;
  emotion: number;
  opportunities: string;
}

const toDraft = (s: Stage): StageDraft => ({
  phase: s.phase,
  name: s.name,
  goal: s.goal,
  actions: linesToText(s.actions),
  thoughts: linesToText(s.thoughts),
  emotion: s.emotion,
  opportunities: linesToText(s.opportunities),
});

export function StageItem({
  hid,
  journeyId,
  stage,
  number,
  painPoints,
  canEdit,
  canMoveUp,
  canMoveDown,
  onMove,
  onDelete,
  onSaved,
  onChanged,
  onReload,
}: {
  hid: string;
  journeyId: string;
  stage: StageWithTouchpoints;
  number: number;
  painPoints: PainPoint[];
  canEdit: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onMove: (delta: -1 | 1) => void;
  onDelete: () => void;
  onSaved: (s: Stage, before: Stage) => void | Promise<void>;
  onChanged: () => void | Promise<void>;
  onReload: () => Promise<StageWithTouchpoints | undefined>;
}) {
  const { t } = useTranslation();
  const { membership } = useHospitalContext();
  const { draft, set, reset, dirty, baseVersion } = useDraft(toDraft(stage), stage.version);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  const save = useMutation({
    mutationFn: (d: StageDraft) => {
      const body: UpdateStageInput = {
        version: baseVersion,
        phase: d.phase,
        name: d.name.trim(),
        goal: d.goal,
        actions: textToLines(d.actions),
        thoughts: textToLines(d.thoughts),
        emotion: d.emotion,
        opportunities: textToLines(d.opportunities),
      };
      return api.patch<Stage>(hospitalPath(hid, `/stages/${stage.id}`), body);
    },
    onSuccess: async (s) => {
      reset(toDraft(s), s.version);
      notifySuccess(t("journey.stageSaved"));
      await onSaved(s, stage);
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
    const errs = { name: draft.name.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.name) return;
    save.mutate(draft);
  };

  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, [
    "phase",
    "name",
    "goal",
    "actions",
    "thoughts",
    "emotion",
    "opportunities",
  ]);

  const painCounts = new Map<string, number>();
  for (const p of painPoints)
    if (p.touchpointId) painCounts.set(p.touchpointId, (painCounts.get(p.touchpointId) ?? 0) + 1);
  const tpPreview = stage.touchpoints.map((tp) => tp.name).join(" · ");

  return (
    <Accordion.Item value={stage.id} data-testid="stage-item">
      <Group wrap="nowrap" gap={0} pr="sm">
        <Accordion.Control aria-label={stage.name} style={{ flex: 1, minWidth: 0 }}>
          <Group wrap="nowrap" gap="md">
            <Badge size="lg" circle variant="light">
              {number}
            </Badge>
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Group gap="xs" wrap="nowrap">
                <Text fw={600} truncate>
                  {stage.name}
                </Text>
                {dirty && (
                  <Badge size="xs" color="yellow" variant="light">
                    {t("common.unsavedChanges")}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {t("journey.stageCollapsedSummary", {
                  touchpoints: stage.touchpoints.length,
                  painPoints: painPoints.length,
                })}
                {tpPreview && ` — ${tpPreview}`}
              </Text>
            </Stack>
            <Tooltip label={emotionLabel(stage.emotion, t)}>
              <Group gap={4} wrap="nowrap">
                <EmotionFace score={stage.emotion} size={26} />
              </Group>
            </Tooltip>
          </Group>
        </Accordion.Control>
        {canEdit && (
          <Group gap={0} wrap="nowrap" ml={4}>
            <Tooltip label={t("common.moveUp")}>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={!canMoveUp}
                aria-label={t("common.moveUp")}
                onClick={() => onMove(-1)}
              >
                <IconArrowUp size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t("common.moveDown")}>
              <ActionIcon
                variant="subtle"
                color="gray"
                disabled={!canMoveDown}
                aria-label={t("common.moveDown")}
                onClick={() => onMove(1)}
              >
                <IconArrowDown size={18} />
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t("common.delete")}>
              <ActionIcon variant="subtle" color="red" aria-label={t("common.delete")} onClick={onDelete}>
                <IconTrash size={18} />
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
      <Accordion.Panel>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" verticalSpacing="lg">
          <Stack gap="sm">
            <Group grow align="flex-start">
              <TextInput
                label={t("journey.stageName")}
                value={draft.name}
                onChange={(e) => set({ name: e.currentTarget.value })}
                readOnly={!canEdit}
                required={canEdit}
                error={fe("name")}
              />
              <Select
                label={t("journey.phase")}
                data={PHASES.map((p) => ({ value: p, label: t(`enums.phase.${p}`) }))}
                value={draft.phase}
                onChange={(v) => v && set({ phase: v as Phase })}
                readOnly={!canEdit}
                allowDeselect={false}
                error={fe("phase")}
              />
            </Group>
            <Textarea
              label={t("journey.goal")}
              placeholder={canEdit ? t("journey.goalPlaceholder") : undefined}
              value={draft.goal}
              onChange={(e) => set({ goal: e.currentTarget.value })}
              readOnly={!canEdit}
              autosize
              minRows={1}
              error={fe("goal")}
            />
            <EmotionInput value={draft.emotion} onChange={(v) => set({ emotion: v })} disabled={!canEdit} />
            <Textarea
              label={t("journey.actions")}
              description={canEdit ? t("common.onePerLine") : undefined}
              value={draft.actions}
              onChange={(e) => set({ actions: e.currentTarget.value })}
              readOnly={!canEdit}
              autosize
              minRows={2}
              error={fe("actions")}
            />
            <Textarea
              label={t("journey.thoughts")}
              description={canEdit ? t("common.onePerLine") : undefined}
              value={draft.thoughts}
              onChange={(e) => set({ thoughts: e.currentTarget.value })}
              readOnly={!canEdit}
              autosize
              minRows={2}
              error={fe("thoughts")}
            />
            <Textarea
              label={t("journey.opportunities")}
              description={canEdit ? t("common.onePerLine") : undefined}
              value={draft.opportunities}
              onChange={(e) => set({ opportunities: e.currentTarget.value })}
              readOnly={!canEdit}
              autosize
              minRows={2}
              error={fe("opportunities")}
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
                  {t("journey.saveStage")}
                </Button>
              </Group>
            )}
          </Stack>
          <Stack gap="lg">
            <TouchpointList
              hid={hid}
              journeyId={journeyId}
              stage={stage}
              painPointCounts={painCounts}
              canEdit={canEdit}
              onChanged={onChanged}
            />
            <Divider />
            <PainPointList
              hid={hid}
              target={{ journeyId, stageId: stage.id, stageName: stage.name, touchpoints: stage.touchpoints }}
              painPoints={painPoints}
              touchpoints={stage.touchpoints}
              canEdit={canEdit}
              onChanged={onChanged}
            />
            <Divider />
            <CommentThread hospitalId={hid} journeyId={journeyId} stageId={stage.id} canComment={membership !== null} />
          </Stack>
        </SimpleGrid>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
