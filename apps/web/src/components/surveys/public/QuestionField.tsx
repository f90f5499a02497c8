import { Badge, Box, Checkbox, Group, Paper, Radio, Stack, Text, Textarea, UnstyledButton } from "@mantine/core";
import type { SurveyQuestion } from "@motmap/core";
import { IconShieldLock } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import classes from "./PublicSurvey.module.css";

/** One answer as the form keeps it; exactly one field is set once answered. */
export interface AnswerValue {
  value?: number;
  text?: string;
  choices?: string[];
}

type T = TFunction;

const NPS_POINTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Word labels of a satisfaction scale, lowest first. */
export function satisfactionLabels(scale: 5 | 7, t: T): string[] {
  return scale === 7
    ? [
        t("publicSurvey.veryDissatisfied"),
        t("publicSurvey.dissatisfied"),
        t("publicSurvey.somewhatDissatisfied"),
        t("publicSurvey.neutral"),
        t("publicSurvey.somewhatSatisfied"),
        t("publicSurvey.satisfied"),
        t("publicSurvey.verySatisfied"),
      ]
    : [
        t("publicSurvey.veryDissatisfied"),
        t("publicSurvey.dissatisfied"),
        t("publicSurvey.neutral"),
        t("publicSurvey.satisfied"),
        t("publicSurvey.verySatisfied"),
      ];
}

function importanceLabels(t: T): string[] {
  return [
    t("publicSurvey.notImportant"),
    t("publicSurvey.lessImportant"),
    t("publicSurvey.midImportant"),
    t("publicSurvey.important"),
    t("publicSurvey.veryImportant"),
  ];
}

/** Whether an answer counts as given (what a required question needs). */
export function isAnswered(q: SurveyQuestion, a: AnswerValue | undefined): boolean {
  if (!a) return false;
  if (q.type === "free_text") return (a.text ?? "").trim() !== "";
  if (q.type === "single_choice" || q.type === "multiple_choice") return (a.choices ?? []).length > 0;
  return a.value !== undefined;
}

interface ScaleProps {
  labels: string[];
  /** Value of the first button (1 for scales, 0 for NPS). */
  first: number;
  value: number | undefined;
  onChange: (v: number) => void;
  name: string;
  kiosk: boolean;
}

/** A row of big buttons, one per point, each with its number and word. */
function ScaleButtons({ labels, first, value, onChange, name, kiosk }: ScaleProps) {
  return (
    <div
      role="radiogroup"
      aria-label={name}
      className={classes.scale}
      style={{ gridTemplateColumns: `repeat(${labels.length}, minmax(0, 1fr))` }}
    >
      {labels.map((label, i) => {
        const v = first + i;
        const selected = value === v;
        return (
          <UnstyledButton
            key={v}
            role="radio"
            aria-checked={selected}
            aria-label={`${v} ${label.replace(/\u00ad/g, "")}`}
            className={classes.scaleButton}
            data-selected={selected || undefined}
            data-kiosk={kiosk || undefined}
            onClick={() => onChange(v)}
          >
            <span className={classes.scaleNumber}>{v}</span>
            <span className={classes.scaleLabel}>{label}</span>
          </UnstyledButton>
        );
      })}
    </div>
  );
}

function NpsButtons({ value, onChange, name, kiosk }: Omit<ScaleProps, "labels" | "first">) {
  const { t } = useTranslation();
  return (
    <Stack gap={6}>
      <div role="radiogroup" aria-label={name} className={classes.nps}>
        {NPS_POINTS.map((v) => {
          const selected = value === v;
          return (
            <UnstyledButton
              key={v}
              role="radio"
              aria-checked={selected}
              aria-label={String(v)}
              className={classes.npsButton}
              data-selected={selected || undefined}
              data-kiosk={kiosk || undefined}
              onClick={() => onChange(v)}
            >
              {v}
            </UnstyledButton>
          );
        })}
      </div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t("publicSurvey.npsLow")}
        </Text>
        <Text size="xs" c="dimmed" ta="right">
          {t("publicSurvey.npsHigh")}
        </Text>
      </Group>
    </Stack>
  );
}

export interface QuestionFieldProps {
  question: SurveyQuestion;
  index: number;
  answer: AnswerValue | undefined;
  onChange: (a: AnswerValue | undefined) => void;
  error?: string;
  en: boolean;
  kiosk: boolean;
}

/** One question of the public form, with the input its type calls for. */
export function QuestionField({ question: q, index, answer, onChange, error, en, kiosk }: QuestionFieldProps) {
  const { t } = useTranslation();
  const text = (en && q.textEn) || q.text;
  const labelId = `q-${q.key}-label`;
  let input: React.ReactNode;
  switch (q.type) {
    case "satisfaction":
      input = (
        <ScaleButtons
          name={text}
          labels={satisfactionLabels(q.scale === 7 ? 7 : 5, t)}
          first={1}
          value={answer?.value}
          onChange={(value) => onChange({ value })}
          kiosk={kiosk}
        />
      );
      break;
    case "importance":
      input = (
        <ScaleButtons
          name={text}
          labels={importanceLabels(t)}
          first={1}
          value={answer?.value}
          onChange={(value) => onChange({ value })}
          kiosk={kiosk}
        />
      );
      break;
    case "nps":
      input = <NpsButtons name={text} value={answer?.value} onChange={(value) => onChange({ value })} kiosk={kiosk} />;
      break;
    case "yes_no":
      input = (
        <ScaleButtons
          name={text}
          labels={[t("publicSurvey.no"), t("publicSurvey.yes")]}
          first={0}
          value={answer?.value}
          onChange={(value) => onChange({ value })}
          kiosk={kiosk}
        />
      );
      break;
    case "single_choice":
      input = (
        <Radio.Group
          value={answer?.choices?.[0] ?? null}
          onChange={(v) => onChange(v ? { choices: [v] } : undefined)}
          aria-labelledby={labelId}
        >
          <Stack gap="xs">
            {(q.options ?? []).map((o) => (
              <Radio.Card
                key={o.value}
                value={o.value}
                radius="md"
                className={classes.choiceCard}
                data-kiosk={kiosk || undefined}
              >
                <Group wrap="nowrap" gap="md">
                  <Radio.Indicator size={kiosk ? "lg" : "md"} />
                  <Text fz={kiosk ? 22 : 17}>{(en && o.labelEn) || o.label}</Text>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      );
      break;
    case "multiple_choice":
      input = (
        <Checkbox.Group
          value={answer?.choices ?? []}
          onChange={(v) => onChange(v.length > 0 ? { choices: v } : undefined)}
          aria-labelledby={labelId}
        >
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t("publicSurvey.chooseMany")}
            </Text>
            {(q.options ?? []).map((o) => (
              <Checkbox.Card
                key={o.value}
                value={o.value}
                radius="md"
                className={classes.choiceCard}
                data-kiosk={kiosk || undefined}
              >
                <Group wrap="nowrap" gap="md">
                  <Checkbox.Indicator size={kiosk ? "lg" : "md"} />
                  <Text fz={kiosk ? 22 : 17}>{(en && o.labelEn) || o.label}</Text>
                </Group>
              </Checkbox.Card>
            ))}
          </Stack>
        </Checkbox.Group>
      );
      break;
    case "free_text":
      input = (
        <Stack gap={6}>
          <Textarea
            aria-labelledby={labelId}
            value={answer?.text ?? ""}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange(v === "" ? undefined : { text: v });
            }}
            placeholder={t("publicSurvey.textPlaceholder")}
            autosize
            minRows={4}
            maxRows={10}
            maxLength={2000}
            size={kiosk ? "lg" : "md"}
          />
          <Group gap={6} wrap="nowrap" align="flex-start">
            <IconShieldLock size={16} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0, marginTop: 2 }} />
            <Text size="sm" c="dimmed" data-testid="privacy-note">
              {t("publicSurvey.privacyNote")}
            </Text>
          </Group>
        </Stack>
      );
      break;
  }

  return (
    <Paper
      withBorder
      radius="lg"
      p={kiosk ? "xl" : "md"}
      className={classes.question}
      data-error={error ? true : undefined}
      data-testid="survey-question"
      data-key={q.key}
    >
      <Stack gap="md">
        <Box>
          <Text id={labelId} fw={600} fz={kiosk ? 26 : 18} lh={1.4}>
            <Text span c="dimmed" fw={500} mr={6} inherit>
              {index}.
            </Text>
            {text}
            {q.required ? (
              <Badge ml={8} size={kiosk ? "lg" : "sm"} variant="light" color="red" style={{ verticalAlign: "middle" }}>
                {t("publicSurvey.required")}
              </Badge>
            ) : null}
          </Text>
        </Box>
        {input}
        {error ? (
          <Text c="red.7" size={kiosk ? "lg" : "sm"} fw={500} role="alert" data-testid="question-error">
            {error}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
