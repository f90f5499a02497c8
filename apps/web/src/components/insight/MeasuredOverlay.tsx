import { Badge, Group, Switch, Text, Tooltip } from "@mantine/core";
import { type JourneyExperience, satisfactionToEmotion, type TouchpointExperience } from "@motmap/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { TouchpointScore } from "../../map/TouchpointCard.tsx";
import { fmt1 } from "./format.ts";
import { Movement } from "./HeadlineCards.tsx";
import { useLatestExperience } from "./queries.ts";

const band = (score: number) => (score < 60 ? "#e8590c" : score < 75 ? "#f59f00" : "#2f9e44");

type WeakestScore = Extract<JourneyExperience["weakestLink"], { kind: "score" }>;

export interface MeasuredScores {
  /** Badges per touchpoint id for the map's cards. */
  scores: Record<string, TouchpointScore> | undefined;
  weakestId: string | null;
  period: string | null;
  weakestScore: number | null;
  /** The weakest link of the period with its movement since the period before. */
  weakest: WeakestScore | null;
  /** The period's experience (per touchpoint, in journey order). */
  experience: JourneyExperience | null;
  /** The periods with a measured weakest link, newest first. */
  periods: string[];
}

const NONE: MeasuredScores = {
  scores: undefined,
  weakestId: null,
  period: null,
  weakestScore: null,
  weakest: null,
  experience: null,
  periods: [],
};

/**
 * The measured scores of one period (by default the latest with answers), as badges for the map's touchpoint
 * cards: 0–100 with n, "응답 부족" under the minimum, the weakest touchpoint in red.
 */
export function useMeasuredScores(hid: string, jid: string, enabled: boolean, period?: string | null): MeasuredScores {
  const { t } = useTranslation();
  const q = useLatestExperience(hid, jid, enabled);
  return useMemo(() => {
    const scored = [...(q.data?.periods ?? [])].reverse().filter((p) => p.experience.weakestLink.kind === "score");
    const latest = scored.find((p) => p.period === period) ?? scored[0];
    if (!enabled || !latest) return NONE;
    const w = latest.experience.weakestLink;
    const weakestId = w.kind === "score" ? w.touchpointId : null;
    const scores: Record<string, TouchpointScore> = {};
    for (const tp of latest.experience.touchpoints) {
      if (tp.score === null) {
        scores[tp.touchpointId] = { value: t("insight.overlay.tooFew"), color: "#adb5bd", label: `n = ${tp.n}` };
      } else if (tp.touchpointId === weakestId) {
        scores[tp.touchpointId] = {
          value: `▼ ${Math.round(tp.score)}`,
          color: "#c92a2a",
          label: `${t("insight.overlay.weakest")} · ${fmt1(tp.score)} / 100 · n = ${tp.n} · ${latest.period}`,
        };
      } else {
        scores[tp.touchpointId] = {
          value: Math.round(tp.score),
          color: band(tp.score),
          label: `${t("insight.overlay.toggle")} · ${fmt1(tp.score)} / 100 · n = ${tp.n} · ${latest.period}`,
        };
      }
    }
    return {
      scores,
      weakestId,
      period: latest.period,
      weakestScore: w.kind === "score" ? w.score : null,
      weakest: w.kind === "score" ? w : null,
      experience: latest.experience,
      periods: scored.map((p) => p.period),
    };
  }, [q.data, enabled, t, period]);
}

/** A stage's measured emotion: the mean of its touchpoints' satisfaction (0–100) put on the emotion axis. */
export interface MeasuredStageEmotion {
  /** −3 … +3 (0–100 mapped linearly, 50 = 0). */
  emotion: number;
  /** 0–100. */
  score: number;
  /** Answers behind it (all its scored touchpoints). */
  n: number;
}

/**
 * Per stage, the unweighted mean of the scores of its touchpoints with enough answers (each touchpoint counts
 * once, as in the journey average); stages without one are left out.
 */
export function measuredStageEmotions(
  stages: readonly { id: string; touchpoints: readonly { id: string }[] }[],
  touchpoints: readonly TouchpointExperience[],
): Map<string, MeasuredStageEmotion> {
  const byId = new Map(touchpoints.map((tp) => [tp.touchpointId, tp]));
  const out = new Map<string, MeasuredStageEmotion>();
  for (const stage of stages) {
    const scored = stage.touchpoints
      .map((tp) => byId.get(tp.id))
      .filter((tp): tp is TouchpointExperience & { score: number } => tp?.score != null);
    if (scored.length === 0) continue;
    const score = scored.reduce((sum, tp) => sum + tp.score, 0) / scored.length;
    out.set(stage.id, {
      score,
      emotion: satisfactionToEmotion(score),
      n: scored.reduce((sum, tp) => sum + tp.n, 0),
    });
  }
  return out;
}

/** The map toolbar's "측정 점수" switch. */
export function MeasuredToggle({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t("insight.overlay.hint")} withArrow>
      <Switch
        size="sm"
        label={t("insight.overlay.toggle")}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
        data-testid="measured-toggle"
      />
    </Tooltip>
  );
}

/** One line naming the measured weakest moment; with `weakest`, how it moved since the period before. */
export function MeasuredWeakestLine({
  name,
  score,
  period,
  weakest,
}: {
  name: string;
  score: number;
  period: string;
  weakest?: WeakestScore | null;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap" data-testid="measured-weakest-line">
      <Text size="sm" data-testid="measured-weakest">
        <Badge color="red" variant="filled" size="sm" mr={6}>
          {t("insight.weakestBadge")}
        </Badge>
        {t("insight.cycle.weakest", { name, score: fmt1(score), period })}
      </Text>
      {weakest && <Movement change={weakest.change} />}
      {weakest && weakest.previousScore !== null && (
        <Text size="xs" c="dimmed" data-testid="measured-weakest-previous">
          {t("insight.cycle.previousScore", { score: fmt1(weakest.previousScore) })}
        </Text>
      )}
    </Group>
  );
}

/** The emotion lane's legend when the measured curve is drawn: the team's hypothesis and the measured line. */
export function MeasuredCurveLegend() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t("insight.overlay.scale")} withArrow multiline w={220}>
      <span className="mm-curve-legend" data-testid="emotion-legend">
        <span>
          <i data-kind="hypothesis" aria-hidden />
          {t("insight.overlay.hypothesisedCurve")}
        </span>
        <span>
          <i data-kind="measured" aria-hidden />
          {t("insight.overlay.measuredCurve")}
        </span>
      </span>
    </Tooltip>
  );
}
