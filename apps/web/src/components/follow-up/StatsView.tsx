import { Card, SimpleGrid, Stack, Table, Text } from "@mantine/core";
import type { FollowUpRates } from "@motmap/core";
import { useTranslation } from "react-i18next";
import { EmptyBlock } from "../states.tsx";
import { ImportStat } from "./ImportStat.tsx";
import { useFollowUpStats } from "./queries.ts";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const mean = (v: number | null) => (v === null ? "—" : v.toFixed(2));

function RatesTable({
  title,
  rows,
  label,
}: {
  title: string;
  rows: FollowUpRates[];
  label: (r: FollowUpRates) => string;
}) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md">
      <Text fw={700} mb="xs">
        {title}
      </Text>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{t("followUp.stats.entries")}</Table.Th>
            <Table.Th ta="right">{t("followUp.stats.contactRate")}</Table.Th>
            <Table.Th ta="right">{t("followUp.stats.reachedRate")}</Table.Th>
            <Table.Th ta="right">{t("followUp.stats.meanSatisfaction")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{label(r)}</Table.Td>
              <Table.Td ta="right">{r.entries}</Table.Td>
              <Table.Td ta="right">{pct(r.contactRate)}</Table.Td>
              <Table.Td ta="right">{pct(r.reachedRate)}</Table.Td>
              <Table.Td ta="right">{mean(r.meanSatisfaction)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

/** Contact and reached rates, satisfaction per touchpoint (weakest first), per department and week. */
export function StatsView({ hid }: { hid: string }) {
  const { t } = useTranslation();
  const stats = useFollowUpStats(hid);
  if (!stats.data) return null;
  const s = stats.data;
  if (s.overall.entries === 0) return <EmptyBlock icon={null} title={t("followUp.stats.empty")} />;
  return (
    <Stack gap="md" data-testid="follow-up-stats">
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <ImportStat label={t("followUp.stats.entries")} value={s.overall.entries} />
        <ImportStat label={t("followUp.stats.contactRate")} value={pct(s.overall.contactRate)} />
        <ImportStat label={t("followUp.stats.reachedRate")} value={pct(s.overall.reachedRate)} color="teal" />
        <ImportStat label={t("followUp.stats.meanSatisfaction")} value={mean(s.overall.meanSatisfaction)} />
      </SimpleGrid>
      <Card withBorder padding="md">
        <Text fw={700} mb="xs">
          {t("followUp.stats.byTouchpoint")}
        </Text>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th ta="right">{t("followUp.stats.n")}</Table.Th>
              <Table.Th ta="right">{t("followUp.stats.meanSatisfaction")}</Table.Th>
              <Table.Th ta="right">{t("followUp.stats.low")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.touchpoints.map((tp) => (
              <Table.Tr key={tp.touchpointId}>
                <Table.Td>{tp.name}</Table.Td>
                <Table.Td ta="right">{tp.n}</Table.Td>
                <Table.Td ta="right" c={tp.mean < 3 ? "red" : undefined} fw={tp.mean < 3 ? 700 : undefined}>
                  {tp.mean.toFixed(2)}
                </Table.Td>
                <Table.Td ta="right">{tp.low}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <RatesTable
          title={t("followUp.stats.byDepartment")}
          rows={s.byDepartment}
          label={(r) => r.label || t("followUp.stats.noDepartment")}
        />
        <RatesTable title={t("followUp.stats.byWeek")} rows={s.byWeek} label={(r) => r.key} />
      </SimpleGrid>
    </Stack>
  );
}
