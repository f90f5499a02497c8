import { Alert, Button, Card, Group, Progress, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck, IconRefresh } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/client.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { ErrorState } from "../states.tsx";
import { ImportStats } from "./ImportStats.tsx";
import { RowErrorsTable } from "./RowErrorsTable.tsx";
import type { ImportJob } from "./upload.ts";

/** What a finished import links to and says, in the words of what was imported. */
export interface CommitTexts {
  /** Where the imported records are listed, with the button's label and icon. */
  results: { to: string; label: string; icon: ReactNode };
  doneBody: (created: string) => string;
  doneDuplicates: (n: string) => string;
}

/** Step 4: the background import's progress (polled at `jobUrl`), then what it did — or that it wrote nothing. */
export function CommitStep({
  jobUrl,
  jobKey,
  expectedRows,
  texts,
  onFinished,
  onAnother,
}: {
  jobUrl: string;
  jobKey: readonly unknown[];
  /** The preview's row count, for the bar until the job's first answer. */
  expectedRows?: number;
  texts: CommitTexts;
  /** Once, when the job has ended: refresh what the import changed. */
  onFinished: () => void;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const job = useQuery({
    queryKey: jobKey,
    queryFn: () => api.get<ImportJob>(jobUrl),
    refetchInterval: (q) => (q.state.data?.status === "running" || !q.state.data ? 500 : false),
  });
  const status = job.data?.status;
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    if (status && status !== "running") finished.current();
  }, [status]);

  if (job.isError) return <ErrorState error={job.error} onRetry={() => void job.refetch()} />;
  const data = job.data;
  if (!data || data.status === "running") {
    const done = data?.rowsDone ?? 0;
    const total = data?.rowsTotal ?? expectedRows;
    const percent = total ? Math.min(100, Math.round((done / total) * 100)) : null;
    return (
      <Card withBorder p="xl" data-testid="import-running">
        <Stack gap="sm" align="stretch">
          <Title order={4}>{t("surveyImport.importing")}</Title>
          <Progress
            value={percent ?? 100}
            animated
            striped={percent === null}
            size="xl"
            radius="xl"
            data-testid="import-progress"
          />
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {total
                ? t("surveyImport.progress", { done: done.toLocaleString(), total: total.toLocaleString() })
                : t("surveyImport.progressUnknown", { done: done.toLocaleString() })}
            </Text>
            {percent !== null && <Text size="sm" c="dimmed">{`${percent}%`}</Text>}
          </Group>
          <Text size="xs" c="dimmed">
            {t("surveyImport.keepOpen")}
          </Text>
        </Stack>
      </Card>
    );
  }

  const report = data.report;
  const succeeded = data.status === "succeeded";
  // After a failure the next step is another file, not the (unchanged) responses.
  const actions = (
    <Group>
      <Button
        component={Link}
        to={texts.results.to}
        variant={succeeded ? "filled" : "default"}
        leftSection={texts.results.icon}
        data-testid="import-see-results"
      >
        {texts.results.label}
      </Button>
      <Button variant={succeeded ? "default" : "filled"} leftSection={<IconRefresh size={16} />} onClick={onAnother}>
        {t("surveyImport.importAnother")}
      </Button>
    </Group>
  );

  if (succeeded && report) {
    return (
      <Stack gap="md" data-testid="import-succeeded">
        <Card withBorder p="lg">
          <Group wrap="nowrap" align="flex-start">
            <ThemeIcon color="teal" size={44} radius="xl" variant="light">
              <IconCircleCheck size={28} />
            </ThemeIcon>
            <div>
              <Title order={4}>{t("surveyImport.doneTitle")}</Title>
              <Text>{texts.doneBody(report.created.toLocaleString())}</Text>
              {report.duplicates > 0 && (
                <Text size="sm" c="dimmed">
                  {texts.doneDuplicates(report.duplicates.toLocaleString())}
                </Text>
              )}
            </div>
          </Group>
        </Card>
        <ImportStats report={report} />
        {actions}
      </Stack>
    );
  }

  const en = currentLanguage() === "en";
  return (
    <Stack gap="md" data-testid="import-failed">
      <Alert color="red" variant="filled" icon={<IconAlertTriangle size={20} />} title={t("surveyImport.failedTitle")}>
        <Text fw={700} data-testid="nothing-written">
          {t("surveyImport.nothingWritten")}
        </Text>
        {report && report.errorCount > 0 && (
          <Text size="sm">{t("surveyImport.failedRows", { n: report.errorCount.toLocaleString() })}</Text>
        )}
        {data.error && <Text size="sm">{en ? data.error.messageEn : data.error.message}</Text>}
      </Alert>
      {report && report.errors.length > 0 && <RowErrorsTable report={report} />}
      {actions}
    </Stack>
  );
}
