import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { IconEye } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function PageHeader({
  title,
  subtitle,
  actions,
  readOnly,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="md" mb="lg">
      <Stack gap={4} style={{ minWidth: 0 }}>
        <Group gap="sm">
          <Title order={2}>{title}</Title>
          {readOnly && (
            <Badge color="gray" variant="outline" leftSection={<IconEye size={12} />}>
              {t("common.readOnly")}
            </Badge>
          )}
        </Group>
        {typeof subtitle === "string" ? (
          <Text c="dimmed" size="sm">
            {subtitle}
          </Text>
        ) : (
          subtitle
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
