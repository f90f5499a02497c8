import { Alert, Badge, Group, Radio, SimpleGrid, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import type { Journey, Segment } from "@motmap/core";
import {
  IconAmbulance,
  IconBed,
  IconFile,
  IconHeartbeat,
  type IconProps,
  IconStethoscope,
  IconTemplate,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import type { Items } from "../../api/types.ts";
import { currentLanguage, type Language } from "../../i18n/index.ts";

/** `GET /api/templates` rows. */
export interface TemplateSummary {
  id: string;
  segment: Segment;
  title: string;
  description: string;
  stageCount: number;
  touchpointCount: number;
}

/** The value of the picker: a blank journey or a template id. */
export const BLANK = "blank";

export function useTemplates(locale: Language, enabled = true) {
  return useQuery({
    queryKey: ["templates", locale] as const,
    queryFn: () => api.get<Items<TemplateSummary>>(`/api/templates?locale=${locale}`),
    select: (d) => d.items,
    staleTime: 60 * 60_000,
    enabled,
  });
}

export function createFromTemplate(hid: string, body: { templateId: string; locale: Language; title?: string }) {
  return api.post<Journey>(hospitalPath(hid, "/journeys/from-template"), body);
}

const segmentIcons: Partial<Record<Segment, ComponentType<IconProps>>> = {
  first_visit_outpatient: IconStethoscope,
  returning_outpatient: IconStethoscope,
  inpatient: IconBed,
  health_checkup: IconHeartbeat,
  emergency: IconAmbulance,
};

const segmentColors: Partial<Record<Segment, string>> = {
  first_visit_outpatient: "motmap",
  inpatient: "indigo",
  health_checkup: "teal",
  emergency: "red",
};

function OptionCard({
  value,
  selected,
  icon,
  color,
  title,
  description,
  footer,
}: {
  value: string;
  selected: boolean;
  icon: React.ReactNode;
  color: string;
  title: string;
  description: string;
  footer?: React.ReactNode;
}) {
  return (
    <Radio.Card
      value={value}
      p="md"
      radius="md"
      data-testid={`template-${value}`}
      h="100%"
      style={{
        display: "flex",
        alignItems: "flex-start",
        borderColor: selected ? "var(--mantine-color-motmap-6)" : undefined,
        background: selected ? "var(--mantine-color-motmap-0)" : undefined,
      }}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm" style={{ flex: 1 }}>
        <Radio.Indicator mt={2} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="light" color={color} size={28} radius="md">
              {icon}
            </ThemeIcon>
            <Text fw={600} size="sm" lh={1.3}>
              {title}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" lineClamp={3}>
            {description}
          </Text>
          {footer}
        </Stack>
      </Group>
    </Radio.Card>
  );
}

/** Blank journey or one of the templates, as radio cards (title, description, counts). */
export function TemplatePicker({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const templates = useTemplates(currentLanguage());
  return (
    <Radio.Group value={value} onChange={onChange} label={t("templates.source")} data-testid="template-picker">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
        <OptionCard
          value={BLANK}
          selected={value === BLANK}
          icon={<IconFile size={16} />}
          color="gray"
          title={t("templates.blank")}
          description={t("templates.blankDescription")}
        />
        {templates.isPending && [0, 1, 2].map((i) => <Skeleton key={i} height={118} radius="md" aria-busy="true" />)}
        {templates.data?.map((tpl) => {
          const Icon = segmentIcons[tpl.segment] ?? IconTemplate;
          return (
            <OptionCard
              key={tpl.id}
              value={tpl.id}
              selected={value === tpl.id}
              icon={<Icon size={16} />}
              color={segmentColors[tpl.segment] ?? "motmap"}
              title={tpl.title}
              description={tpl.description}
              footer={
                <Group gap={6}>
                  <Badge size="sm" color="gray" variant="light">
                    {t(`enums.segment.${tpl.segment}`)}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {t("templates.counts", { stages: tpl.stageCount, touchpoints: tpl.touchpointCount })}
                  </Text>
                </Group>
              }
            />
          );
        })}
      </SimpleGrid>
      {templates.isError && (
        <Alert color="yellow" variant="light" mt="sm">
          {t("templates.loadFailed")}
        </Alert>
      )}
    </Radio.Group>
  );
}
