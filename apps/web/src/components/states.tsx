import { Alert, Button, Card, EmptyState, Group, Skeleton, Stack } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/errors.tsx";

/** Placeholder rows while a table or list loads. */
export function TableSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Card p="md" aria-busy="true">
      <Stack gap="sm">
        <Skeleton height={20} width="40%" />
        {Array.from({ length: rows }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <Skeleton key={i} height={36} />
        ))}
      </Stack>
    </Card>
  );
}

export function PageSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true">
      <Skeleton height={34} width="35%" />
      <Skeleton height={16} width="55%" />
      <Card>
        <Stack gap="sm">
          <Skeleton height={20} width="30%" />
          <Skeleton height={36} />
          <Skeleton height={80} />
        </Stack>
      </Card>
      <Card>
        <Stack gap="sm">
          <Skeleton height={20} width="25%" />
          <Skeleton height={36} />
          <Skeleton height={36} />
        </Stack>
      </Card>
    </Stack>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={20} />}
      title={t("errors.loadFailed")}
      role="alert"
    >
      <Stack gap="sm">
        <span>{errorMessage(error)}</span>
        {onRetry && (
          <Group>
            <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} />} onClick={onRetry}>
              {t("common.retry")}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyBlock({
  icon,
  title,
  description,
  action,
}: {
  icon: ReactNode;
  title: string;
  description?: string;
  action?: ReactNode;
}) {
  return (
    <Card py={48}>
      <EmptyState variant="light" icon={icon} title={title} description={description}>
        {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
      </EmptyState>
    </Card>
  );
}
