import {
  Badge,
  Button,
  Card,
  Checkbox,
  Chip,
  Group,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import type { SurveyDefinitionInput, SurveyQuestion } from "@motmap/core";
import { useTranslation } from "react-i18next";

export type PreviewLanguage = "ko" | "en";

type Question = Pick<SurveyQuestion, "key" | "type" | "text" | "required" | "scale"> & {
  textEn?: string;
  options?: { value: string; label: string; labelEn?: string }[];
};

const pick = (lang: PreviewLanguage, ko: string, en?: string) => (lang === "en" && en?.trim() ? en : ko);

function ScaleChips({ from, to, low, high }: { from: number; to: number; low: string; high: string }) {
  const points = Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  return (
    <Stack gap={4}>
      <Chip.Group>
        <Group gap={6} wrap="wrap">
          {points.map((p) => (
            <Chip key={p} value={p} size="md" radius="sm" variant="outline">
              {p}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <Group justify="space-between" maw={points.length * 58}>
        <Text size="xs" c="dimmed">
          {low}
        </Text>
        <Text size="xs" c="dimmed">
          {high}
        </Text>
      </Group>
    </Stack>
  );
}

/** One question as the patient sees it (answers are local and never sent). */
function PreviewQuestion({ q, lang, n }: { q: Question; lang: PreviewLanguage; n: number }) {
  const { i18n } = useTranslation();
  const tl = i18n.getFixedT(lang);
  let input: React.ReactNode;
  switch (q.type) {
    case "satisfaction":
      input = <ScaleChips from={1} to={q.scale ?? 5} low={tl("surveys.scaleLow")} high={tl("surveys.scaleHigh")} />;
      break;
    case "importance":
      input = <ScaleChips from={1} to={5} low={tl("surveys.importanceLow")} high={tl("surveys.importanceHigh")} />;
      break;
    case "nps":
      input = <ScaleChips from={0} to={10} low={tl("surveys.npsLow")} high={tl("surveys.npsHigh")} />;
      break;
    case "yes_no":
      input = (
        <SegmentedControl
          w={240}
          defaultValue=""
          data={[
            { value: "1", label: tl("surveys.yes") },
            { value: "0", label: tl("surveys.no") },
          ]}
        />
      );
      break;
    case "single_choice":
      input = (
        <Radio.Group>
          <Stack gap={6}>
            {(q.options ?? []).map((o) => (
              <Radio key={o.value} value={o.value} label={pick(lang, o.label, o.labelEn)} />
            ))}
          </Stack>
        </Radio.Group>
      );
      break;
    case "multiple_choice":
      input = (
        <Checkbox.Group>
          <Stack gap={6}>
            {(q.options ?? []).map((o) => (
              <Checkbox key={o.value} value={o.value} label={pick(lang, o.label, o.labelEn)} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
      break;
    default:
      input = <Textarea placeholder={tl("surveys.freeTextPlaceholder")} autosize minRows={3} />;
  }
  return (
    <Stack gap="xs" data-testid="preview-question">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Text fw={600} size="sm" c="dimmed">
          {n}.
        </Text>
        <Text fw={500}>{pick(lang, q.text, q.textEn) || "—"}</Text>
        {q.required && (
          <Badge size="xs" color="red" variant="light">
            {tl("surveys.previewRequired")}
          </Badge>
        )}
      </Group>
      {input}
    </Stack>
  );
}

/** The survey as the patient will see it, in Korean or English. */
export function SurveyPreview({
  title,
  titleEn,
  description,
  descriptionEn,
  definition,
  lang,
}: {
  title: string;
  titleEn: string;
  description: string;
  descriptionEn: string;
  definition: SurveyDefinitionInput;
  lang: PreviewLanguage;
}) {
  const { t } = useTranslation();
  let n = 0;
  const hasQuestions = definition.sections.some((s) => s.questions.length > 0);
  return (
    <Card maw={640} mx="auto" w="100%" withBorder data-testid="survey-preview" lang={lang}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={3}>{pick(lang, title, titleEn)}</Title>
          {pick(lang, description, descriptionEn) && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
              {pick(lang, description, descriptionEn)}
            </Text>
          )}
        </Stack>
        {!hasQuestions && <Text c="dimmed">{t("surveys.previewEmpty", { lng: lang })}</Text>}
        {definition.sections.map((s) => (
          <Stack key={s.key} gap="md">
            {pick(lang, s.title ?? "", s.titleEn) && (
              <Title order={5} c="motmap.8">
                {pick(lang, s.title ?? "", s.titleEn)}
              </Title>
            )}
            {s.questions.map((q) => {
              n++;
              return <PreviewQuestion key={q.key} q={q as Question} lang={lang} n={n} />;
            })}
          </Stack>
        ))}
        {hasQuestions && (
          <Button disabled fullWidth>
            {t("surveys.submitPreview", { lng: lang })}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
