import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { JourneyExperience, NpsSummary } from "@motmap/core";
import { IconArrowDownRight, IconArrowUpRight, IconMinus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { fmt1, npsText } from "./format.ts";

export function Movement({
  change,
}: {
  change: Extract<JourneyExperience["weakestLink"], { kind: "score" }>["change"];
}) {
  const { t } = useTranslation();
  if (change?.kind !== "change")
    return (
      <Text size="sm" c="dimmed">
        {t("insight.head.noComparison")}
      </Text>
    );
  const points = `${change.change >= 0 ? "+" : ""}${fmt1(change.change)}`;
  if (change.direction === "down")
    return (
      <Badge color="red" variant="light" leftSection={<IconArrowDownRight size={14} />} data-testid="weakest-movement">
        {t("insight.head.down", { points })}
      </Badge>
    );
  if (change.direction === "up")
    return (
      <Badge color="teal" variant="light" leftSection={<IconArrowUpRight size={14} />} data-testid="weakest-movement">
        {t("insight.head.up", { points })}
      </Badge>
    );
  return (
    <Badge color="gray" variant="light" leftSection={<IconMinus size={14} />} data-testid="weakest-movement">
      {t("insight.head.steady", { points })}
    </Badge>
  );
}

/** Weakest link beside the average, NPS with its interval, answers: the four numbers a CS manager reads first. */
export function HeadlineCards({
  period,
  experience,
  names,
  nps,
  answers,
  wall,
}: {
  period: string;
  experience: JourneyExperience | null;
  names: Map<string, string>;
  nps: NpsSummary | null;
  answers: number | null;
  wall?: boolean;
}) {
  const { t } = useTranslation();
  const big = wall ? 64 : 40;
  const w = experience?.weakestLink;
  const avg = experience?.average;
  const prevWeakest = experience?.previous?.weakestTouchpointId;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
      <Card withBorder radius="md" padding="lg" data-testid="headline-weakest" className="mm-insight-weakest">
        <Text size={wall ? "lg" : "sm"} fw={600} c="red.8">
          {t("insight.head.weakest", { period })}
        </Text>
        {w?.kind === "score" ? (
          <Stack gap={4}>
            <Group gap="xs" align="baseline">
              <Text fz={big} fw={800} lh={1.1} c="red.8">
                {fmt1(w.score)}
              </Text>
              <Text size="sm" c="dimmed">
                / 100
              </Text>
            </Group>
            <Text fw={700} size={wall ? "xl" : "md"} data-testid="weakest-name">
              {names.get(w.touchpointId) ?? "—"}
            </Text>
            <Group gap="xs">
              <Movement change={w.change} />
              <Text size="xs" c="dimmed">
                n = {w.n}
              </Text>
            </Group>
            {prevWeakest && prevWeakest !== w.touchpointId && (
              <Text size="xs" c="dimmed">
                {t("insight.head.previousWeakest", { name: names.get(prevWeakest) ?? "—" })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text c="dimmed">{t("insight.tooFew")}</Text>
        )}
      </Card>
      <Card withBorder radius="md" padding="lg" data-testid="headline-average">
        <Text size={wall ? "lg" : "sm"} fw={600} c="blue.8">
          {t("insight.head.average")}
        </Text>
        {avg?.kind === "score" ? (
          <Stack gap={4}>
            <Text fz={big} fw={800} lh={1.1} c="blue.8">
              {fmt1(avg.score)}
            </Text>
            <Text size="sm">{t("insight.head.averageOf", { count: avg.touchpoints })}</Text>
            {experience?.hiddenGap != null && (
              <Text size="sm" c="dimmed">
                {t("insight.head.hiddenGap", { points: fmt1(experience.hiddenGap) })}
              </Text>
            )}
          </Stack>
        ) : (
          <Text c="dimmed">{t("insight.tooFew")}</Text>
        )}
      </Card>
      <Card withBorder radius="md" padding="lg" data-testid="headline-nps">
        <Text size={wall ? "lg" : "sm"} fw={600} c="grape.8">
          NPS
        </Text>
        {nps?.kind === "nps" ? (
          <Stack gap={4}>
            <Text fz={big} fw={800} lh={1.1} c="grape.8">
              {npsText(nps)}
            </Text>
            <Text size="sm" c="dimmed">
              {t("insight.head.npsCi", { lower: nps.ci.lower.toFixed(0), upper: nps.ci.upper.toFixed(0) })}
            </Text>
            <Text size="xs" c="dimmed">
              {t("insight.head.npsSplit", {
                promoters: Math.round((100 * nps.promoters) / nps.n),
                detractors: Math.round((100 * nps.detractors) / nps.n),
              })}
            </Text>
          </Stack>
        ) : (
          <Text c="dimmed">{t("insight.tooFew")}</Text>
        )}
      </Card>
      <Card withBorder radius="md" padding="lg" data-testid="headline-answers">
        <Text size={wall ? "lg" : "sm"} fw={600} c="gray.7">
          {t("insight.head.answers")}
        </Text>
        <Text fz={big} fw={800} lh={1.1}>
          {answers === null ? "—" : answers.toLocaleString()}
        </Text>
        <Text size="sm" c="dimmed">
          {t("insight.head.answersHint", { period })}
        </Text>
      </Card>
    </SimpleGrid>
  );
}
