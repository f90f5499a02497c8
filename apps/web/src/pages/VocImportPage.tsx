import { Anchor, Breadcrumbs, Button, Stack, Text } from "@mantine/core";
import type { VocChannel, VocImportMapping, VocSeverity, VocType } from "@motmap/core";
import { IconArrowLeft, IconList } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { hospitalPath } from "../api/client.ts";
import { ImportHistory } from "../components/import/ImportHistory.tsx";
import { ImportWizard } from "../components/import/ImportWizard.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import {
  duplicateKinds,
  missingFields,
  needsJourney,
  VocMappingStep,
} from "../components/voc/import/VocMappingStep.tsx";
import { useHospitalContext } from "../lib/hospital.ts";

/** /h/:hospitalId/voc/import — file → column mapping → preview → commit with progress. */
export function VocImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { hid, canEdit } = useHospitalContext();
  const historyKey = ["hospital", hid, "voc-imports"];
  const basePath = hospitalPath(hid, "/voc-imports");

  return (
    <Stack gap="lg">
      <Breadcrumbs separatorMargin={6}>
        <Anchor component={Link} to={`/h/${hid}/voc`} size="sm">
          {t("vocImport.back")}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t("vocImport.title")}
        </Text>
      </Breadcrumbs>
      <PageHeader
        title={t("vocImport.title")}
        subtitle={t("vocImport.subtitle")}
        readOnly={!canEdit}
        actions={
          <Button component={Link} to={`/h/${hid}/voc`} variant="default" leftSection={<IconArrowLeft size={16} />}>
            {t("vocImport.back")}
          </Button>
        }
      />
      <ImportWizard<VocImportMapping>
        basePath={basePath}
        jobKey={["hospital", hid, "voc-import-job"]}
        tips={[t("vocImport.tip1"), t("vocImport.tip2"), t("vocImport.tip3")]}
        disabled={!canEdit}
        renderMapping={(upload, mapping, onChange) => (
          <VocMappingStep hid={hid} upload={upload} mapping={mapping} onChange={onChange} />
        )}
        blocked={(m) => duplicateKinds(m).size > 0 || missingFields(m).length > 0 || needsJourney(m)}
        sampleValue={(mapping, column, value) => {
          const kind = mapping.columns.find((c) => c.column === column)?.target.kind;
          if (value === "") return value;
          if (kind === "type") return t(`voc.type.${value as VocType}`);
          if (kind === "channel") return t(`voc.channel.${value as VocChannel}`);
          if (kind === "severity") return t(`voc.severity.${value as VocSeverity}`);
          return value;
        }}
        commitTexts={{
          results: { to: `/h/${hid}/voc`, label: t("vocImport.seeItems"), icon: <IconList size={16} /> },
          doneBody: (created) => t("vocImport.doneBody", { created }),
          doneDuplicates: (n) => t("vocImport.doneDuplicates", { n }),
        }}
        onFinished={() => {
          void qc.invalidateQueries({ queryKey: ["hospital", hid, "voc"] });
          void qc.invalidateQueries({ queryKey: historyKey });
        }}
      />
      <ImportHistory url={basePath} queryKey={historyKey} />
    </Stack>
  );
}
