import {
  Alert,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Drawer,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { JourneyDetail, SurveyQuestion, SurveyResponse } from "@motmap/core";
import { IconArrowLeft, IconFileImport, IconFilterOff, IconMessages, IconShieldLock } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api, hospitalPath } from "../api/client.ts";
import { keys, useDepartments } from "../api/queries.ts";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { FhirResponsesImport } from "../components/surveys/fhir/FhirResponsesImport.tsx";
import { useLinkedResponse } from "../components/surveys/linked-response.ts";
import { type ResponseFilters, useSurvey, useSurveyResponses } from "../components/surveys/queries.ts";
import { ResponsesExportMenu } from "../components/surveys/ResponsesExportMenu.tsx";
import { currentLanguage } from "../i18n/index.ts";
import { formatDate, formatDateTime } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { useUrlParam } from "../lib/useUrlParam.ts";

const NO_FILTERS: ResponseFilters = { from: "", to: "", touchpointId: null, departmentId: null };

export function SurveysResponsesPage() {
  const { t } = useTranslation();
  const { hid, canEdit } = useHospitalContext();
  const { surveyId = "" } = useParams();
  const survey = useSurvey(hid, surveyId);
  const departments = useDepartments(hid);
  const journeyId = survey.data?.journeyId ?? null;
  const journey = useQuery({
    queryKey: keys.journey(hid, journeyId ?? ""),
    queryFn: () => api.get<JourneyDetail>(hospitalPath(hid, `/journeys/${journeyId}`)),
    enabled: !!journeyId,
  });
  const [filters, setFilters] = useState<ResponseFilters>(NO_FILTERS);
  const responses = useSurveyResponses(hid, surveyId, filters);
  // `?response=<id>` (a link from an alert) opens that response; rows open the same way.
  const [openId, setOpenId] = useUrlParam("response");
  const en = currentLanguage() === "en";

  const questions = new Map<string, SurveyQuestion>(
    (survey.data?.definition.sections ?? []).flatMap((s) => s.questions.map((q) => [q.key, q] as const)),
  );
  const order = new Map([...questions.keys()].map((k, i) => [k, i] as const));
  const byQuestionOrder = (answers: SurveyResponse["answers"]) =>
    [...answers].sort((a, b) => (order.get(a.questionKey) ?? 1e9) - (order.get(b.questionKey) ?? 1e9));
  const deptName = (id: string | null) => {
    const d = departments.data?.find((x) => x.id === id);
    return d ? (en && d.nameEn ? d.nameEn : d.name) : null;
  };
  const touchpointOptions = (journey.data?.stages ?? []).map((s) => ({
    group: s.name,
    items: s.touchpoints.map((tp) => ({ value: tp.id, label: tp.name })),
  }));

  const answerText = (a: SurveyResponse["answers"][number]) => {
    const q = questions.get(a.questionKey);
    if (a.text !== null) return a.text;
    if (a.choices) {
      return a.choices
        .map((c) => {
          const o = q?.options?.find((x) => x.value === c);
          return o ? (en && o.labelEn ? o.labelEn : o.label) : c;
        })
        .join(", ");
    }
    if (a.value === null) return "—";
    if (q?.type === "yes_no") return a.value === 1 ? t("surveys.yes") : t("surveys.no");
    if (q?.type === "satisfaction" || q?.type === "importance") return `${a.value} / ${q.scale ?? 5}`;
    if (q?.type === "nps") return `${a.value} / 10`;
    return String(a.value);
  };
  const questionText = (key: string) => {
    const q = questions.get(key);
    if (!q) return t("surveys.unknownQuestion", { key });
    return en && q.textEn ? q.textEn : q.text;
  };

  const items = responses.data?.pages.flatMap((p) => p.items) ?? [];
  const listed = openId ? items.find((r) => r.id === openId) : undefined;
  // A linked response that is not among the rows loaded: fetched on its own.
  const linked = useLinkedResponse(hid, surveyId, openId !== null && !listed ? openId : null);
  const open = listed ?? (openId ? (linked.data ?? null) : null);
  const filtered = filters !== NO_FILTERS;
  const title = survey.data ? (en && survey.data.titleEn ? survey.data.titleEn : survey.data.title) : "…";

  let body: React.ReactNode;
  if (responses.isPending) body = <TableSkeleton />;
  else if (responses.isError) body = <ErrorState error={responses.error} onRetry={() => void responses.refetch()} />;
  else if (items.length === 0)
    body = (
      <EmptyBlock
        icon={<IconMessages size={28} />}
        title={t("surveys.noResponses")}
        description={filtered ? undefined : t("surveys.noResponsesBody")}
      />
    );
  else
    body = (
      <Stack gap="sm">
        <Card p={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover data-testid="responses-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("surveys.colSubmitted")}</Table.Th>
                  <Table.Th>{t("surveys.colVersionShort")}</Table.Th>
                  <Table.Th>{t("surveys.colChannel")}</Table.Th>
                  <Table.Th>{t("surveys.colVisitDate")}</Table.Th>
                  <Table.Th>{t("surveys.colDepartment")}</Table.Th>
                  <Table.Th ta="right">{t("surveys.colAnswers")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr
                    key={r.id}
                    className="motmap-clickable-row"
                    onClick={() => setOpenId(r.id)}
                    data-testid="response-row"
                  >
                    <Table.Td>
                      <Anchor component="button" type="button" size="sm" onClick={() => setOpenId(r.id)}>
                        {formatDateTime(r.submittedAt)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t("surveys.versionN", { n: r.surveyVersion })}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray">
                        {t(`surveys.channel.${r.channel}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{r.visitDate ? formatDate(r.visitDate) : "—"}</Table.Td>
                    <Table.Td>{deptName(r.departmentId) ?? "—"}</Table.Td>
                    <Table.Td ta="right">{r.answers.length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t("surveys.shown", { count: items.length })}
          </Text>
          {responses.hasNextPage && (
            <Button
              variant="default"
              loading={responses.isFetchingNextPage}
              onClick={() => void responses.fetchNextPage()}
              data-testid="load-more"
            >
              {t("surveys.loadMore")}
            </Button>
          )}
        </Group>
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/h/${hid}/surveys`} size="sm">
          {t("surveys.back")}
        </Anchor>
        <Anchor component={Link} to={`/h/${hid}/surveys/${surveyId}`} size="sm" truncate maw={360}>
          {title}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("surveys.responsesTitle")}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={t("surveys.responsesTitle")}
        subtitle={t("surveys.responsesSubtitle", { title })}
        actions={
          <>
            <Button
              component={Link}
              to={`/h/${hid}/surveys/${surveyId}`}
              variant="default"
              leftSection={<IconArrowLeft size={16} />}
            >
              {title.length > 24 ? t("surveys.back") : title}
            </Button>
            {canEdit && (
              <Button
                component={Link}
                to={`/h/${hid}/surveys/${surveyId}/import`}
                variant="light"
                leftSection={<IconFileImport size={16} />}
                data-testid="responses-import-link"
              >
                {t("surveyImport.open")}
              </Button>
            )}
            {canEdit && <FhirResponsesImport hospitalId={hid} surveyId={surveyId} />}
          </>
        }
      />
      {survey.isError && <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />}
      <Card>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} style={{ alignItems: "end" }}>
          <TextInput
            type="date"
            label={t("surveys.filterFrom")}
            value={filters.from}
            max={filters.to || undefined}
            onChange={(e) => setFilters({ ...filters, from: e.currentTarget.value })}
            data-testid="filter-from"
          />
          <TextInput
            type="date"
            label={t("surveys.filterTo")}
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => setFilters({ ...filters, to: e.currentTarget.value })}
            data-testid="filter-to"
          />
          <Select
            label={t("surveys.filterTouchpoint")}
            placeholder={t("surveys.filterAll")}
            data={touchpointOptions}
            value={filters.touchpointId}
            onChange={(v) => setFilters({ ...filters, touchpointId: v })}
            clearable
            searchable
            disabled={!journeyId}
            nothingFoundMessage={t("common.none")}
          />
          <Select
            label={t("surveys.filterDepartment")}
            placeholder={t("surveys.filterAll")}
            data={(departments.data ?? []).map((d) => ({ value: d.id, label: en && d.nameEn ? d.nameEn : d.name }))}
            value={filters.departmentId}
            onChange={(v) => setFilters({ ...filters, departmentId: v })}
            clearable
            searchable
            nothingFoundMessage={t("common.none")}
          />
        </SimpleGrid>
        {filtered && (
          <Group justify="flex-end" mt="sm">
            <Button
              size="xs"
              variant="subtle"
              leftSection={<IconFilterOff size={14} />}
              onClick={() => setFilters(NO_FILTERS)}
            >
              {t("surveys.clearFilters")}
            </Button>
          </Group>
        )}
      </Card>
      <ResponsesExportMenu hospitalId={hid} surveyId={surveyId} filters={filters} />
      {body}

      <Drawer
        opened={openId !== null}
        onClose={() => setOpenId(null)}
        position="right"
        size="lg"
        title={t("surveys.responseDetail")}
      >
        {openId !== null && open === null && (
          <Group justify="center" p="xl">
            {linked.isFetching ? (
              <Loader />
            ) : linked.isError ? (
              <ErrorState error={linked.error} onRetry={() => void linked.refetch()} />
            ) : (
              <Alert color="gray" w="100%" data-testid="response-not-found">
                {t("alerts.responseNotFound")}
              </Alert>
            )}
          </Group>
        )}
        {open && (
          <Stack gap="md" data-testid="response-drawer">
            <SimpleGrid cols={2} spacing="xs">
              <Text size="sm" c="dimmed">
                {t("surveys.colSubmitted")}
              </Text>
              <Text size="sm">{formatDateTime(open.submittedAt)}</Text>
              <Text size="sm" c="dimmed">
                {t("surveys.colVersionShort")}
              </Text>
              <Text size="sm">{t("surveys.versionN", { n: open.surveyVersion })}</Text>
              <Text size="sm" c="dimmed">
                {t("surveys.colChannel")}
              </Text>
              <Text size="sm">{t(`surveys.channel.${open.channel}`)}</Text>
              <Text size="sm" c="dimmed">
                {t("surveys.colVisitDate")}
              </Text>
              <Text size="sm">{open.visitDate ? formatDate(open.visitDate) : "—"}</Text>
              <Text size="sm" c="dimmed">
                {t("surveys.colDepartment")}
              </Text>
              <Text size="sm">{deptName(open.departmentId) ?? "—"}</Text>
              {open.segment && (
                <>
                  <Text size="sm" c="dimmed">
                    {t("surveys.segment")}
                  </Text>
                  <Text size="sm">{open.segment}</Text>
                </>
              )}
            </SimpleGrid>
            <Table withTableBorder>
              <Table.Tbody>
                {byQuestionOrder(open.answers).map((a) => (
                  <Table.Tr key={a.questionKey} data-testid="answer-row">
                    <Table.Td w="60%">
                      <Text size="sm">{questionText(a.questionKey)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} style={{ whiteSpace: "pre-wrap" }}>
                        {answerText(a)}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Alert variant="light" color="gray" icon={<IconShieldLock size={18} />}>
              <Text size="xs">{t("surveys.masked")}</Text>
            </Alert>
          </Stack>
        )}
      </Drawer>
    </Stack>
  );
}
