import { Alert, Button, FileButton, Group, List, Stack, Tooltip } from "@mantine/core";
import type { Survey } from "@motmap/core";
import { IconAlertTriangle, IconFileImport } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError, api, hospitalPath } from "../../../api/client.ts";
import { notifySuccess } from "../../../lib/errors.tsx";
import { surveyKeys } from "../queries.ts";

const MAX_BYTES = 5 * 1024 * 1024;

type Imported = Survey & { warnings: { path: string; message: string }[] };

class FileProblem extends Error {}

/**
 * "FHIR 가져오기": a Questionnaire JSON file becomes a new draft survey, and the builder opens it.
 * A file that is not JSON, not a Questionnaire or has nothing to answer is explained in place.
 */
export function FhirQuestionnaireImport({ hospitalId }: { hospitalId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
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
      return api.post<Imported>(hospitalPath(hospitalId, "/surveys/fhir/questionnaire"), json);
    },
    onSuccess: async (survey) => {
      setProblem(null);
      await qc.invalidateQueries({ queryKey: surveyKeys.list(hospitalId) });
      const count = survey.definition.sections.reduce((n, s) => n + s.questions.length, 0);
      notifySuccess(
        [
          t("fhir.imported", { title: survey.title, count }),
          survey.warnings.length > 0 ? t("fhir.importedWithWarnings", { count: survey.warnings.length }) : "",
        ]
          .filter(Boolean)
          .join(" "),
      );
      await navigate(`/h/${hospitalId}/surveys/${survey.id}`);
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
    <Stack gap="xs" mb="md" data-testid="fhir-import">
      <Group justify="flex-end">
        <FileButton
          onChange={(file) => file && upload.mutate(file)}
          accept="application/json,application/fhir+json,.json"
        >
          {(props) => (
            <Tooltip label={t("fhir.importHint")} multiline w={280}>
              <Button
                {...props}
                variant="default"
                leftSection={<IconFileImport size={16} />}
                loading={upload.isPending}
                data-testid="fhir-import-button"
              >
                {t("fhir.import")}
              </Button>
            </Tooltip>
          )}
        </FileButton>
      </Group>
      {problem && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={t("fhir.errorTitle")}
          withCloseButton
          closeButtonLabel={t("fhir.close")}
          onClose={() => setProblem(null)}
          data-testid="fhir-import-error"
        >
          {problem.message}
          {problem.details.length > 0 && (
            <List size="sm" mt={4}>
              {problem.details.slice(0, 5).map((d) => (
                <List.Item key={d}>{d}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
