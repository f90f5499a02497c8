import { Alert, Button, Card, Group, Stack, Stepper, Text } from "@mantine/core";
import type { ImportReport } from "@motmap/core";
import {
  IconAlertTriangle,
  IconArrowLeft,
  IconArrowRight,
  IconDatabaseImport,
  IconFileSpreadsheet,
} from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { CommitStep, type CommitTexts } from "./CommitStep.tsx";
import { FileStep } from "./FileStep.tsx";
import { PreviewStep } from "./PreviewStep.tsx";
import { type ColumnMappingShape, mappingForHeader, mappingToSend, stepError, type UploadedFile } from "./upload.ts";

/**
 * The four steps of a bulk import — file → column mapping → preview → commit with progress — against
 * the routes under `basePath` (`/uploads`, `/uploads/{id}/preview`, `/uploads/{id}/commit`, `/jobs/{id}`).
 * What is imported shows only in the mapping step (`renderMapping`), the preview's column names and
 * the texts of the result.
 */
export function ImportWizard<M extends ColumnMappingShape>({
  basePath,
  jobKey,
  tips,
  disabled,
  renderMapping,
  blocked,
  previewLabel,
  sampleValue,
  commitTexts,
  onFinished,
}: {
  basePath: string;
  /** The query key of a job's progress, followed by the job's id. */
  jobKey: readonly unknown[];
  tips: string[];
  disabled?: boolean;
  renderMapping: (upload: UploadedFile<M>, mapping: M, onChange: (mapping: M) => void) => ReactNode;
  /** True while the mapping cannot be checked (a target twice, a required field missing …). */
  blocked: (mapping: M) => boolean;
  previewLabel?: (key: string) => string;
  /** A preview sample's value as shown, given the mapping (a code as its translated label). */
  sampleValue?: (mapping: M, column: string, value: string) => string;
  commitTexts: CommitTexts;
  onFinished: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const [upload, setUpload] = useState<UploadedFile<M> | null>(null);
  const [mapping, setMapping] = useState<M | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const preview = useMutation({
    mutationFn: (m: M) =>
      api.post<ImportReport>(`${basePath}/uploads/${upload?.uploadId}/preview`, { mapping: mappingToSend(m) }),
    onSuccess: () => setStep(2),
  });
  const commit = useMutation({
    mutationFn: (m: M) =>
      api.post<{ jobId: string }>(`${basePath}/uploads/${upload?.uploadId}/commit`, { mapping: mappingToSend(m) }),
    onSuccess: (r) => {
      setJobId(r.jobId);
      setStep(3);
    },
  });

  const restart = () => {
    setUpload(null);
    setMapping(null);
    setJobId(null);
    preview.reset();
    commit.reset();
    setStep(0);
  };

  const report = preview.data;
  const fresh = report ? report.valid - report.duplicates : 0;

  const fileBar = upload && step > 0 && step < 3 && (
    <Card withBorder p="sm" data-testid="import-file-summary">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
          <IconFileSpreadsheet size={22} color="var(--mantine-color-teal-7)" />
          <Text size="sm" fw={500} truncate>
            {t("surveyImport.fileSummary", {
              name: upload.fileName,
              format: upload.format.toUpperCase(),
              columns: upload.header.length,
            })}
          </Text>
        </Group>
        <Button variant="subtle" size="xs" onClick={restart}>
          {t("surveyImport.otherFile")}
        </Button>
      </Group>
    </Card>
  );

  return (
    <Card withBorder p="lg" radius="md">
      <Stepper active={step} size="sm" allowNextStepsSelect={false} data-testid="import-stepper">
        <Stepper.Step label={t("surveyImport.stepFile")} description={t("surveyImport.stepFileHint")}>
          <FileStep<M>
            uploadUrl={`${basePath}/uploads`}
            tips={tips}
            disabled={disabled}
            onUploaded={(u) => {
              setUpload(u);
              setMapping(mappingForHeader(u.header, u.suggestedMapping));
              preview.reset();
              setStep(1);
            }}
          />
        </Stepper.Step>
        <Stepper.Step label={t("surveyImport.stepMapping")} description={t("surveyImport.stepMappingHint")}>
          {upload && mapping && (
            <Stack gap="md">
              {fileBar}
              {renderMapping(upload, mapping, setMapping)}
              {preview.isError && (
                <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="preview-error">
                  {stepError(preview.error, t)}
                </Alert>
              )}
              <Group justify="space-between">
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={restart}>
                  {t("surveyImport.back")}
                </Button>
                <Button
                  rightSection={<IconArrowRight size={16} />}
                  disabled={blocked(mapping)}
                  loading={preview.isPending}
                  onClick={() => preview.mutate(mapping)}
                  data-testid="import-check"
                >
                  {preview.isPending ? t("surveyImport.checking") : t("surveyImport.checkRows")}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t("surveyImport.stepPreview")} description={t("surveyImport.stepPreviewHint")}>
          {report && mapping && (
            <Stack gap="md">
              {fileBar}
              <PreviewStep
                report={report}
                label={previewLabel}
                format={sampleValue && ((column, value) => sampleValue(mapping, column, value))}
              />
              {commit.isError && (
                <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="commit-error">
                  {stepError(commit.error, t)}
                </Alert>
              )}
              <Group justify="space-between">
                <Group gap="sm">
                  <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => setStep(1)}>
                    {t("surveyImport.changeMapping")}
                  </Button>
                  <Button variant="subtle" onClick={restart} data-testid="import-restart">
                    {t("surveyImport.fixFile")}
                  </Button>
                </Group>
                {report.errorCount === 0 && fresh > 0 && (
                  <Button
                    color="teal"
                    leftSection={<IconDatabaseImport size={16} />}
                    loading={commit.isPending}
                    onClick={() => commit.mutate(mapping)}
                    data-testid="import-commit"
                  >
                    {t("surveyImport.commit", { n: fresh.toLocaleString() })}
                  </Button>
                )}
              </Group>
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t("surveyImport.stepCommit")} description={t("surveyImport.stepCommitHint")}>
          {jobId && (
            <CommitStep
              jobUrl={`${basePath}/jobs/${jobId}`}
              jobKey={[...jobKey, jobId]}
              expectedRows={report?.rows}
              texts={commitTexts}
              onFinished={onFinished}
              onAnother={restart}
            />
          )}
        </Stepper.Step>
      </Stepper>
    </Card>
  );
}
