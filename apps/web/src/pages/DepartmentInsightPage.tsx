import { Alert, Badge, Button, Grid, Group, Select, Stack, Text, Title } from "@mantine/core";
import { IconBuildingCommunity, IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useDepartments } from "../api/queries.ts";
import { DepartmentComparisonChart } from "../components/insight/department/DepartmentComparisonChart.tsx";
import { DepartmentGapChart, DepartmentGapTable } from "../components/insight/department/DepartmentGaps.tsx";
import { DepartmentHeadlineCards } from "../components/insight/department/DepartmentHeadlineCards.tsx";
import { DepartmentTrendChart } from "../components/insight/department/DepartmentTrendChart.tsx";
import { OwnedTouchpointsTable } from "../components/insight/department/OwnedTouchpointsTable.tsx";
import { departmentLabel, useDepartmentInsight } from "../components/insight/department/queries.ts";
import { PeriodWindowControls, usePeriodWindow } from "../components/insight/PeriodWindow.tsx";
import { EmptyBlock, ErrorState, PageSkeleton } from "../components/states.tsx";
import { useHospitalContext } from "../lib/hospital.ts";
import "../components/insight/insight.css";

/**
 * `/h/:hospitalId/insight/departments?department=<id>`: one department across every surveyed journey — its
 * patients against the hospital, the touchpoints where they fare worse, the touchpoints it owns, and every
 * department side by side.
 */
export function DepartmentInsightPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const { hid } = useHospitalContext();
  const period = usePeriodWindow();
  const { grain, to, from, length } = period;
  const departments = useDepartments(hid);
  const list = departments.data ?? [];
  const asked = period.search.get("department");
  const departmentId = (list.find((d) => d.id === asked) ?? list[0])?.id ?? null;
  const insight = useDepartmentInsight(hid, departmentId, { grain, from, to });

  if (departments.isPending || (departmentId && insight.isPending)) return <PageSkeleton />;
  if (departments.isError) return <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />;
  if (!departmentId) {
    return (
      <EmptyBlock
        icon={<IconBuildingCommunity />}
        title={t("departmentInsight.eyebrow")}
        description={t("departmentInsight.noDepartments")}
        action={
          <Button component={Link} to={`/h/${hid}/departments`}>
            {t("departmentInsight.toDepartments")}
          </Button>
        }
      />
    );
  }
  if (insight.isError) return <ErrorState error={insight.error} onRetry={() => void insight.refetch()} />;
  const d = insight.data;
  if (!d) return <PageSkeleton />;

  const name = departmentLabel(d.department, en);
  const filename = `motmap-${name}`;
  const rangeQuery = new URLSearchParams({ grain, to, n: String(length) }).toString();
  const touchpointHref = (journeyId: string, touchpointId: string) =>
    `/h/${hid}/journeys/${journeyId}/insight/touchpoints/${touchpointId}?${rangeQuery}`;
  const pick = (id: string) => period.set({ department: id });

  return (
    <Stack gap="md" data-testid="department-insight-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text size="xs" fw={700} c="blue.7" tt="uppercase">
            {t("departmentInsight.eyebrow")}
          </Text>
          <Group gap="xs" align="center">
            <Title order={2} data-testid="dept-name">
              {name}
            </Title>
            {d.department.code && (
              <Badge variant="light" color="gray">
                {d.department.code}
              </Badge>
            )}
            {d.department.siteName && (
              <Badge variant="light" color="grape">
                {t("departmentInsight.site", { site: d.department.siteName })}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {t("departmentInsight.subtitle", { department: name, from, to })}
          </Text>
        </Stack>
        <Group gap="xs" align="flex-end" wrap="wrap">
          <Select
            size="xs"
            w={200}
            label={t("departmentInsight.picker")}
            placeholder={t("departmentInsight.pickerPlaceholder")}
            searchable
            data={list.map((x) => ({ value: x.id, label: departmentLabel(x, en) }))}
            value={departmentId}
            allowDeselect={false}
            onChange={(v) => v && pick(v)}
            data-testid="dept-picker"
          />
          <PeriodWindowControls window={period} testIdPrefix="dept" />
        </Group>
      </Group>

      {d.journeys.length === 0 && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle />} data-testid="dept-no-data">
          {t("departmentInsight.noData")}
        </Alert>
      )}

      <DepartmentHeadlineCards data={d} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <DepartmentTrendChart data={d} filename={filename} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <DepartmentComparisonChart data={d} en={en} filename={filename} onPick={pick} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <DepartmentGapChart data={d} from={from} to={to} filename={filename} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <DepartmentGapTable data={d} from={from} to={to} touchpointHref={touchpointHref} />
        </Grid.Col>
        <Grid.Col span={12}>
          <OwnedTouchpointsTable data={d} from={from} to={to} filename={filename} touchpointHref={touchpointHref} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
