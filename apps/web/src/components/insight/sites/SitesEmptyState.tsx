import { Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import { IconBuildingHospital, IconInfoCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SiteComparison } from "./site-comparison-api.ts";

/** Fewer than two sites with answers: say why and what to do, instead of charts with one line. */
export function SitesEmptyState({
  hid,
  data,
  from,
  to,
}: {
  hid: string;
  data: SiteComparison;
  from: string;
  to: string;
}) {
  const { t } = useTranslation();
  const noSite = data.columns.find((c) => c.siteId === null);
  return (
    <Alert
      variant="light"
      color="blue"
      radius="md"
      icon={<IconInfoCircle />}
      title={t("siteComparison.empty.title")}
      data-testid="sites-empty"
    >
      <Stack gap="sm">
        <Text size="sm">
          {data.sites.length < 2
            ? t("siteComparison.empty.noSites", { count: data.sites.length })
            : t("siteComparison.empty.oneSite", { count: data.sitesWithData, from, to })}
        </Text>
        {(data.sites.length > 0 || noSite) && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("siteComparison.empty.sites")}
            </Text>
            <List size="sm" spacing={2}>
              {data.sites.map((s) => (
                <List.Item key={s.id}>
                  {s.name}: {s.answers.toLocaleString()}
                </List.Item>
              ))}
              {noSite && (
                <List.Item>
                  {t("siteComparison.noSite")}: {noSite.answers.toLocaleString()}
                </List.Item>
              )}
            </List>
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          {t("siteComparison.empty.recompute")}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            component={Link}
            to={`/h/${hid}/departments`}
            leftSection={<IconBuildingHospital size={14} />}
            data-testid="sites-empty-departments"
          >
            {t("siteComparison.empty.toDepartments")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
