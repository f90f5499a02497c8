import { Badge, Card, Divider, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { fmt1, npsText } from "../format.ts";
import { type SiteColumn, siteColor } from "./site-comparison-api.ts";

function Section({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function TooFew({ n }: { n: number }) {
  const { t } = useTranslation();
  return (
    <Text fz="lg" fw={700} c="dimmed" fs="italic" data-testid="site-too-few">
      {t("insight.tooFewN", { n })}
    </Text>
  );
}

/** One card per site, side by side: overall satisfaction with its interval, NPS, the weakest moment, answers. */
export function SiteCards({
  columns,
  names,
  siteName,
}: {
  columns: SiteColumn[];
  /** Touchpoint names by id. */
  names: Map<string, string>;
  siteName: (c: SiteColumn) => string;
}) {
  const { t } = useTranslation();
  const scored = columns.flatMap((c) => (c.satisfaction.kind === "score" ? [c.satisfaction.percent] : []));
  const best = scored.length >= 2 ? Math.max(...scored) : null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: Math.min(4, Math.max(2, columns.length)) }} spacing="md">
      {columns.map((c, i) => {
        const s = c.satisfaction;
        const w = c.weakestLink;
        return (
          <Card
            key={c.siteId ?? "none"}
            withBorder
            radius="md"
            padding="lg"
            data-testid="site-card"
            data-site={c.siteId ?? "none"}
            style={{ borderTop: `4px solid ${siteColor(i, c.siteId)}` }}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Title order={4} lineClamp={2} data-testid="site-card-name">
                  {siteName(c)}
                </Title>
                {c.siteId === null && (
                  <Text size="xs" c="dimmed">
                    {t("siteComparison.noSiteHint")}
                  </Text>
                )}
              </Stack>
              {best !== null && s.kind === "score" && s.percent === best && (
                <Badge color="teal" variant="light">
                  {t("siteComparison.card.best")}
                </Badge>
              )}
            </Group>
            <Stack gap="sm">
              <Section label={t("siteComparison.card.satisfaction")}>
                {s.kind === "score" ? (
                  <>
                    <Group gap={6} align="baseline">
                      <Text fz={36} fw={800} lh={1.1} c={s.percent < 60 ? "red.8" : "blue.8"} data-testid="site-score">
                        {fmt1(s.percent)}
                      </Text>
                      <Text size="sm" c="dimmed">
                        / 100
                      </Text>
                    </Group>
                    <Text size="xs" c="dimmed">
                      {t("siteComparison.card.meanCi", {
                        mean: s.mean.toFixed(2),
                        max: s.scale.max,
                        lower: s.ci.lower.toFixed(2),
                        upper: s.ci.upper.toFixed(2),
                      })}
                    </Text>
                  </>
                ) : (
                  <TooFew n={s.n} />
                )}
              </Section>
              <Divider />
              <Group grow align="flex-start">
                <Section label={t("siteComparison.card.nps")}>
                  {c.nps.kind === "nps" ? (
                    <Stack gap={0}>
                      <Text fz={24} fw={800} c="grape.8" data-testid="site-nps">
                        {npsText(c.nps)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t("insight.head.npsCi", { lower: fmt1(c.nps.ci.lower), upper: fmt1(c.nps.ci.upper) })}
                      </Text>
                    </Stack>
                  ) : (
                    <TooFew n={c.nps.n} />
                  )}
                </Section>
                <Section label={t("siteComparison.card.answers")}>
                  <Text fz={24} fw={800} data-testid="site-answers">
                    {c.answers.toLocaleString()}
                  </Text>
                </Section>
              </Group>
              <Divider />
              <Section label={t("siteComparison.card.weakest")}>
                {w.kind === "score" ? (
                  <Group gap="xs" wrap="nowrap" align="baseline">
                    <Text fz={24} fw={800} c="red.8">
                      {fmt1(w.score)}
                    </Text>
                    <Text fw={600} size="sm" lineClamp={2} data-testid="site-weakest">
                      {names.get(w.touchpointId) ?? "—"}
                    </Text>
                  </Group>
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    {t("siteComparison.card.weakestNone")}
                  </Text>
                )}
              </Section>
            </Stack>
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
