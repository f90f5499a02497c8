import { Button, Tooltip } from "@mantine/core";
import { IconFileExport } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { hospitalPath } from "../../../api/client.ts";

/** Downloads the survey as a FHIR R4 Questionnaire: a plain same-origin link (the session cookie goes along). */
export function FhirQuestionnaireDownload({ hospitalId, surveyId }: { hospitalId: string; surveyId: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t("fhir.exportHint")} multiline w={280}>
      <Button
        component="a"
        href={hospitalPath(hospitalId, `/surveys/${surveyId}/fhir/questionnaire`)}
        download={`questionnaire-${surveyId}.fhir.json`}
        variant="default"
        leftSection={<IconFileExport size={16} />}
        data-testid="fhir-export"
      >
        {t("fhir.export")}
      </Button>
    </Tooltip>
  );
}
