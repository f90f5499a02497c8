import { Alert, Button, FileButton, List, Modal, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconFileImport } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, hospitalPath } from "../../../api/client.ts";
import { notifySuccess } from "../../../lib/errors.tsx";

const MAX_BYTES = 5 * 1024 * 1024;

interface Imported {
  rows: number;
  created: number;
  duplicates: number;
}

class FileProblem extends Error {}

/**
 * "FHIR 응답 가져오기": a QuestionnaireResponse or a Bundle of them becomes responses to the published
 * version — all or nothing. A refused file is explained entry by entry in a dialog.
 */
export function FhirResponsesImport({ hospitalId, surveyId }: { hospitalId: string; surveyId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [problem, setProblem] = useState<{ message: string; details: string[] } | null>(null);

  const upload = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > MAX_BYTES) throw new FileProblem(t("fhir.tooLarge"));
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        throw new FileProblem(t("fhir.notJson"));
      }
      return api.post<Imported>(hospitalPath(hospitalId, `/surveys/${surveyId}/fhir/responses`), json);
    },
    onSuccess: async (r) => {
      setProblem(null);
      await qc.invalidateQueries({ queryKey: ["hospital", hospitalId, "survey", surveyId] });
      notifySuccess(t("fhir.responsesImported", { created: r.created, duplicates: r.duplicates }));
    },
    onError: (e) => {
      if (e instanceof ApiError) {
        setProblem({
          message: e.message,
          details: e.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)),
        });
      } else setProblem({ message: e instanceof Error ? e.message : String(e), details: [] });
    },
  });

  return (
    <>
      <FileButton
        onChange={(file) => file && upload.mutate(file)}
        accept="application/json,application/fhir+json,.json"
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            leftSection={<IconFileImport size={16} />}
            loading={upload.isPending}
            data-testid="fhir-responses-import"
          >
            {t("fhir.importResponses")}
          </Button>
        )}
      </FileButton>
      <Modal opened={problem !== null} onClose={() => setProblem(null)} title={t("fhir.responsesErrorTitle")} size="lg">
        <Stack gap="xs" data-testid="fhir-responses-error">
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            {t("fhir.nothingWritten")}
          </Alert>
          {problem && problem.details.length === 0 && <Text size="sm">{problem.message}</Text>}
          {problem && problem.details.length > 0 && (
            <List size="sm">
              {problem.details.slice(0, 20).map((d) => (
                <List.Item key={d}>{d}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Modal>
    </>
  );
}
