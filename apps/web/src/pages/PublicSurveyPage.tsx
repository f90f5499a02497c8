import {
  Box,
  Button,
  Center,
  Container,
  Group,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import type { PublicSurvey } from "@motmap/core";
import {
  IconArrowLeft,
  IconClipboardList,
  IconLockOpenOff,
  IconMaximize,
  IconPrinter,
  IconQrcode,
} from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { ApiError, api } from "../api/client.ts";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { ErrorState } from "../components/states.tsx";
import { QrCodeCard } from "../components/surveys/public/QrCodeCard.tsx";
import { SurveyForm, ThankYou } from "../components/surveys/public/SurveyForm.tsx";
import { forgetSubmissionKey } from "../components/surveys/public/submit.ts";
import { currentLanguage } from "../i18n/index.ts";

/** A kiosk with no input for this long starts over for the next patient. */
const KIOSK_IDLE_MS = 60_000;

function TopBar({ survey, kiosk }: { survey: PublicSurvey | undefined; kiosk: boolean }) {
  const { t } = useTranslation();
  const en = currentLanguage() === "en";
  const hospital = survey ? (en && survey.hospitalNameEn) || survey.hospitalName : "";
  const title = survey ? (en && survey.titleEn) || survey.title : "";
  return (
    <Box
      component="header"
      py={kiosk ? "md" : "sm"}
      bg="white"
      style={{ borderBottom: "1px solid var(--mantine-color-gray-3)", position: "sticky", top: 0, zIndex: 10 }}
    >
      <Container size={kiosk ? "lg" : "sm"}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Group gap={10} wrap="nowrap" style={{ minWidth: 0 }}>
            <ThemeIcon size={kiosk ? 48 : 34} radius="md" variant="light">
              <IconClipboardList size={kiosk ? 28 : 20} stroke={1.8} />
            </ThemeIcon>
            <Stack gap={0} style={{ minWidth: 0 }}>
              {hospital ? (
                <Text size={kiosk ? "md" : "xs"} c="dimmed" truncate data-testid="survey-hospital">
                  {hospital}
                </Text>
              ) : null}
              <Text fw={700} fz={kiosk ? 26 : 16} lh={1.3} lineClamp={2} data-testid="survey-title">
                {title || "\u00a0"}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {kiosk ? (
              <Button
                variant="subtle"
                size="md"
                leftSection={<IconMaximize size={18} />}
                onClick={() => void document.documentElement.requestFullscreen?.().catch(() => undefined)}
                visibleFrom="sm"
              >
                {t("publicSurvey.fullscreen")}
              </Button>
            ) : null}
            <LanguageSwitch size={kiosk ? "sm" : "xs"} />
          </Group>
        </Group>
      </Container>
    </Box>
  );
}

function Closed() {
  const { t } = useTranslation();
  return (
    <Center py={72}>
      <Paper withBorder radius="lg" p="xl" maw={480} w="100%" ta="center" data-testid="survey-closed">
        <Stack align="center" gap="md">
          <ThemeIcon size={56} radius="xl" variant="light" color="gray">
            <IconLockOpenOff size={30} />
          </ThemeIcon>
          <Title order={2} size="h3">
            {t("publicSurvey.closedTitle")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("publicSurvey.closedBody")}
          </Text>
        </Stack>
      </Paper>
    </Center>
  );
}

/** `?qr=1` for staff: printable QR cards of the survey and of each touchpoint it asks about. */
function Poster({ survey, onBack }: { survey: PublicSurvey; onBack: () => void }) {
  const { t } = useTranslation();
  const base = `${window.location.origin}/s/${encodeURIComponent(survey.publicId)}`;
  const touchpoints: { id: string; subtitle: string }[] = [];
  const seen = new Set<string>();
  for (const s of survey.definition.sections) {
    for (const q of s.questions) {
      if (!q.touchpointId || seen.has(q.touchpointId)) continue;
      seen.add(q.touchpointId);
      touchpoints.push({ id: q.touchpointId, subtitle: s.title ? `${s.title} · ${q.text}` : q.text });
    }
  }
  return (
    <Stack gap="lg" data-testid="qr-poster">
      <Group justify="space-between" className="qr-poster-tools">
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onBack}>
          {t("publicSurvey.backToSurvey")}
        </Button>
        <Button variant="light" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
          {t("publicSurvey.posterPrintAll")}
        </Button>
      </Group>
      <Stack gap={4} className="qr-poster-tools">
        <Title order={1} size="h3">
          {t("publicSurvey.posterTitle")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("publicSurvey.posterHint")}
        </Text>
      </Stack>
      <Text fw={600} className="qr-poster-tools">
        {t("publicSurvey.posterAll")}
      </Text>
      <QrCodeCard url={base} title={survey.title} subtitle={survey.hospitalName} size={240} />
      {touchpoints.length > 0 ? (
        <>
          <Text fw={600} className="qr-poster-tools">
            {t("publicSurvey.posterTouchpoints")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" className="qr-poster-grid">
            {touchpoints.map((tp) => (
              <QrCodeCard
                key={tp.id}
                url={`${base}?tp=${encodeURIComponent(tp.id)}`}
                title={survey.title}
                subtitle={tp.subtitle}
                size={180}
              />
            ))}
          </SimpleGrid>
        </>
      ) : null}
      <style>
        {
          "@media print { .qr-poster-tools, header { display: none !important; } .qr-poster-grid { display: block !important; } }"
        }
      </style>
    </Stack>
  );
}

/**
 * `/s/:publicId`: the patient's survey page — no login, no app shell, Korean by default.
 * `?kiosk=1` runs it on a shared tablet (big type, starts over after each response and when idle),
 * `?tp=<touchpointId>` opens at that touchpoint's section, `?qr=1` offers staff the QR poster.
 */
export function PublicSurveyPage() {
  const { t } = useTranslation();
  const { publicId = "" } = useParams();
  const [params] = useSearchParams();
  const kiosk = params.get("kiosk") === "1";
  const touchpointId = params.get("tp");
  const qr = params.get("qr") === "1";
  const [round, setRound] = useState(0);
  const [done, setDone] = useState(false);
  const [closed, setClosed] = useState(false);
  const [poster, setPoster] = useState(false);
  const dirty = useRef(false);

  const survey = useQuery({
    queryKey: ["public-survey", publicId],
    queryFn: () => api.get<PublicSurvey>(`/api/public/surveys/${encodeURIComponent(publicId)}`),
    retry: false,
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
  });

  const startOver = useCallback(() => {
    forgetSubmissionKey(publicId);
    dirty.current = false;
    setDone(false);
    setRound((r) => r + 1);
    window.scrollTo({ top: 0 });
  }, [publicId]);

  useEffect(() => {
    const title = survey.data ? survey.data.title : "motmap";
    document.title = title;
    return () => {
      document.title = "motmap";
    };
  }, [survey.data]);

  // Kiosk: any touch counts as activity; a minute without one starts over for the next patient.
  useEffect(() => {
    if (!kiosk) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
      dirty.current = true;
    };
    const events = ["pointerdown", "keydown", "input", "wheel"] as const;
    for (const e of events) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (dirty.current && Date.now() - last >= KIOSK_IDLE_MS) startOver();
    }, 1000);
    return () => {
      for (const e of events) window.removeEventListener(e, touch);
      window.clearInterval(timer);
    };
  }, [kiosk, startOver]);

  const en = currentLanguage() === "en";
  let body: React.ReactNode;
  if (survey.isPending) {
    body = (
      <Stack gap="md" aria-busy="true" aria-label={t("publicSurvey.loading")}>
        <Skeleton height={14} width="30%" />
        <Skeleton height={10} radius="xl" />
        <Skeleton height={180} radius="lg" />
        <Skeleton height={180} radius="lg" />
      </Stack>
    );
  } else if (closed || (survey.isError && survey.error instanceof ApiError && survey.error.status === 404)) {
    body = <Closed />;
  } else if (survey.isError) {
    body =
      survey.error instanceof ApiError && survey.error.status === 429 ? (
        <Paper withBorder radius="lg" p="xl" ta="center" data-testid="survey-rate-limited">
          <Title order={2} size="h4">
            {t("publicSurvey.rateLimited")}
          </Title>
          <Button mt="md" variant="light" onClick={() => void survey.refetch()}>
            {t("common.retry")}
          </Button>
        </Paper>
      ) : (
        <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />
      );
  } else if (poster) {
    body = <Poster survey={survey.data} onBack={() => setPoster(false)} />;
  } else if (done) {
    body = <ThankYou kiosk={kiosk} onStartOver={startOver} />;
  } else {
    const s = survey.data;
    const sections = s.definition.sections.filter((x) => x.questions.length > 0);
    const tpStep = touchpointId
      ? sections.findIndex((x) => x.questions.some((q) => q.touchpointId === touchpointId))
      : -1;
    const questionCount = sections.reduce((k, x) => k + x.questions.length, 0);
    const description = (en && s.descriptionEn) || s.description;
    body = (
      <Stack gap={kiosk ? "xl" : "lg"}>
        {round === 0 || kiosk ? (
          <Stack gap={4}>
            <Text fz={kiosk ? 22 : 15} data-testid="survey-intro">
              {description || t("publicSurvey.intro")}
            </Text>
            <Text fz={kiosk ? 16 : 13} c="dimmed">
              {t("publicSurvey.anonymous", { minutes: Math.max(1, Math.round(questionCount / 6)) })}
            </Text>
          </Stack>
        ) : null}
        {qr ? (
          <Button
            variant="light"
            leftSection={<IconQrcode size={18} />}
            onClick={() => setPoster(true)}
            data-testid="share-qr"
            style={{ alignSelf: "flex-start" }}
          >
            {t("publicSurvey.shareQr")}
          </Button>
        ) : null}
        {sections.length === 0 ? (
          <Closed />
        ) : (
          <SurveyForm
            key={round}
            survey={s}
            kiosk={kiosk}
            en={en}
            initialStep={Math.max(tpStep, 0)}
            onClosed={() => setClosed(true)}
            onSubmitted={() => setDone(true)}
          />
        )}
      </Stack>
    );
  }

  return (
    <Box mih="100vh" bg="gray.0" data-kiosk={kiosk || undefined} data-testid={kiosk ? "kiosk" : "public-survey"}>
      <TopBar survey={survey.data} kiosk={kiosk} />
      <Container size={kiosk ? "lg" : "sm"} px={kiosk ? "xl" : "md"} py={kiosk ? "xl" : "lg"}>
        {body}
      </Container>
    </Box>
  );
}
