import { Alert, Button, Card, List, Progress, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconAlertTriangle, IconFileSpreadsheet, IconInfoCircle, IconUpload } from "@tabler/icons-react";
import { type DragEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../api/client.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { errorMessage } from "../../lib/errors.tsx";
import { ACCEPTED_FILE, type UploadedFile, uploadImportFile } from "./upload.ts";

/** The server's file errors carry a Korean and an English sentence in details. */
function uploadErrorText(e: unknown, t: (key: "surveyImport.tooLarge") => string): string {
  if (e instanceof ApiError) {
    if (e.status === 413) return t("surveyImport.tooLarge");
    const { message, messageEn } = e.details as { message?: string; messageEn?: string };
    if (message && messageEn) return currentLanguage() === "en" ? messageEn : message;
  }
  return errorMessage(e);
}

/** Step 1: drop or choose a CSV / XLSX file; it is uploaded to `uploadUrl` at once with a progress bar. */
export function FileStep<M>({
  uploadUrl,
  tips,
  disabled,
  onUploaded,
}: {
  uploadUrl: string;
  /** What the file must hold, as short sentences under the drop zone. */
  tips: string[];
  disabled?: boolean;
  onUploaded: (upload: UploadedFile<M>) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const start = async (file: File | undefined) => {
    if (!file || progress) return;
    setError(null);
    if (!ACCEPTED_FILE.test(file.name)) {
      setError(t("surveyImport.wrongType"));
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    try {
      const { done } = uploadImportFile<M>(uploadUrl, file, (fraction) => setProgress({ name: file.name, fraction }));
      onUploaded(await done);
    } catch (e) {
      setError(uploadErrorText(e, t));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = "";
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!disabled) void start(e.dataTransfer.files[0]);
  };
  const percent = progress ? Math.round(progress.fraction * 100) : 0;

  return (
    <Stack gap="md">
      <Card
        withBorder
        p="xl"
        radius="md"
        data-testid="import-dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        onClick={() => !disabled && !progress && input.current?.click()}
        style={{
          borderStyle: "dashed",
          borderWidth: 2,
          cursor: disabled ? "not-allowed" : "pointer",
          borderColor: dragging ? "var(--mantine-primary-color-filled)" : undefined,
          background: dragging ? "var(--mantine-primary-color-light)" : "var(--mantine-color-gray-0)",
          opacity: disabled ? 0.6 : 1,
        }}
      >
        <Stack align="center" gap="sm" py="lg">
          <ThemeIcon size={56} radius="xl" variant="light">
            {progress ? <IconUpload size={30} /> : <IconFileSpreadsheet size={30} />}
          </ThemeIcon>
          {progress ? (
            <Stack gap={6} w="100%" maw={420} data-testid="upload-progress">
              <Text ta="center" fw={500}>
                {percent < 100
                  ? t("surveyImport.uploading", { name: progress.name, percent })
                  : t("surveyImport.reading")}
              </Text>
              <Progress value={percent} size="lg" radius="xl" animated={percent >= 100} striped={percent >= 100} />
            </Stack>
          ) : (
            <>
              <Text fw={600} size="lg" ta="center">
                {t("surveyImport.dropTitle")}
              </Text>
              <Text c="dimmed" size="sm" ta="center" maw={480}>
                {t("surveyImport.dropHint")}
              </Text>
              <Button
                mt="xs"
                leftSection={<IconUpload size={16} />}
                disabled={disabled}
                onClick={(e) => {
                  e.stopPropagation();
                  input.current?.click();
                }}
              >
                {t("surveyImport.chooseFile")}
              </Button>
            </>
          )}
        </Stack>
        <input
          ref={input}
          type="file"
          hidden
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="import-file-input"
          onChange={(e) => void start(e.currentTarget.files?.[0])}
        />
      </Card>
      {error && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={t("surveyImport.uploadFailed")}
          data-testid="upload-error"
        >
          {error}
        </Alert>
      )}
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} title={t("surveyImport.tips")}>
        <List size="sm" spacing={4}>
          {tips.map((tip) => (
            <List.Item key={tip}>{tip}</List.Item>
          ))}
        </List>
      </Alert>
    </Stack>
  );
}
