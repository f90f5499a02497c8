import { Alert, Select, SimpleGrid, Text } from "@mantine/core";
import {
  VOC_CHANNELS,
  VOC_SEVERITIES,
  VOC_TYPES,
  type VocChannel,
  type VocColumnKind,
  type VocImportMapping,
  type VocSeverity,
  type VocType,
} from "@motmap/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useJourneys } from "../../../api/queries.ts";
import { ColumnMapping } from "../../import/ColumnMapping.tsx";
import { duplicateValues, type UploadedFile } from "../../import/upload.ts";

export const VOC_TARGETS: VocColumnKind[] = [
  "ignore",
  "dedupe_key",
  "type",
  "channel",
  "received_on",
  "text",
  "severity",
  "department",
  "touchpoint",
  "contact",
];

/** Fields the import cannot do without, unless a default stands in (type, channel). */
export function missingFields(m: VocImportMapping): VocColumnKind[] {
  const mapped = new Set(m.columns.map((c) => c.target.kind));
  return (["type", "channel", "received_on", "text"] as const).filter(
    (k) => !mapped.has(k) && !((k === "type" || k === "channel") && m.defaults[k]),
  );
}

/** Targets chosen by more than one column. */
export const duplicateKinds = (m: VocImportMapping) => duplicateValues(m, (target) => target.kind);

export const needsJourney = (m: VocImportMapping) =>
  m.journeyId === null && m.columns.some((c) => c.target.kind === "touchpoint");

/** Step 2 of a VOC import: what each column feeds, the journey of the touchpoints, defaults for missing columns. */
export function VocMappingStep({
  hid,
  upload,
  mapping,
  onChange,
}: {
  hid: string;
  upload: UploadedFile<VocImportMapping>;
  mapping: VocImportMapping;
  onChange: (m: VocImportMapping) => void;
}) {
  const { t } = useTranslation();
  const journeys = useJourneys(hid);
  const missing = missingFields(mapping);
  const none = { value: "", label: t("vocImport.noDefault") };
  const setDefault = (key: "type" | "channel" | "severity", value: string | null) =>
    onChange({ ...mapping, defaults: { ...mapping.defaults, [key]: value || undefined } });

  return (
    <ColumnMapping
      upload={upload}
      mapping={mapping}
      onChange={onChange}
      options={VOC_TARGETS.map((k) => ({ value: k, label: t(`vocImport.target.${k}`) }))}
      valueFor={(target) => target.kind}
      targetOf={(value) => ({ kind: (value ?? "ignore") as VocColumnKind })}
      duplicates={duplicateKinds(mapping)}
    >
      <Select
        label={t("vocImport.journey")}
        description={t("vocImport.journeyHint")}
        data={[
          { value: "", label: t("vocImport.journeyNone") },
          ...(journeys.data ?? []).map((j) => ({ value: j.id, label: j.title })),
        ]}
        value={mapping.journeyId ?? ""}
        onChange={(v) => onChange({ ...mapping, journeyId: v || null })}
        error={needsJourney(mapping) ? t("vocImport.journeyNeeded") : undefined}
        maw={480}
        data-testid="import-journey"
      />
      <Text fw={600} size="sm">
        {t("vocImport.defaults")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} maw={720}>
        <Select
          label={t("vocImport.defaultType")}
          data={[none, ...VOC_TYPES.map((v: VocType) => ({ value: v, label: t(`voc.type.${v}`) }))]}
          value={mapping.defaults.type ?? ""}
          onChange={(v) => setDefault("type", v)}
          data-testid="default-type"
        />
        <Select
          label={t("vocImport.defaultChannel")}
          data={[none, ...VOC_CHANNELS.map((v: VocChannel) => ({ value: v, label: t(`voc.channel.${v}`) }))]}
          value={mapping.defaults.channel ?? ""}
          onChange={(v) => setDefault("channel", v)}
          data-testid="default-channel"
        />
        <Select
          label={t("vocImport.defaultSeverity")}
          data={[none, ...VOC_SEVERITIES.map((v: VocSeverity) => ({ value: v, label: t(`voc.severity.${v}`) }))]}
          value={mapping.defaults.severity ?? ""}
          onChange={(v) => setDefault("severity", v)}
        />
      </SimpleGrid>
      {missing.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="missing-fields">
          {t("vocImport.missing", { fields: missing.map((k) => t(`vocImport.target.${k}`)).join(", ") })}
        </Alert>
      )}
      {!mapping.columns.some((c) => c.target.kind === "dedupe_key") && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t("vocImport.noDedupe")}
        </Alert>
      )}
    </ColumnMapping>
  );
}
