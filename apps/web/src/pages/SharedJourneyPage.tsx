import {
  Badge,
  Box,
  Center,
  Container,
  Divider,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { IconEye, IconLinkOff, IconMapRoute, IconUser } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiError, api } from "../api/client.ts";
import type { JourneyDetail } from "../api/types.ts";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { ErrorState } from "../components/states.tsx";
import { VariantBadge } from "../components/templates/VariantBadge.tsx";
import { currentLanguage } from "../i18n/index.ts";
import { formatDate } from "../lib/format.ts";
import { JourneyMap } from "../map/index.ts";

interface SharedJourney {
  hospitalName: string;
  hospitalNameEn: string;
  journey: JourneyDetail;
  departments: { id: string; name: string; nameEn: string }[];
}

function TopBar() {
  return (
    <Box component="header" py="sm" style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }} bg="white">
      <Container size="xl">
        <Group justify="space-between">
          <Group gap={8} wrap="nowrap">
            <ThemeIcon size={30} radius="md" variant="filled">
              <IconMapRoute size={18} stroke={1.8} />
            </ThemeIcon>
            <Text fw={700} fz={18} c="motmap.8" style={{ letterSpacing: "-0.02em" }}>
              motmap
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
      </Container>
    </Box>
  );
}

function Expired() {
  const { t } = useTranslation();
  return (
    <Center py={96} px="md">
      <Paper withBorder p="xl" maw={520} w="100%" ta="center" data-testid="share-expired">
        <Stack align="center" gap="md">
          <ThemeIcon size={56} radius="xl" variant="light" color="gray">
            <IconLinkOff size={30} />
          </ThemeIcon>
          <Title order={2} size="h3">
            {t("shared.expiredTitle")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("shared.expiredBody")}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}

/** `/share/:token`: a published journey's map for anyone with the link; no login, no app shell. */
export function SharedJourneyPage() {
  const { t } = useTranslation();
  const { token = "" } = useParams();
  const shared = useQuery({
    queryKey: ["public-share", token],
    queryFn: () => api.get<SharedJourney>(`/api/public/shares/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: 60_000,
  });

  useEffect(() => {
    const title = shared.data ? `${shared.data.journey.title} · ${shared.data.hospitalName}` : "motmap";
    document.title = title;
    return () => {
      document.title = "motmap";
    };
  }, [shared.data]);

  let body: React.ReactNode;
  if (shared.isPending) {
    body = (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={16} width="20%" />
        <Skeleton height={34} width="45%" />
        <Skeleton height={60} />
        <Skeleton height={360} />
      </Stack>
    );
  } else if (shared.isError) {
    body =
      shared.error instanceof ApiError && shared.error.status === 404 ? (
        <Expired />
      ) : (
        <ErrorState error={shared.error} onRetry={() => void shared.refetch()} />
      );
  } else {
    const { journey: j } = shared.data;
    const touchpoints = j.stages.reduce((n, s) => n + s.touchpoints.length, 0);
    const en = currentLanguage() === "en";
    const hospitalName = (en && shared.data.hospitalNameEn) || shared.data.hospitalName;
    body = (
      <Stack gap="lg">
        <Stack gap={6}>
          <Group gap="xs">
            <Text size="sm" c="motmap.8" fw={600} data-testid="shared-hospital">
              {hospitalName}
            </Text>
            <Badge color="gray" variant="outline" leftSection={<IconEye size={12} />}>
              {t("shared.readOnly")}
            </Badge>
          </Group>
          <Group gap="sm">
            <Title order={1} size="h2" data-testid="shared-title">
              {j.title}
            </Title>
            <VariantBadge variant={j.variant} />
          </Group>
          <Text size="sm" c="dimmed">
            {t("shared.sharedBy", { hospital: hospitalName })} ·{" "}
            {t("shared.stages", { stages: j.stages.length, touchpoints })} · {formatDate(j.updatedAt)}
          </Text>
        </Stack>

        {(j.persona || j.description) && (
          <Paper withBorder p="md">
            <Stack gap="xs">
              {j.persona ? (
                <Group gap="sm" wrap="nowrap" align="flex-start">
                  <ThemeIcon variant="light" radius="xl" size={34}>
                    <IconUser size={18} />
                  </ThemeIcon>
                  <Stack gap={2}>
                    <Group gap="xs">
                      <Text size="xs" c="dimmed">
                        {t("shared.persona")}
                      </Text>
                      <Text fw={600} data-testid="shared-persona">
                        {j.persona.name}
                      </Text>
                      <Badge size="sm" color="gray">
                        {t(`enums.segment.${j.persona.segment}`)}
                      </Badge>
                      {j.persona.ageGroup && (
                        <Text size="sm" c="dimmed">
                          {j.persona.ageGroup}
                        </Text>
                      )}
                    </Group>
                    {j.persona.quote && (
                      <Text size="sm" fs="italic" c="dark.4">
                        “{j.persona.quote}”
                      </Text>
                    )}
                    {j.persona.description && (
                      <Text size="sm" c="dimmed" lineClamp={3}>
                        {j.persona.description}
                      </Text>
                    )}
                  </Stack>
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {t("shared.noPersona")}
                </Text>
              )}
              {j.description && (
                <>
                  <Divider />
                  <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                    {j.description}
                  </Text>
                </>
              )}
            </Stack>
          </Paper>
        )}

        <Box className="mm-page" data-testid="shared-map">
          <JourneyMap
            detail={j}
            departments={shared.data.departments.map((d) => ({ id: d.id, name: en && d.nameEn ? d.nameEn : d.name }))}
            readOnly
            testId="shared-journey-map"
          />
        </Box>
      </Stack>
    );
  }

  return (
    <Box mih="100vh" bg="gray.0">
      <TopBar />
      <Container size="xl" py="xl" component="main">
        {body}
      </Container>
      {shared.data && (
        <Container size="xl" pb="xl">
          <Text size="xs" c="dimmed" ta="center">
            {t("shared.footer")}
          </Text>
        </Container>
      )}
    </Box>
  );
}
