import { Badge, Card, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { NpsSummary, ScoreChange, ScoreSummary } from "@motmap/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fmt1, npsText } from "../format.ts";
import type { DepartmentInsight } from "./queries.ts";

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Card withBorder radius="md" padding="lg" data-testid={testId}>
      <Text size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      {children}
    </Card>
  );
}

/** The latest period: our patients' overall satisfaction and NPS next to the whole hospital's, and how they moved. */
export function DepartmentHeadlineCards({ data }: { data: DepartmentInsight }) {
  const { t } = useTranslation();
  const period = data.latest;
  const { department: dept, hospital } = data.headline;

  const tooFew = (s: { n: number }) => (
    <Stack gap={2} mt={6} data-testid="dept-too-few">
      <Text fz={22} fw={700} c="dimmed" fs="italic">
        {t("insight.tooFew")}
      </Text>
      <Text size="xs" c="dimmed">
        {t("departmentInsight.head.tooFewDetail", { n: s.n })}
      </Text>
    </Stack>
  );
  const change = (c: ScoreChange) => {
    if (c.kind === "too_few")
      return (
        <Text size="xs" c="dimmed">
          {t("insight.head.noComparison")}
        </Text>
      );
    const points = fmt1(Math.abs(c.change));
    const [color, key] =
      c.direction === "down"
        ? (["red", "insight.head.down"] as const)
        : c.direction === "up"
          ? (["teal", "insight.head.up"] as const)
          : (["gray", "insight.head.steady"] as const);
    return (
      <Badge variant="light" color={color} size="sm">
        {t(key, { points: c.direction === "no_clear_change" ? fmt1(c.change) : points })}
      </Badge>
    );
  };
  const score = (s: ScoreSummary, c: ScoreChange, extra?: ReactNode, testId?: string) =>
    s.kind === "score" ? (
      <Stack gap={4}>
        <Group gap="xs" align="baseline">
          <Text fz={40} fw={800} lh={1.1} c={s.percent < 60 ? "red.8" : "blue.8"} data-testid={testId}>
            {fmt1(s.percent)}
          </Text>
          <Text size="sm" c="dimmed">
            / 100
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t("departmentInsight.head.meanCi", {
            mean: s.mean.toFixed(2),
            half: ((s.ci.upper - s.ci.lower) / 2).toFixed(2),
            n: s.n,
          })}
        </Text>
        <Group gap={6}>
          {change(c)}
          {extra}
        </Group>
      </Stack>
    ) : (
      tooFew(s)
    );
  const nps = (n: NpsSummary, previous: NpsSummary, testId: string) =>
    n.kind === "nps" ? (
      <Stack gap={4}>
        <Text fz={40} fw={800} lh={1.1} c={n.score < 0 ? "red.8" : "violet.8"} data-testid={testId}>
          {npsText(n)}
        </Text>
        <Text size="xs" c="dimmed">
          {t("departmentInsight.head.npsAnswers", { n: n.n, promoters: n.promoters, detractors: n.detractors })}
        </Text>
        <Text size="xs" c="dimmed">
          {previous.kind === "nps"
            ? t("departmentInsight.head.npsPrevious", { value: npsText(previous) })
            : t("departmentInsight.head.npsNoPrevious")}
        </Text>
      </Stack>
    ) : (
      tooFew(n)
    );

  const s = dept.satisfaction;
  const h = hospital.satisfaction;
  const gap = s.kind === "score" && h.kind === "score" ? s.percent - h.percent : null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
      <Stat label={t("departmentInsight.head.satisfaction", { period })} testId="dept-stat-satisfaction">
        {score(
          s,
          dept.change,
          gap !== null && (
            <Badge variant="filled" color={gap < 0 ? "red" : "teal"} size="sm">
              {t("departmentInsight.head.vsHospital", {
                points: fmt1(Math.abs(gap)),
                direction: t(gap < 0 ? "departmentInsight.head.below" : "departmentInsight.head.above"),
              })}
            </Badge>
          ),
          "dept-satisfaction-value",
        )}
      </Stat>
      <Stat label={t("departmentInsight.head.hospitalSatisfaction", { period })} testId="dept-stat-hospital">
        {score(h, hospital.change)}
      </Stat>
      <Stat label={t("departmentInsight.head.nps", { period })} testId="dept-stat-nps">
        {nps(dept.nps, dept.previousNps, "dept-nps-value")}
      </Stat>
      <Stat label={t("departmentInsight.head.hospitalNps", { period })} testId="dept-stat-hospital-nps">
        {nps(hospital.nps, hospital.previousNps, "dept-hospital-nps-value")}
      </Stat>
    </SimpleGrid>
  );
}
