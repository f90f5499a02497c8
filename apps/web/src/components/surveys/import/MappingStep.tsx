import { Alert } from "@mantine/core";
import type { ImportMapping, SurveyDefinition } from "@motmap/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../../i18n/index.ts";
import { ColumnMapping } from "../../import/ColumnMapping.tsx";
import type { UploadedFile } from "../../import/upload.ts";
import { duplicateTargets, FIELD_TARGETS, questionsOf, targetOf, targetValue } from "./mapping.ts";

/** Step 2 of a survey import: each column feeds a response field or a question's answer. */
export function MappingStep({
  upload,
  definition,
  mapping,
  onChange,
}: {
  upload: UploadedFile<ImportMapping>;
  definition: SurveyDefinition;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}) {
  const { t } = useTranslation();
  const en = currentLanguage() === "en";
  const options = [
    { group: "", items: [{ value: "ignore", label: t("surveyImport.target.ignore") }] },
    {
      group: t("surveyImport.groupFields"),
      items: FIELD_TARGETS.map((k) => ({ value: k, label: t(`surveyImport.target.${k}`) })),
    },
    {
      group: t("surveyImport.groupQuestions"),
      items: questionsOf(definition).map((q, i) => ({
        value: `answer:${q.key}`,
        label: `${i + 1}. ${en && q.textEn ? q.textEn : q.text}`,
      })),
    },
  ];
  return (
    <ColumnMapping
      upload={upload}
      mapping={mapping}
      onChange={onChange}
      options={options}
      valueFor={targetValue}
      targetOf={targetOf}
      duplicates={duplicateTargets(mapping)}
    >
      {!mapping.columns.some((c) => c.target.kind === "dedupe_key") && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t("surveyImport.noDedupe")}
        </Alert>
      )}
    </ColumnMapping>
  );
}
