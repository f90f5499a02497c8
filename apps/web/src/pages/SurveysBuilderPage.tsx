import {
  ActionIcon,
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Grid,
  Group,
  Menu,
  Modal,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import type { JourneyDetail, QuestionType, Survey, SurveyDetail, UpdateSurveyInput } from "@motmap/core";
import { QUESTION_TYPES } from "@motmap/core";
import {
  IconArrowDown,
  IconArrowUp,
  IconClipboardX,
  IconDeviceFloppy,
  IconLock,
  IconMessages,
  IconPlus,
  IconQrcode,
  IconSend,
  IconTrash,
} from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError, api, hospitalPath } from "../api/client.ts";
import { keys, useJourneys } from "../api/queries.ts";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, PageSkeleton } from "../components/states.tsx";
import { FhirQuestionnaireDownload } from "../components/surveys/fhir/FhirQuestionnaireDownload.tsx";
import {
  isChoiceType,
  type LinkOption,
  newKey,
  type QuestionDraft,
  QuestionEditor,
} from "../components/surveys/QuestionEditor.tsx";
import { invalidateSurvey, surveyKeys, useSurvey } from "../components/surveys/queries.ts";
import { type PreviewLanguage, SurveyPreview } from "../components/surveys/SurveyPreview.tsx";
import { SurveyStatusBadge } from "../components/surveys/SurveyStatusBadge.tsx";
import { currentLanguage } from "../i18n/index.ts";
import { fieldErrors, notifyError, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../lib/errors.tsx";
import { formatDateTime, moved } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { useDraft } from "../lib/useDraft.ts";

interface SectionDraft {
  key: string;
  title: string;
  titleEn: string;
  questions: QuestionDraft[];
}

interface SurveyDraft {
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  journeyId: string | null;
  sections: SectionDraft[];
}

const toDraft = (s: Survey): SurveyDraft => ({
  title: s.title,
  titleEn: s.titleEn,
  description: s.description,
  descriptionEn: s.descriptionEn,
  journeyId: s.journeyId,
  sections: s.definition.sections.map((sec) => ({
    key: sec.key,
    title: sec.title,
    titleEn: sec.titleEn,
    questions: sec.questions.map((q) => ({
      ...q,
      options: q.options?.map((o) => ({ ...o })),
    })),
  })),
});

/** What the API takes: options only on choice questions, a scale only on satisfaction. */
function toDefinition(sections: SectionDraft[]): UpdateSurveyInput["definition"] {
  return {
    sections: sections.map((s) => ({
      key: s.key,
      title: s.title.trim(),
      titleEn: s.titleEn.trim(),
      questions: s.questions.map((q) => {
        const out: QuestionDraft = {
          key: q.key,
          type: q.type,
          text: q.text.trim(),
          textEn: q.textEn.trim(),
          required: q.required,
          touchpointId: q.touchpointId ?? null,
          stageId: q.stageId ?? null,
        };
        if (q.type === "satisfaction") out.scale = q.scale ?? 5;
        if (isChoiceType(q.type))
          out.options = (q.options ?? []).map((o) => ({ ...o, label: o.label.trim(), labelEn: o.labelEn.trim() }));
        return out;
      }),
    })),
  };
}

function newQuestion(type: QuestionType): QuestionDraft {
  const q: QuestionDraft = { key: newKey("q"), type, text: "", textEn: "", required: false };
  if (type === "satisfaction") q.scale = 5;
  if (isChoiceType(type))
    q.options = [
      { value: newKey("o"), label: "", labelEn: "" },
      { value: newKey("o"), label: "", labelEn: "" },
    ];
  return q;
}

function useBeforeUnload(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const handler = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, [active]);
}

export function SurveysBuilderPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const { surveyId = "" } = useParams();
  const survey = useSurvey(hid, surveyId);

  if (survey.isPending) return <PageSkeleton />;
  if (survey.isError) {
    if (survey.error instanceof ApiError && survey.error.status === 404) {
      return (
        <EmptyBlock
          icon={<IconClipboardX size={28} />}
          title={t("surveys.notFound")}
          action={
            <Button component={Link} to={`/h/${hid}/surveys`} variant="light">
              {t("surveys.back")}
            </Button>
          }
        />
      );
    }
    return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  }
  return (
    <SurveyBuilder
      key={survey.data.id}
      hid={hid}
      survey={survey.data}
      canEdit={canEdit}
      reload={async () => (await survey.refetch()).data}
    />
  );
}

function SurveyBuilder({
  hid,
  survey,
  canEdit,
  reload,
}: {
  hid: string;
  survey: SurveyDetail;
  canEdit: boolean;
  reload: () => Promise<SurveyDetail | undefined>;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const journeys = useJourneys(hid);
  const { draft, set, reset, dirty, baseVersion } = useDraft(toDraft(survey), survey.version);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});
  const [tab, setTab] = useState<string | null>("edit");
  const [previewLang, setPreviewLang] = useState<PreviewLanguage>(currentLanguage());
  const [confirm, setConfirm] = useState<"publish" | "close" | null>(null);
  useBeforeUnload(dirty);

  const journey = useQuery({
    queryKey: keys.journey(hid, draft.journeyId ?? ""),
    queryFn: () => api.get<JourneyDetail>(hospitalPath(hid, `/journeys/${draft.journeyId}`)),
    enabled: !!draft.journeyId,
  });

  const afterChange = async (saved: Survey) => {
    qc.setQueryData<SurveyDetail>(surveyKeys.one(hid, saved.id), (old) => (old ? { ...old, ...saved } : old));
    reset(toDraft(saved), saved.version);
    setLocal({});
    await invalidateSurvey(qc, hid, saved.id);
  };

  const onReload = async () => {
    const fresh = await reload();
    if (fresh) reset(toDraft(fresh), fresh.version);
    save.reset();
    setLocal({});
  };

  const save = useMutation({
    mutationFn: (d: SurveyDraft) =>
      api.patch<Survey>(hospitalPath(hid, `/surveys/${survey.id}`), {
        version: baseVersion,
        title: d.title.trim(),
        titleEn: d.titleEn.trim(),
        description: d.description,
        descriptionEn: d.descriptionEn,
        journeyId: d.journeyId,
        definition: toDefinition(d.sections),
      } satisfies UpdateSurveyInput),
    onSuccess: async (saved) => {
      await afterChange(saved);
      notifySuccess(t("surveys.saved"));
    },
    onError: (e) => notifyUnlessValidation(e, { onReload }),
  });

  const nextVersion = Math.max(0, ...survey.versions.map((v) => v.number)) + 1;

  const publish = useMutation({
    mutationFn: () => api.post<Survey>(hospitalPath(hid, `/surveys/${survey.id}/publish`)),
    onSuccess: async (saved) => {
      setConfirm(null);
      await afterChange(saved);
      notifySuccess(t("surveys.published", { n: saved.publishedVersion ?? nextVersion }));
    },
    onError: (e) => {
      setConfirm(null);
      notifyError(e, { onReload });
    },
  });

  const close = useMutation({
    mutationFn: () => api.post<Survey>(hospitalPath(hid, `/surveys/${survey.id}/close`)),
    onSuccess: async (saved) => {
      setConfirm(null);
      await afterChange(saved);
      notifySuccess(t("surveys.closed"));
    },
    onError: (e) => {
      setConfirm(null);
      notifyError(e, { onReload });
    },
  });

  const submit = () => {
    const errs: Record<string, string | undefined> = { title: draft.title.trim() ? undefined : t("errors.required") };
    draft.sections.forEach((s, si) => {
      s.questions.forEach((q, qi) => {
        const at = `definition.sections.${si}.questions.${qi}`;
        if (!q.text.trim()) errs[`${at}.text`] = t("errors.required");
        (q.options ?? []).forEach((o, k) => {
          if (isChoiceType(q.type) && !o.label.trim()) errs[`${at}.options.${k}.label`] = t("errors.required");
        });
      });
    });
    setLocal(errs);
    if (Object.values(errs).some(Boolean)) return;
    save.mutate(draft);
  };

  const fe = fieldErrors(save.error, local);
  const other = unplacedIssues(save.error, [
    "title",
    "titleEn",
    "description",
    "descriptionEn",
    "journeyId",
    ...draft.sections.flatMap((s, si) => [
      `definition.sections.${si}.title`,
      `definition.sections.${si}.titleEn`,
      ...s.questions.map((_, qi) => `definition.sections.${si}.questions.${qi}`),
    ]),
  ]);

  const setSection = (si: number, patch: Partial<SectionDraft>) =>
    set({ sections: draft.sections.map((s, j) => (j === si ? { ...s, ...patch } : s)) });
  const setQuestion = (si: number, qi: number, patch: Partial<QuestionDraft>) => {
    const sec = draft.sections[si];
    if (sec) setSection(si, { questions: sec.questions.map((q, j) => (j === qi ? { ...q, ...patch } : q)) });
  };

  const stages = journey.data?.stages ?? [];
  const linkData: LinkOption[] = stages.map((s) => ({
    group: s.name,
    items: [
      { value: `stage:${s.id}`, label: t("surveys.stagePrefix", { name: s.name }) },
      ...s.touchpoints.map((tp) => ({ value: `tp:${tp.id}`, label: tp.name })),
    ],
  }));
  const stageOfTouchpoint = (id: string) => stages.find((s) => s.touchpoints.some((tp) => tp.id === id))?.id ?? null;

  const saveButton = canEdit && (
    <Button
      leftSection={<IconDeviceFloppy size={18} />}
      onClick={submit}
      loading={save.isPending}
      disabled={!dirty}
      variant={dirty ? "filled" : "light"}
      data-testid="save-survey"
    >
      {t("surveys.save")}
    </Button>
  );

  const displayTitle = currentLanguage() === "en" && survey.titleEn ? survey.titleEn : survey.title;

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/h/${hid}/surveys`} size="sm">
          {t("surveys.back")}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={420}>
          {displayTitle}
        </Text>
      </Breadcrumbs>

      <PageHeader
        title={<span data-testid="survey-title">{displayTitle}</span>}
        subtitle={
          <Group gap="xs">
            <SurveyStatusBadge status={survey.status} />
            <Text size="sm" c="dimmed">
              {[
                survey.publishedVersion ? t("surveys.versionRow", { n: survey.publishedVersion }) : null,
                t("surveys.responseCount", { count: survey.responseCount }),
                formatDateTime(survey.updatedAt),
              ]
                .filter(Boolean)
                .join("  ·  ")}
            </Text>
          </Group>
        }
        readOnly={!canEdit}
        actions={
          <>
            <Button
              component={Link}
              to={`/h/${hid}/surveys/${survey.id}/responses`}
              variant="default"
              leftSection={<IconMessages size={16} />}
            >
              {t("surveys.responses")}
            </Button>
            <FhirQuestionnaireDownload hospitalId={hid} surveyId={survey.id} />
            {survey.status === "published" && (
              <Button
                component="a"
                href={`/s/${survey.publicId}?qr=1`}
                target="_blank"
                rel="noopener"
                variant="default"
                leftSection={<IconQrcode size={16} />}
                data-testid="survey-qr"
              >
                {t("surveys.publicLink")}
              </Button>
            )}
            {canEdit && survey.status === "published" && (
              <Button
                variant="default"
                color="orange"
                leftSection={<IconLock size={16} />}
                onClick={() => setConfirm("close")}
                data-testid="close-survey"
              >
                {t("surveys.close")}
              </Button>
            )}
            {canEdit && (
              <Tooltip label={t("surveys.publishSaveFirst")} disabled={!dirty}>
                <Button
                  variant="light"
                  color="teal"
                  leftSection={<IconSend size={16} />}
                  disabled={dirty}
                  onClick={() => setConfirm("publish")}
                  data-testid="publish-survey"
                >
                  {t("surveys.publish")}
                </Button>
              </Tooltip>
            )}
            {saveButton}
          </>
        }
      />

      {dirty && canEdit && (
        <Alert color="yellow" variant="light" py="xs">
          {t("common.unsavedChanges")}
        </Alert>
      )}
      {canEdit && survey.status !== "draft" && (
        <Alert color="blue" variant="light" py="xs">
          {t("surveys.editingPublished")}
        </Alert>
      )}

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="edit">{t("surveys.tabEdit")}</Tabs.Tab>
          <Tabs.Tab value="preview" data-testid="tab-preview">
            {t("surveys.tabPreview")}
          </Tabs.Tab>
        </Tabs.List>

        <Tabs.Panel value="edit">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="lg">
                <Card>
                  <Stack gap="md">
                    <Title order={4}>{t("surveys.basics")}</Title>
                    <SimpleGrid cols={{ base: 1, md: 2 }}>
                      <TextInput
                        label={t("surveys.titleKo")}
                        value={draft.title}
                        onChange={(e) => set({ title: e.currentTarget.value })}
                        readOnly={!canEdit}
                        required={canEdit}
                        error={fe("title")}
                      />
                      <TextInput
                        label={t("surveys.titleEn")}
                        value={draft.titleEn}
                        onChange={(e) => set({ titleEn: e.currentTarget.value })}
                        readOnly={!canEdit}
                        error={fe("titleEn")}
                      />
                      <Textarea
                        label={t("surveys.descriptionKo")}
                        value={draft.description}
                        onChange={(e) => set({ description: e.currentTarget.value })}
                        readOnly={!canEdit}
                        autosize
                        minRows={2}
                        error={fe("description")}
                      />
                      <Textarea
                        label={t("surveys.descriptionEn")}
                        value={draft.descriptionEn}
                        onChange={(e) => set({ descriptionEn: e.currentTarget.value })}
                        readOnly={!canEdit}
                        autosize
                        minRows={2}
                        error={fe("descriptionEn")}
                      />
                    </SimpleGrid>
                    <Select
                      label={t("surveys.journey")}
                      placeholder={t("surveys.noJourney")}
                      data={(journeys.data ?? []).map((j) => ({ value: j.id, label: j.title }))}
                      value={draft.journeyId}
                      onChange={(v) => set({ journeyId: v })}
                      clearable
                      searchable
                      readOnly={!canEdit}
                      error={fe("journeyId")}
                    />
                  </Stack>
                </Card>

                {draft.sections.length === 0 && (
                  <Card>
                    <Text size="sm" c="dimmed">
                      {t("surveys.noSections")}
                    </Text>
                  </Card>
                )}

                {draft.sections.map((sec, si) => (
                  <Card key={sec.key} data-testid="section-card">
                    <Stack gap="md">
                      <Group justify="space-between" wrap="nowrap" align="flex-end">
                        <SimpleGrid cols={{ base: 1, md: 2 }} style={{ flex: 1 }}>
                          <TextInput
                            label={t("surveys.sectionTitleKo")}
                            placeholder={t("surveys.sectionN", { n: si + 1 })}
                            value={sec.title}
                            onChange={(e) => setSection(si, { title: e.currentTarget.value })}
                            readOnly={!canEdit}
                            error={fe(`definition.sections.${si}.title`)}
                          />
                          <TextInput
                            label={t("surveys.sectionTitleEn")}
                            value={sec.titleEn}
                            onChange={(e) => setSection(si, { titleEn: e.currentTarget.value })}
                            readOnly={!canEdit}
                            error={fe(`definition.sections.${si}.titleEn`)}
                          />
                        </SimpleGrid>
                        {canEdit && (
                          <Group gap={2} wrap="nowrap" mb={4}>
                            <Tooltip label={t("common.moveUp")}>
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                disabled={si === 0}
                                aria-label={t("common.moveUp")}
                                onClick={() => set({ sections: moved(draft.sections, si, -1) })}
                              >
                                <IconArrowUp size={16} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t("common.moveDown")}>
                              <ActionIcon
                                variant="subtle"
                                color="gray"
                                disabled={si === draft.sections.length - 1}
                                aria-label={t("common.moveDown")}
                                onClick={() => set({ sections: moved(draft.sections, si, 1) })}
                              >
                                <IconArrowDown size={16} />
                              </ActionIcon>
                            </Tooltip>
                            <Tooltip label={t("surveys.deleteSection")}>
                              <ActionIcon
                                variant="subtle"
                                color="red"
                                aria-label={t("surveys.deleteSection")}
                                onClick={() => set({ sections: draft.sections.filter((_, j) => j !== si) })}
                              >
                                <IconTrash size={16} />
                              </ActionIcon>
                            </Tooltip>
                          </Group>
                        )}
                      </Group>
                      {sec.questions.length === 0 && (
                        <Text size="sm" c="dimmed">
                          {t("surveys.noQuestions")}
                        </Text>
                      )}
                      {sec.questions.map((q, qi) => (
                        <QuestionEditor
                          key={q.key}
                          q={q}
                          index={qi}
                          count={sec.questions.length}
                          path={`definition.sections.${si}.questions.${qi}`}
                          canEdit={canEdit}
                          linkData={linkData}
                          hasJourney={!!draft.journeyId}
                          stageOfTouchpoint={stageOfTouchpoint}
                          fe={fe}
                          onChange={(patch) => setQuestion(si, qi, patch)}
                          onMove={(delta) => setSection(si, { questions: moved(sec.questions, qi, delta) })}
                          onDelete={() => setSection(si, { questions: sec.questions.filter((_, j) => j !== qi) })}
                        />
                      ))}
                      {canEdit && (
                        <Group>
                          <Menu position="bottom-start" shadow="md">
                            <Menu.Target>
                              <Button
                                size="xs"
                                variant="light"
                                leftSection={<IconPlus size={14} />}
                                data-testid="add-question"
                              >
                                {t("surveys.addQuestion")}
                              </Button>
                            </Menu.Target>
                            <Menu.Dropdown>
                              {QUESTION_TYPES.map((type) => (
                                <Menu.Item
                                  key={type}
                                  data-testid={`add-question-${type}`}
                                  onClick={() => setSection(si, { questions: [...sec.questions, newQuestion(type)] })}
                                >
                                  {t(`surveys.questionTypes.${type}`)}
                                </Menu.Item>
                              ))}
                            </Menu.Dropdown>
                          </Menu>
                        </Group>
                      )}
                    </Stack>
                  </Card>
                ))}

                {canEdit && (
                  <Group>
                    <Button
                      variant="default"
                      leftSection={<IconPlus size={16} />}
                      disabled={draft.sections.length >= 50}
                      onClick={() =>
                        set({
                          sections: [...draft.sections, { key: newKey("s"), title: "", titleEn: "", questions: [] }],
                        })
                      }
                      data-testid="add-section"
                    >
                      {t("surveys.addSection")}
                    </Button>
                  </Group>
                )}
              </Stack>
            </Grid.Col>

            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Card>
                <Stack gap="sm">
                  <Title order={4}>{t("surveys.versions")}</Title>
                  {survey.versions.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t("surveys.noVersions")}
                    </Text>
                  ) : (
                    <Table data-testid="survey-versions">
                      <Table.Tbody>
                        {[...survey.versions]
                          .sort((a, b) => b.number - a.number)
                          .map((v) => (
                            <Table.Tr key={v.number}>
                              <Table.Td fw={500}>{t("surveys.versionRow", { n: v.number })}</Table.Td>
                              <Table.Td>
                                <Text size="sm" c="dimmed">
                                  {formatDateTime(v.publishedAt)}
                                </Text>
                              </Table.Td>
                            </Table.Tr>
                          ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Stack>
              </Card>
            </Grid.Col>
          </Grid>

          {other.length > 0 && (
            <Alert color="red" variant="light" mt="lg">
              {other.join(" · ")}
            </Alert>
          )}
          {canEdit && (
            <Group justify="flex-end" mt="lg">
              {saveButton}
            </Group>
          )}
        </Tabs.Panel>

        <Tabs.Panel value="preview">
          <Stack gap="md">
            <Group justify="center">
              <SegmentedControl
                aria-label={t("surveys.previewLanguage")}
                value={previewLang}
                onChange={(v) => setPreviewLang(v as PreviewLanguage)}
                data={[
                  { value: "ko", label: t("surveys.langKo") },
                  { value: "en", label: t("surveys.langEn") },
                ]}
                data-testid="preview-language"
              />
            </Group>
            <SurveyPreview
              title={draft.title}
              titleEn={draft.titleEn}
              description={draft.description}
              descriptionEn={draft.descriptionEn}
              definition={toDefinition(draft.sections) ?? { sections: [] }}
              lang={previewLang}
            />
          </Stack>
        </Tabs.Panel>
      </Tabs>

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title={confirm === "close" ? t("surveys.closeTitle") : t("surveys.publishTitle")}
      >
        <Stack gap="md">
          <Text size="sm">
            {confirm === "close" ? t("surveys.closeBody") : t("surveys.publishBody", { n: nextVersion })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirm(null)}>
              {t("common.cancel")}
            </Button>
            {confirm === "close" ? (
              <Button color="orange" loading={close.isPending} onClick={() => close.mutate()}>
                {t("surveys.close")}
              </Button>
            ) : (
              <Button
                color="teal"
                loading={publish.isPending}
                onClick={() => publish.mutate()}
                data-testid="confirm-publish"
              >
                {t("surveys.publish")}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
