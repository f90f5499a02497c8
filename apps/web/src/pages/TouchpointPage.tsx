import {
  ActionIcon,
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Grid,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  Rating,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import type { Channel, Element, Target, Touchpoint, UpdateTouchpointInput } from "@motmap/core";
import { CHANNELS, ELEMENTS, TARGET_OPERATORS } from "@motmap/core";
import {
  IconArrowLeft,
  IconCircleCheck,
  IconCircleX,
  IconDeviceFloppy,
  IconMapQuestion,
  IconPlus,
  IconTarget,
  IconX,
} from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError, api, hospitalPath } from "../api/client.ts";
import { invalidateJourney, keys, useDepartments, useJourney, useTouchpoint } from "../api/queries.ts";
import { ChannelIcon, channelIcon, ElementBadge } from "../components/badges.tsx";
import { CommentThread } from "../components/comments/CommentThread.tsx";
import { PainPointList } from "../components/journey/PainPointList.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, PageSkeleton } from "../components/states.tsx";
import { fieldErrors, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../lib/errors.tsx";
import { formatDateTime, linesToText, textToLines } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { useDraft } from "../lib/useDraft.ts";

interface TargetDraft {
  label: string;
  operator: Target["operator"];
  value: number | string;
  unit: string;
}

interface TouchpointDraft {
  name: string;
  moment: string;
  channel: Channel;
  element: Element;
  departmentIds: string[];
  serviceStandard: string;
  script: string;
  dos: string;
  donts: string;
  targets: TargetDraft[];
  importance: number | null;
  stageId: string;
}

const toDraft = (tp: Touchpoint): TouchpointDraft => ({
  name: tp.name,
  moment: tp.moment,
  channel: tp.channel,
  element: tp.element,
  departmentIds: [...tp.departmentIds],
  serviceStandard: tp.serviceStandard,
  script: tp.script,
  dos: linesToText(tp.dos),
  donts: linesToText(tp.donts),
  targets: tp.targets.map((x) => ({ ...x })),
  importance: tp.importance,
  stageId: tp.stageId,
});

const OPERATOR_LABEL: Record<Target["operator"], string> = { "<=": "≤", ">=": "≥", "=": "=" };

/** Warn before closing the tab with unsaved edits. */
function useBeforeUnload(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const handler = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, [active]);
}

export function TouchpointPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const { journeyId = "", touchpointId = "" } = useParams();
  const touchpoint = useTouchpoint(hid, touchpointId);
  const journey = useJourney(hid, journeyId);

  if (touchpoint.isPending) return <PageSkeleton />;
  if (touchpoint.isError) {
    if (touchpoint.error instanceof ApiError && touchpoint.error.status === 404) {
      return (
        <EmptyBlock
          icon={<IconMapQuestion size={28} />}
          title={t("touchpoint.notFound")}
          action={
            <Button component={Link} to={`/h/${hid}/journeys/${journeyId}`} variant="light">
              {t("touchpoint.backToJourney")}
            </Button>
          }
        />
      );
    }
    return <ErrorState error={touchpoint.error} onRetry={() => void touchpoint.refetch()} />;
  }
  return (
    <TouchpointEditor
      key={touchpoint.data.id}
      hid={hid}
      journeyId={journeyId}
      tp={touchpoint.data}
      journey={journey.data}
      canEdit={canEdit}
      reload={async () => (await touchpoint.refetch()).data}
    />
  );
}

function TouchpointEditor({
  hid,
  journeyId,
  tp,
  journey,
  canEdit,
  reload,
}: {
  hid: string;
  journeyId: string;
  tp: Touchpoint;
  journey: ReturnType<typeof useJourney>["data"];
  canEdit: boolean;
  reload: () => Promise<Touchpoint | undefined>;
}) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const { membership } = useHospitalContext();
  const departments = useDepartments(hid);
  const { draft, set, reset, dirty, baseVersion } = useDraft(toDraft(tp), tp.version);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  useBeforeUnload(dirty);

  const save = useMutation({
    mutationFn: (d: TouchpointDraft) => {
      const body: UpdateTouchpointInput = {
        version: baseVersion,
        name: d.name.trim(),
        moment: d.moment,
        channel: d.channel,
        element: d.element,
        departmentIds: d.departmentIds,
        serviceStandard: d.serviceStandard,
        script: d.script,
        dos: textToLines(d.dos),
        donts: textToLines(d.donts),
        targets: d.targets.map((x) => ({
          label: x.label.trim(),
          operator: x.operator,
          value: Number(x.value),
          unit: x.unit.trim(),
        })),
        importance: d.importance,
      };
      // Sending stageId moves the touchpoint (to the end of that stage): only when it really changes.
      if (d.stageId !== tp.stageId) body.stageId = d.stageId;
      return api.patch<Touchpoint>(hospitalPath(hid, `/touchpoints/${tp.id}`), body);
    },
    onSuccess: async (saved) => {
      qc.setQueryData(keys.touchpoint(hid, saved.id), saved);
      reset(toDraft(saved), saved.version);
      notifySuccess(t("touchpoint.saved"));
      await invalidateJourney(qc, hid, journeyId);
    },
    onError: (e) =>
      notifyUnlessValidation(e, {
        onReload: async () => {
          const fresh = await reload();
          if (fresh) reset(toDraft(fresh), fresh.version);
          save.reset();
          setLocal({});
        },
      }),
  });

  const submit = () => {
    const errs: Record<string, string | undefined> = { name: draft.name.trim() ? undefined : t("errors.required") };
    draft.targets.forEach((x, i) => {
      if (!x.label.trim()) errs[`targets.${i}.label`] = t("errors.required");
      if (x.value === "" || !Number.isFinite(Number(x.value))) errs[`targets.${i}.value`] = t("errors.required");
    });
    setLocal(errs);
    if (Object.values(errs).some(Boolean)) return;
    save.mutate(draft);
  };

  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, [
    "name",
    "moment",
    "channel",
    "element",
    "departmentIds",
    "serviceStandard",
    "script",
    "dos",
    "donts",
    "targets",
    "importance",
    "stageId",
  ]);

  const setTarget = (i: number, patch: Partial<TargetDraft>) =>
    set({ targets: draft.targets.map((x, j) => (j === i ? { ...x, ...patch } : x)) });

  const stages = journey?.stages ?? [];
  const stage = stages.find((s) => s.id === tp.stageId);
  const backHref = `/h/${hid}/journeys/${journeyId}?stage=${tp.stageId}`;
  const painPoints = (journey?.painPoints ?? []).filter((p) => p.touchpointId === tp.id);

  const deptOptions = (departments.data ?? []).map((d) => ({
    value: d.id,
    label: i18n.language === "en" && d.nameEn ? d.nameEn : d.name,
  }));
  for (const id of draft.departmentIds) {
    if (!deptOptions.some((o) => o.value === id)) deptOptions.push({ value: id, label: id.slice(0, 8) });
  }

  const saveButton = canEdit && (
    <Button
      leftSection={<IconDeviceFloppy size={18} />}
      onClick={submit}
      loading={save.isPending}
      disabled={!dirty}
      variant={dirty ? "filled" : "light"}
      data-testid="save-touchpoint"
    >
      {t("touchpoint.saveTouchpoint")}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/h/${hid}/journeys`} size="sm">
          {t("nav.journeys")}
        </Anchor>
        <Anchor component={Link} to={backHref} size="sm" truncate maw={320}>
          {journey?.title ?? "…"}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={320}>
          {tp.name}
        </Text>
      </Breadcrumbs>

      <PageHeader
        title={
          <Group gap="sm" wrap="nowrap">
            <ChannelIcon channel={tp.channel} size={36} />
            <span data-testid="touchpoint-title">{tp.name}</span>
          </Group>
        }
        subtitle={
          <Group gap="xs">
            <ElementBadge element={tp.element} />
            <Text size="sm" c="dimmed">
              {[
                stage ? `${t(`enums.phase.${stage.phase}`)} · ${stage.name}` : null,
                t("touchpoint.updatedAt", { when: formatDateTime(tp.updatedAt) }),
              ]
                .filter(Boolean)
                .join("  ·  ")}
            </Text>
          </Group>
        }
        readOnly={!canEdit}
        actions={
          <>
            <Button component={Link} to={backHref} variant="default" leftSection={<IconArrowLeft size={16} />}>
              {t("touchpoint.backToJourney")}
            </Button>
            {saveButton}
          </>
        }
      />

      {dirty && canEdit && (
        <Alert color="yellow" variant="light" py="xs">
          {t("common.unsavedChanges")}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="lg">
            <Card>
              <Stack gap="md">
                <Title order={4}>{t("touchpoint.basics")}</Title>
                <TextInput
                  label={t("touchpoint.name")}
                  value={draft.name}
                  onChange={(e) => set({ name: e.currentTarget.value })}
                  readOnly={!canEdit}
                  required={canEdit}
                  error={fe("name")}
                />
                <Textarea
                  label={t("touchpoint.moment")}
                  placeholder={canEdit ? t("touchpoint.momentPlaceholder") : undefined}
                  value={draft.moment}
                  onChange={(e) => set({ moment: e.currentTarget.value })}
                  readOnly={!canEdit}
                  autosize
                  minRows={2}
                  error={fe("moment")}
                />
                <Input.Wrapper label={t("touchpoint.channel")} error={fe("channel")}>
                  <SegmentedControl
                    fullWidth
                    value={draft.channel}
                    onChange={(v) => set({ channel: v as Channel })}
                    readOnly={!canEdit}
                    data={CHANNELS.map((c) => ({
                      value: c,
                      label: (
                        <Group gap={6} justify="center" wrap="nowrap">
                          {channelIcon(c)}
                          <span>{t(`enums.channel.${c}`)}</span>
                        </Group>
                      ),
                    }))}
                  />
                </Input.Wrapper>
                <Input.Wrapper label={t("touchpoint.element")} error={fe("element")}>
                  <SegmentedControl
                    fullWidth
                    value={draft.element}
                    onChange={(v) => set({ element: v as Element })}
                    readOnly={!canEdit}
                    data={ELEMENTS.map((c) => ({ value: c, label: t(`enums.element.${c}`) }))}
                  />
                </Input.Wrapper>
                <Select
                  label={t("touchpoint.stage")}
                  description={canEdit ? t("touchpoint.stageHint") : undefined}
                  data={stages.map((s) => ({ value: s.id, label: `${t(`enums.phase.${s.phase}`)} · ${s.name}` }))}
                  value={draft.stageId}
                  onChange={(v) => v && set({ stageId: v })}
                  readOnly={!canEdit}
                  allowDeselect={false}
                  error={fe("stageId")}
                />
              </Stack>
            </Card>

            <Card>
              <Stack gap="md">
                <Title order={4}>{t("touchpoint.standards")}</Title>
                <Textarea
                  label={t("touchpoint.serviceStandard")}
                  placeholder={canEdit ? t("touchpoint.serviceStandardPlaceholder") : undefined}
                  value={draft.serviceStandard}
                  onChange={(e) => set({ serviceStandard: e.currentTarget.value })}
                  readOnly={!canEdit}
                  autosize
                  minRows={3}
                  error={fe("serviceStandard")}
                  data-testid="service-standard"
                />
                <Textarea
                  label={t("touchpoint.script")}
                  placeholder={canEdit ? t("touchpoint.scriptPlaceholder") : undefined}
                  value={draft.script}
                  onChange={(e) => set({ script: e.currentTarget.value })}
                  readOnly={!canEdit}
                  autosize
                  minRows={2}
                  error={fe("script")}
                />
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <Textarea
                    label={
                      <Group gap={4} component="span">
                        <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" />
                        {t("touchpoint.dos")}
                      </Group>
                    }
                    description={canEdit ? t("common.onePerLine") : undefined}
                    value={draft.dos}
                    onChange={(e) => set({ dos: e.currentTarget.value })}
                    readOnly={!canEdit}
                    autosize
                    minRows={3}
                    error={fe("dos")}
                  />
                  <Textarea
                    label={
                      <Group gap={4} component="span">
                        <IconCircleX size={16} color="var(--mantine-color-red-7)" />
                        {t("touchpoint.donts")}
                      </Group>
                    }
                    description={canEdit ? t("common.onePerLine") : undefined}
                    value={draft.donts}
                    onChange={(e) => set({ donts: e.currentTarget.value })}
                    readOnly={!canEdit}
                    autosize
                    minRows={3}
                    error={fe("donts")}
                  />
                </SimpleGrid>
              </Stack>
            </Card>

            <Card>
              <Stack gap="md">
                <Group justify="space-between">
                  <Group gap="xs">
                    <IconTarget size={20} color="var(--mantine-color-motmap-7)" />
                    <Title order={4}>{t("touchpoint.targetsTitle")}</Title>
                  </Group>
                  {canEdit && (
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconPlus size={14} />}
                      onClick={() =>
                        set({ targets: [...draft.targets, { label: "", operator: "<=", value: "", unit: "" }] })
                      }
                      disabled={draft.targets.length >= 20}
                    >
                      {t("touchpoint.addTarget")}
                    </Button>
                  )}
                </Group>
                {draft.targets.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {t("touchpoint.noTargets")}
                  </Text>
                )}
                {draft.targets.map((x, i) => (
                  <Group
                    // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; position is their identity
                    key={i}
                    gap="sm"
                    align="flex-start"
                    wrap="nowrap"
                    data-testid="target-row"
                  >
                    <TextInput
                      style={{ flex: 1 }}
                      label={i === 0 ? t("touchpoint.targetLabel") : undefined}
                      aria-label={t("touchpoint.targetLabel")}
                      placeholder={t("touchpoint.targetLabelPlaceholder")}
                      value={x.label}
                      onChange={(e) => setTarget(i, { label: e.currentTarget.value })}
                      readOnly={!canEdit}
                      error={fe(`targets.${i}.label`)}
                    />
                    <Select
                      w={84}
                      label={i === 0 ? t("touchpoint.targetOperator") : undefined}
                      aria-label={t("touchpoint.targetOperator")}
                      data={TARGET_OPERATORS.map((o) => ({ value: o, label: OPERATOR_LABEL[o] }))}
                      value={x.operator}
                      onChange={(v) => v && setTarget(i, { operator: v as Target["operator"] })}
                      readOnly={!canEdit}
                      allowDeselect={false}
                      error={fe(`targets.${i}.operator`)}
                    />
                    <NumberInput
                      w={110}
                      label={i === 0 ? t("touchpoint.targetValue") : undefined}
                      aria-label={t("touchpoint.targetValue")}
                      value={x.value}
                      onChange={(v) => setTarget(i, { value: v })}
                      readOnly={!canEdit}
                      hideControls
                      error={fe(`targets.${i}.value`)}
                    />
                    <TextInput
                      w={90}
                      label={i === 0 ? t("touchpoint.targetUnit") : undefined}
                      aria-label={t("touchpoint.targetUnit")}
                      placeholder={t("touchpoint.targetUnitPlaceholder")}
                      value={x.unit}
                      onChange={(e) => setTarget(i, { unit: e.currentTarget.value })}
                      readOnly={!canEdit}
                      error={fe(`targets.${i}.unit`)}
                    />
                    {canEdit && (
                      <Tooltip label={t("touchpoint.removeTarget")}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          mt={i === 0 ? 28 : 4}
                          aria-label={t("touchpoint.removeTarget")}
                          onClick={() => set({ targets: draft.targets.filter((_, j) => j !== i) })}
                        >
                          <IconX size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                ))}
              </Stack>
            </Card>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="lg">
            <Card>
              <Stack gap="md">
                <Input.Wrapper
                  label={t("touchpoint.importance")}
                  description={t("touchpoint.importanceHint")}
                  error={fe("importance")}
                >
                  <Group gap="sm" mt={6}>
                    <Rating
                      count={5}
                      size="lg"
                      value={draft.importance ?? 0}
                      onChange={(v) => set({ importance: v || null })}
                      readOnly={!canEdit}
                      aria-label={t("touchpoint.importance")}
                    />
                    <Text size="sm" fw={500}>
                      {draft.importance ? `${draft.importance} / 5` : t("touchpoint.importanceNone")}
                    </Text>
                    {canEdit && draft.importance !== null && (
                      <Anchor
                        component="button"
                        type="button"
                        size="xs"
                        c="dimmed"
                        onClick={() => set({ importance: null })}
                      >
                        {t("touchpoint.clearImportance")}
                      </Anchor>
                    )}
                  </Group>
                </Input.Wrapper>
                <MultiSelect
                  label={t("touchpoint.departments")}
                  placeholder={
                    canEdit && draft.departmentIds.length === 0 ? t("touchpoint.departmentsPlaceholder") : undefined
                  }
                  data={deptOptions}
                  value={draft.departmentIds}
                  onChange={(v) => set({ departmentIds: v })}
                  readOnly={!canEdit}
                  searchable
                  clearable={canEdit}
                  error={fe("departmentIds")}
                  description={
                    departments.data && departments.data.length === 0 ? t("touchpoint.noDepartments") : undefined
                  }
                />
              </Stack>
            </Card>
            <Card>
              {journey && stage ? (
                <PainPointList
                  hid={hid}
                  target={{
                    journeyId,
                    stageId: stage.id,
                    stageName: stage.name,
                    touchpoints: [tp],
                    touchpointId: tp.id,
                  }}
                  painPoints={painPoints}
                  touchpoints={[tp]}
                  canEdit={canEdit}
                  onChanged={() => invalidateJourney(qc, hid, journeyId)}
                  compact
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t("common.loading")}
                </Text>
              )}
            </Card>
            <Card>
              <CommentThread
                hospitalId={hid}
                journeyId={journeyId}
                touchpointId={tp.id}
                canComment={membership !== null}
              />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>

      {other.length > 0 && (
        <Alert color="red" variant="light">
          {other.join(" · ")}
        </Alert>
      )}
      {canEdit && <Group justify="flex-end">{saveButton}</Group>}
    </Stack>
  );
}
