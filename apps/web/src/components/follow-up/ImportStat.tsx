import { Card, Text } from "@mantine/core";

/** One number of a preview or of the stats, large, with its label. */
export function ImportStat({ label, value, color }: { label: string; value: string | number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700} c={color} data-testid={`stat-${label}`}>
        {typeof value === "number" ? value.toLocaleString() : value}
      </Text>
    </Card>
  );
}
