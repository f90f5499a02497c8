import {
  Alert,
  Button,
  Card,
  FileInput,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { FollowUpColumnTarget, FollowUpImportMapping, FollowUpImportReport, ImportReport } from "@motmap/core";
import { IconCircleCheck, IconFileSpreadsheet } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { useJourneys } from "../../api/queries.ts";
import { notifyError } from "../../lib/errors.tsx";
import { RowErrorsTable } from "../import/RowErrorsTable.tsx";
import { ImportStat } from "./ImportStat.tsx";
import { followUpKeys, useFollowUpLists } from "./queries.ts";

const TARGETS: FollowUpColumnTarget[] = [
  "ignore",
  "dedupe_key",
  "name",
  "phone",
  "visit_date",
  "department",
  "journey",
];

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** 명단 가져오기: file → column mapping → preview with row errors → all-or-nothing import. */
export function ImportWizard({ hid }: { hid: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const journeys = useJourneys(hid);
  const lists = useFollowUpLists(hid);
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [name, setName] = useState("");
  const [content, setContent] = useState("");
  const [mapping, setMapping] = useState<FollowUpImportMapping | null>(null);
  const [report, setReport] = useState<FollowUpImportReport | null>(null);
  const [busy, setBusy] = useState(false);

  const send = (mode: "preview" | "commit", body: Record<string, unknown>) =>
    api.post<FollowUpImportReport>(hospitalPath(hid, `/follow-up/imports/${mode}`), body);

  const readFile = async () => {
    if (!file) return;
    setBusy(true);
    try {
      const base64 = await readBase64(file);
      const first = await send("preview", { fileName: file.name, content: base64 });
      setContent(base64);
      const suggested = first.suggestedMapping;
      const defaultJourneyId = suggested.columns.some((c) => c.target === "journey")
        ? null
        : (journeys.data?.[0]?.id ?? null);
      setMapping({ ...suggested, defaultJourneyId });
      setReport(null);
      setStep(1);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const preview = async () => {
    if (!file || !mapping) return;
    setBusy(true);
    try {
      setReport(await send("preview", { fileName: file.name, content, mapping }));
      setStep(2);
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!file || !mapping) return;
    setBusy(true);
    try {
      const done = await send("commit", { fileName: file.name, content, mapping, name });
      setReport(done);
      if (done.committed) {
        setStep(3);
        await qc.invalidateQueries({ queryKey: followUpKeys.all(hid) });
      }
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setStep(0);
    setFile(null);
    setName("");
    setMapping(null);
    setReport(null);
  };

  const toImport = report ? report.valid - report.duplicates : 0;
  return (
    <Stack gap="lg">
      <Card withBorder padding="lg">
        <Stepper active={step} size="sm" mb="lg" allowNextStepsSelect={false}>
          <Stepper.Step label={t("followUp.import.stepFile")} />
          <Stepper.Step label={t("followUp.import.stepColumns")} />
          <Stepper.Step label={t("followUp.import.stepPreview")} />
        </Stepper>

        {step === 0 && (
          <Stack gap="md" maw={560}>
            <FileInput
              label={t("followUp.import.fileLabel")}
              description={t("followUp.import.fileHint")}
              accept=".csv,.xlsx,text/csv"
              value={file}
              onChange={setFile}
              leftSection={<IconFileSpreadsheet size={18} />}
              data-testid="call-list-file"
              clearable
            />
            <TextInput
              label={t("followUp.import.listName")}
              placeholder={t("followUp.import.listNamePlaceholder")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Group>
              <Button onClick={() => void readFile()} disabled={!file} loading={busy}>
                {t("followUp.import.next")}
              </Button>
            </Group>
          </Stack>
        )}

        {step === 1 && mapping && (
          <Stack gap="md">
            <Table withTableBorder data-testid="call-list-mapping">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("followUp.import.column")}</Table.Th>
                  <Table.Th w={280}>{t("followUp.import.target")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mapping.columns.map((c, i) => (
                  <Table.Tr key={c.column}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {c.column}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Select
                        aria-label={c.column}
                        data={TARGETS.map((x) => ({ value: x, label: t(`followUp.import.targets.${x}`) }))}
                        value={c.target}
                        allowDeselect={false}
                        onChange={(v) =>
                          setMapping({
                            ...mapping,
                            columns: mapping.columns.map((col, j) =>
                              j === i ? { ...col, target: (v ?? "ignore") as FollowUpColumnTarget } : col,
                            ),
                          })
                        }
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Select
              maw={420}
              label={t("followUp.import.defaultJourney")}
              data={(journeys.data ?? []).map((j) => ({ value: j.id, label: j.title }))}
              value={mapping.defaultJourneyId}
              onChange={(v) => setMapping({ ...mapping, defaultJourneyId: v })}
              clearable
              data-testid="default-journey"
            />
            <Group>
              <Button variant="default" onClick={() => setStep(0)}>
                {t("followUp.import.back")}
              </Button>
              <Button onClick={() => void preview()} loading={busy}>
                {t("followUp.import.next")}
              </Button>
            </Group>
          </Stack>
        )}

        {step >= 2 && report && (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 2, sm: 4 }}>
              <ImportStat label={t("followUp.import.rows")} value={report.rows} />
              <ImportStat label={t("followUp.import.valid")} value={report.valid} color="teal" />
              <ImportStat label={t("followUp.import.duplicates")} value={report.duplicates} color="gray" />
              <ImportStat label={t("followUp.import.errors")} value={report.errorCount} color="red" />
            </SimpleGrid>
            {report.errorCount > 0 && (
              <>
                <Alert color="red" variant="light">
                  {t("followUp.import.fixFile")}
                </Alert>
                <RowErrorsTable report={report as unknown as ImportReport} />
              </>
            )}
            {report.sample.length > 0 && report.errorCount === 0 && step === 2 && (
              <Table withTableBorder striped data-testid="call-list-sample">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("followUp.col.name")}</Table.Th>
                    <Table.Th>{t("followUp.col.phone")}</Table.Th>
                    <Table.Th>{t("followUp.col.visitDate")}</Table.Th>
                    <Table.Th>{t("followUp.col.department")}</Table.Th>
                    <Table.Th>{t("followUp.col.journey")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.sample.map((r, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed preview
                    <Table.Tr key={i}>
                      <Table.Td>{r.name}</Table.Td>
                      <Table.Td>{r.phone}</Table.Td>
                      <Table.Td>{r.visitDate}</Table.Td>
                      <Table.Td>{r.department || "—"}</Table.Td>
                      <Table.Td>{r.journey || "—"}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {step === 3 ? (
              <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="call-list-done">
                {t("followUp.import.done", { created: report.created, duplicates: report.duplicates })}
              </Alert>
            ) : null}
            <Group>
              {step === 2 && (
                <>
                  <Button variant="default" onClick={() => setStep(1)}>
                    {t("followUp.import.back")}
                  </Button>
                  <Button
                    onClick={() => void commit()}
                    loading={busy}
                    disabled={report.errorCount > 0 || toImport === 0}
                    data-testid="call-list-commit"
                  >
                    {toImport === 0
                      ? t("followUp.import.nothingNew")
                      : t("followUp.import.commit", { count: toImport })}
                  </Button>
                </>
              )}
              {step === 3 && (
                <Button variant="light" onClick={reset}>
                  {t("followUp.import.another")}
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </Card>

      {(lists.data ?? []).length > 0 && (
        <Card withBorder padding="lg">
          <Text fw={700} mb="sm">
            {t("followUp.import.lists")}
          </Text>
          <Table>
            <Table.Tbody>
              {(lists.data ?? []).map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {l.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {l.fileName}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t("followUp.import.listEntries", { count: l.entries })}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {l.createdAt.slice(0, 10)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
