import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { IconFileSpreadsheet, IconPhoto } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadCsv, downloadDataUrl, toCsv } from "./csv.ts";
import { EChart, type EChartsInstance, type EChartsOption } from "./EChart.tsx";

export interface ChartData {
  header: string[];
  rows: (string | number | null)[][];
}

/** A titled chart that exports itself as PNG (echarts getDataURL) and its data as CSV. */
export function ChartCard({
  title,
  subtitle,
  option,
  data,
  filename,
  height = 300,
  testId,
  onPointClick,
  extra,
  wall,
}: {
  title: string;
  subtitle?: ReactNode;
  option: EChartsOption;
  data: ChartData;
  filename: string;
  height?: number;
  testId: string;
  onPointClick?: (params: { seriesIndex?: number; dataIndex: number; data: unknown }) => void;
  extra?: ReactNode;
  wall?: boolean;
}) {
  const { t } = useTranslation();
  const [chart, setChart] = useState<EChartsInstance | null>(null);
  return (
    <Card withBorder radius="md" padding="md" data-testid={testId}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={wall ? 3 : 4}>{title}</Title>
          {subtitle && (
            <Text size={wall ? "md" : "xs"} c="dimmed">
              {subtitle}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap" className="mm-no-print">
          {extra}
          {!wall && (
            <>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconPhoto size={14} />}
                disabled={!chart}
                onClick={() =>
                  chart &&
                  downloadDataUrl(
                    `${filename}.png`,
                    chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }),
                  )
                }
                data-testid={`${testId}-png`}
              >
                PNG
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                leftSection={<IconFileSpreadsheet size={14} />}
                onClick={() => downloadCsv(`${filename}.csv`, toCsv(data.header, data.rows))}
                data-testid={`${testId}-csv`}
                aria-label={t("insight.exportCsv")}
              >
                CSV
              </Button>
            </>
          )}
        </Group>
      </Group>
      <EChart option={option} height={height} onReady={setChart} onClick={onPointClick} testId={`${testId}-canvas`} />
    </Card>
  );
}
