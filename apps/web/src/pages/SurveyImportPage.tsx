import { Alert, Anchor, Breadcrumbs, Button, Stack, Text } from "@mantine/core";
import type { ImportMapping } from "@motmap/core";
import { IconAlertTriangle, IconArrowLeft, IconMessages } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { hospitalPath } from "../api/client.ts";
import { ImportHistory } from "../components/import/ImportHistory.tsx";
import { ImportWizard } from "../components/import/ImportWizard.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { ErrorState, PageSkeleton } from "../components/states.tsx";
import { MappingStep } from "../components/surveys/import/MappingStep.tsx";
import { duplicateTargets, FIELD_TARGETS, questionsOf } from "../components/surveys/import/mapping.ts";
import { invalidateSurvey, useSurvey } from "../components/surveys/queries.ts";
import { currentLanguage } from "../i18n/index.ts";
import { useHospitalContext } from "../lib/hospital.ts";

/** /h/:hospitalId/surveys/:surveyId/import — file → column mapping → preview → commit with progress. */
export function SurveyImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { hid, canEdit } = useHospitalContext();
  const { surveyId = "" } = useParams();
  const survey = useSurvey(hid, surveyId);

  if (survey.isPending) return <PageSkeleton />;
  if (survey.isError) return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  const en = currentLanguage() === "en";
  const title = en && survey.data.titleEn ? survey.data.titleEn : survey.data.title;
  const published = survey.data.versions.length > 0;
  const definition = survey.data.definition;
  const questions = new Map(questionsOf(definition).map((q) => [q.key, q] as const));
  const surveyKey = ["hospital", hid, "survey", surveyId];
  const basePath = hospitalPath(hid, `/surveys/${encodeURIComponent(surveyId)}/imports`);

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
          {t("surveyImport.title")}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={t("surveyImport.title")}
        subtitle={t("surveyImport.subtitle", { title })}
        readOnly={!canEdit}
        actions={
          <Button
            component={Link}
            to={`/h/${hid}/surveys/${surveyId}/responses`}
            variant="default"
            leftSection={<IconArrowLeft size={16} />}
          >
            {t("surveys.responses")}
          </Button>
        }
      />
      {!published && (
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />} data-testid="import-not-published">
          {t("surveyImport.notPublished")}
        </Alert>
      )}
      <ImportWizard<ImportMapping>
        basePath={basePath}
        jobKey={[...surveyKey, "import-job"]}
        tips={[t("surveyImport.tip1"), t("surveyImport.tip2"), t("surveyImport.tip3")]}
        disabled={!canEdit || !published}
        renderMapping={(upload, mapping, onChange) => (
          <MappingStep upload={upload} definition={definition} mapping={mapping} onChange={onChange} />
        )}
        blocked={(mapping) => duplicateTargets(mapping).size > 0}
        previewLabel={(key) => {
          const q = questions.get(key);
          if (q) return en && q.textEn ? q.textEn : q.text;
          return (FIELD_TARGETS as readonly string[]).includes(key)
            ? t(`surveyImport.target.${key as "segment"}`)
            : key;
        }}
        commitTexts={{
          results: {
            to: `/h/${hid}/surveys/${surveyId}/responses`,
            label: t("surveyImport.seeResponses"),
            icon: <IconMessages size={16} />,
          },
          doneBody: (created) => t("surveyImport.doneBody", { created }),
          doneDuplicates: (n) => t("surveyImport.doneDuplicates", { n }),
        }}
        onFinished={() => {
          void invalidateSurvey(qc, hid, surveyId);
          void qc.invalidateQueries({ queryKey: [...surveyKey, "responses"] });
          void qc.invalidateQueries({ queryKey: [...surveyKey, "imports"] });
        }}
      />
      <ImportHistory url={basePath} queryKey={[...surveyKey, "imports"]} />
    </Stack>
  );
}
