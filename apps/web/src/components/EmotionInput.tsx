import { Group, Input, SegmentedControl, Text, Tooltip, useMantineTheme } from "@mantine/core";
import {
  IconMoodAnnoyed,
  IconMoodCry,
  IconMoodHappy,
  IconMoodNeutral,
  IconMoodSad,
  IconMoodSmile,
  IconMoodSmileBeam,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** Faces as icons (not emoji characters) so they look the same on every PC, with or without an emoji font. */
const FACES = {
  "-3": IconMoodCry,
  "-2": IconMoodSad,
  "-1": IconMoodAnnoyed,
  "0": IconMoodNeutral,
  "1": IconMoodSmile,
  "2": IconMoodHappy,
  "3": IconMoodSmileBeam,
} as const;

type ScoreKey = keyof typeof FACES;
const SCORES: ScoreKey[] = ["-3", "-2", "-1", "0", "1", "2", "3"];

function key(score: number): ScoreKey {
  const k = String(Math.max(-3, Math.min(3, Math.round(score))));
  return k as ScoreKey;
}

export function emotionColor(score: number): string {
  if (score <= -2) return "red";
  if (score < 0) return "orange";
  if (score === 0) return "gray";
  return score >= 2 ? "teal" : "green";
}

export function emotionLabel(score: number, t: (k: `emotion.${ScoreKey}`) => string): string {
  return `${score > 0 ? "+" : ""}${score} · ${t(`emotion.${key(score)}`)}`;
}

/** A coloured face for a −3..+3 score. */
export function EmotionFace({ score, size = 20 }: { score: number; size?: number }) {
  const theme = useMantineTheme();
  const Face = FACES[key(score)];
  const color = emotionColor(score);
  return <Face size={size} stroke={1.6} color={theme.colors[color]?.[7] ?? color} aria-hidden />;
}

/** The stage's emotion on a −3..+3 scale, as seven faces. */
export function EmotionInput({
  value,
  onChange,
  disabled,
  label,
}: {
  value: number;
  onChange: (v: number) => void;
  disabled?: boolean;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Input.Wrapper label={label ?? t("emotion.label")}>
      <Group gap="sm" wrap="wrap" align="center">
        <SegmentedControl
          value={key(value)}
          onChange={(v) => onChange(Number(v))}
          disabled={disabled}
          size="sm"
          aria-label={label ?? t("emotion.label")}
          data={SCORES.map((s) => ({
            value: s,
            label: (
              <Tooltip label={emotionLabel(Number(s), t)}>
                <Group justify="center" gap={0} aria-label={t(`emotion.${s}`)}>
                  <EmotionFace score={Number(s)} size={22} />
                </Group>
              </Tooltip>
            ),
          }))}
        />
        <Text size="sm" fw={500} c={`${emotionColor(value)}.8`} style={{ whiteSpace: "nowrap" }}>
          {emotionLabel(value, t)}
        </Text>
      </Group>
    </Input.Wrapper>
  );
}
