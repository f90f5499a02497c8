import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Menu,
  Modal,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { Survey, SurveySummary } from "@motmap/core";
import { IconClipboardList, IconDots, IconFileImport, IconMessages, IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError, api, hospitalPath } from "../api/client.ts";
import { useJourneys } from "../api/queries.ts";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { FhirQuestionnaireImport } from "../components/surveys/fhir/FhirQuestionnaireImport.tsx";
import { surveyKeys, useSurveys } from "../components/surveys/queries.ts";
import { SurveyStatusBadge } from "../components/surveys/SurveyStatusBadge.tsx";
import { currentLanguage } from "../i18n/index.ts";
import { fieldErrors, notifyError, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../lib/errors.tsx";
import { formatDateTime } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";

type Source = "blank" | "journey" | "template";

function CreateSurveyModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { hid } = useHospitalContext();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const journeys = useJourneys(hid);
  const [source, setSource] = useState<Source>("journey");
  const [title, setTitle] = useState("");
  const [journeyId, setJourneyId] = useState<string | null>(null);
  const [locale, setLocale] = useState<"ko" | "en">(currentLanguage());
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  const create = useMutation({
    mutationFn: () => {
      const named = title.trim() ? { title: title.trim() } : {};
      if (source === "journey")
        return api.post<Survey>(hospitalPath(hid, "/surveys/from-journey"), { journeyId, locale, ...named });
      if (source === "template")
        return api.post<Survey>(hospitalPath(hid, "/surveys/from-template"), {
          templateId: "outpatient-nps",
          ...named,
        });
      return api.post<Survey>(hospitalPath(hid, "/surveys"), { title: title.trim(), journeyId });
    },
    onSuccess: async (s) => {
      await qc.invalidateQueries({ queryKey: surveyKeys.list(hid) });
      notifySuccess(t("surveys.created"));
      reset();
      onClose();
      navigate(`/h/${hid}/surveys/${s.id}`);
    },
    onError: (e) => notifyUnlessValidation(e),
  });

  const reset = () => {
    setTitle("");
    setJourneyId(null);
    setSource("journey");
    setLocal({});
    create.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs: Record<string, string | undefined> = {
      title: source === "blank" && !title.trim() ? t("errors.required") : undefined,
      journeyId: source === "journey" && !journeyId ? t("errors.required") : undefined,
    };
    setLocal(errs);
    if (Object.values(errs).some(Boolean)) return;
    create.mutate();
  };

  const fe = fieldErrors(create.error, local);
  const other = unplacedIssues(create.error, ["title", "journeyId", "locale", "templateId"]);
  const close = () => {
    reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t("surveys.createTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Radio.Group label={t("surveys.source")} value={source} onChange={(v) => setSource(v as Source)}>
            <Stack gap="xs" mt={6}>
              {(["journey", "template", "blank"] as const).map((s) => (
                <Radio.Card key={s} value={s} p="sm" radius="md" data-testid={`survey-source-${s}`}>
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <div>
                      <Text fw={500} size="sm">
                        {t(`surveys.source${s === "journey" ? "Journey" : s === "template" ? "Template" : "Blank"}`)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t(
                          `surveys.source${s === "journey" ? "Journey" : s === "template" ? "Template" : "Blank"}Hint`,
                        )}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
          {source === "journey" && (
            <Group grow align="flex-start">
              <Select
                label={t("surveys.fieldJourney")}
                data={(journeys.data ?? []).map((j) => ({ value: j.id, label: j.title }))}
                value={journeyId}
                onChange={setJourneyId}
                searchable
                required
                error={fe("journeyId")}
                nothingFoundMessage={t("common.none")}
                data-testid="survey-journey-select"
              />
              <div>
                <Text size="sm" fw={500} mb={4}>
                  {t("surveys.fieldLanguage")}
                </Text>
                <SegmentedControl
                  fullWidth
                  value={locale}
                  onChange={(v) => setLocale(v as "ko" | "en")}
                  data={[
                    { value: "ko", label: t("surveys.langKo") },
                    { value: "en", label: t("surveys.langEn") },
                  ]}
                />
              </div>
            </Group>
          )}
          <TextInput
            label={t("surveys.fieldTitle")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            required={source === "blank"}
            description={source === "blank" ? undefined : t("surveys.fieldTitleOptional")}
            error={fe("title")}
          />
          {other.length > 0 && (
            <Alert color="red" variant="light">
              {other.join(" · ")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button
              type="submit"
              loading={create.isPending}
              leftSection={<IconPlus size={16} />}
              data-testid="create-survey-submit"
            >
              {t("common.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function SurveysPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const surveys = useSurveys(hid);
  const journeys = useJourneys(hid);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<SurveySummary | null>(null);

  const remove = useMutation({
    mutationFn: (s: SurveySummary) => api.delete(hospitalPath(hid, `/surveys/${s.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      await qc.invalidateQueries({ queryKey: surveyKeys.list(hid) });
      notifySuccess(t("common.deleted"));
    },
    onError: (e) => {
      setDeleting(null);
      if (e instanceof ApiError && e.status === 409) notifyError(new Error(t("surveys.deleteHasResponses")));
      else notifyError(e);
    },
  });

  const journeyTitle = (id: string | null) => (id ? journeys.data?.find((j) => j.id === id)?.title : undefined);

  const newButton = canEdit && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-survey">
      {t("surveys.new")}
    </Button>
  );

  let body: React.ReactNode;
  if (surveys.isPending) body = <TableSkeleton />;
  else if (surveys.isError) body = <ErrorState error={surveys.error} onRetry={() => void surveys.refetch()} />;
  else if (surveys.data.length === 0)
    body = (
      <EmptyBlock
        icon={<IconClipboardList size={28} />}
        title={t("surveys.emptyTitle")}
        description={t("surveys.emptyBody")}
        action={newButton || undefined}
      />
    );
  else
    body = (
      <Card p={0}>
        <Table.ScrollContainer minWidth={820}>
          <Table highlightOnHover data-testid="surveys-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("surveys.colTitle")}</Table.Th>
                <Table.Th>{t("surveys.colStatus")}</Table.Th>
                <Table.Th>{t("surveys.colVersion")}</Table.Th>
                <Table.Th ta="right">{t("surveys.colQuestions")}</Table.Th>
                <Table.Th ta="right">{t("surveys.colResponses")}</Table.Th>
                <Table.Th>{t("surveys.colJourney")}</Table.Th>
                <Table.Th>{t("surveys.colUpdated")}</Table.Th>
                <Table.Th w={56} aria-label={t("common.actions")} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {surveys.data.map((s) => (
                <Table.Tr
                  key={s.id}
                  className="motmap-clickable-row"
                  onClick={() => navigate(`/h/${hid}/surveys/${s.id}`)}
                >
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/h/${hid}/surveys/${s.id}`}
                      fw={500}
                      onClick={(e) => e.stopPropagation()}
                    >
                      {currentLanguage() === "en" && s.titleEn ? s.titleEn : s.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <SurveyStatusBadge status={s.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={s.publishedVersion ? undefined : "dimmed"}>
                      {s.publishedVersion ? t("surveys.versionN", { n: s.publishedVersion }) : "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{s.questionCount}</Table.Td>
                  <Table.Td ta="right">{s.responseCount.toLocaleString()}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={s.journeyId ? undefined : "dimmed"} lineClamp={1}>
                      {journeyTitle(s.journeyId) ?? "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                      {formatDateTime(s.updatedAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td onClick={(e) => e.stopPropagation()}>
                    <Menu position="bottom-end" shadow="md">
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t("common.actions")}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item
                          leftSection={<IconMessages size={16} />}
                          component={Link}
                          to={`/h/${hid}/surveys/${s.id}/responses`}
                        >
                          {t("surveys.responses")}
                        </Menu.Item>
                        {canEdit && (
                          <Menu.Item
                            leftSection={<IconFileImport size={16} />}
                            component={Link}
                            to={`/h/${hid}/surveys/${s.id}/import`}
                            data-testid="survey-import-link"
                          >
                            {t("surveyImport.open")}
                          </Menu.Item>
                        )}
                        {canEdit && (
                          <Menu.Item leftSection={<IconTrash size={16} />} color="red" onClick={() => setDeleting(s)}>
                            {t("common.delete")}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );

  return (
    <Stack gap={0}>
      <PageHeader title={t("surveys.title")} subtitle={t("surveys.subtitle")} actions={newButton} readOnly={!canEdit} />
      {canEdit && <FhirQuestionnaireImport hospitalId={hid} />}
      {body}
      <CreateSurveyModal opened={creating} onClose={() => setCreating(false)} />
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
