import {
  Alert,
  Box,
  Button,
  Collapse,
  Group,
  NativeSelect,
  Paper,
  Progress,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
  UnstyledButton,
} from "@mantine/core";
import type { PublicSurvey, SubmittedAnswer, SurveyQuestion } from "@motmap/core";
import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronLeft,
  IconChevronRight,
  IconCircleCheck,
  IconSend,
} from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type AnswerValue, isAnswered, QuestionField } from "./QuestionField.tsx";
import { forgetSubmissionKey, submissionKey, submitResponse } from "./submit.ts";

const SEGMENT_CHOICES = [
  "first_visit_outpatient",
  "returning_outpatient",
  "inpatient",
  "health_checkup",
  "emergency",
  "pediatric_guardian",
  "other",
] as const;

/** Today in the browser's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

type Banner =
  | { kind: "required"; count: number; submitting: boolean }
  | { kind: "fix" }
  | { kind: "rate"; seconds: number }
  | { kind: "network" }
  | { kind: "error" };

export interface SurveyFormProps {
  survey: PublicSurvey;
  kiosk: boolean;
  en: boolean;
  /** Section to open first (e.g. the one of a touchpoint's QR code). */
  initialStep: number;
  /** The server says the survey does not take responses (anymore). */
  onClosed: () => void;
  /** A response was stored. */
  onSubmitted: () => void;
}

/** The patient's form: one section per screen, a progress bar, required checks, then submit. */
export function SurveyForm({ survey, kiosk, en, initialStep, onClosed, onSubmitted }: SurveyFormProps) {
  const { t } = useTranslation();
  const sections = survey.definition.sections.filter((s) => s.questions.length > 0);
  const total = sections.length;
  const [step, setStep] = useState(Math.min(Math.max(initialStep, 0), Math.max(total - 1, 0)));
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [visitOpen, setVisitOpen] = useState(false);
  const [visitDate, setVisitDate] = useState("");
  const [segment, setSegment] = useState("");
  const [submitting, setSubmitting] = useState(false);
  const inFlight = useRef(false);
  const top = useRef<HTMLDivElement>(null);

  const section = sections[step];
  const numbering = new Map<string, number>();
  let n = 0;
  for (const s of sections) for (const q of s.questions) numbering.set(q.key, ++n);

  // A new screen starts at its top (phones keep the scroll position otherwise).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    top.current?.scrollIntoView({ block: "start" });
  }, [step]);

  const setAnswer = (key: string, a: AnswerValue | undefined) => {
    setAnswers((prev) => {
      const next = { ...prev };
      if (a) next[key] = a;
      else delete next[key];
      return next;
    });
    if (errors[key]) {
      setErrors((prev) => {
        const next = { ...prev };
        delete next[key];
        return next;
      });
    }
    setBanner(null);
  };

  const missing = (qs: SurveyQuestion[]) => qs.filter((q) => q.required && !isAnswered(q, answers[q.key]));

  const flagMissing = (qs: SurveyQuestion[], submitting = false) => {
    setErrors((prev) => {
      const next = { ...prev };
      for (const q of qs) next[q.key] = t("publicSurvey.requiredMissing");
      return next;
    });
    setBanner({ kind: "required", count: qs.length, submitting });
    const first = qs[0];
    if (first) {
      requestAnimationFrame(() =>
        document.querySelector(`[data-key="${CSS.escape(first.key)}"]`)?.scrollIntoView({ block: "center" }),
      );
    }
  };

  const next = () => {
    if (!section) return;
    const m = missing(section.questions);
    if (m.length > 0) return flagMissing(m);
    setBanner(null);
    setStep((s) => Math.min(s + 1, total - 1));
  };

  const back = () => {
    setBanner(null);
    setStep((s) => Math.max(s - 1, 0));
  };

  const submit = async () => {
    if (inFlight.current) return;
    // Every screen's required questions, in case the patient opened at a touchpoint's section.
    for (let i = 0; i < sections.length; i++) {
      const m = missing(sections[i]?.questions ?? []);
      if (m.length > 0) {
        setStep(i);
        return flagMissing(m, true);
      }
    }
    const sent: SubmittedAnswer[] = [];
    for (const s of sections) {
      for (const q of s.questions) {
        const a = answers[q.key];
        if (!a || !isAnswered(q, a)) continue;
        if (q.type === "free_text") sent.push({ key: q.key, text: (a.text ?? "").trim() });
        else if (q.type === "single_choice" || q.type === "multiple_choice")
          sent.push({ key: q.key, choices: a.choices ?? [] });
        else sent.push({ key: q.key, value: a.value });
      }
    }
    inFlight.current = true;
    setSubmitting(true);
    setBanner(null);
    const outcome = await submitResponse(survey.publicId, {
      submissionKey: submissionKey(survey.publicId),
      channel: kiosk ? "kiosk" : "web",
      ...(visitDate ? { visitDate } : {}),
      ...(segment ? { segment } : {}),
      answers: sent,
    });
    inFlight.current = false;
    setSubmitting(false);
    switch (outcome.kind) {
      case "ok":
        forgetSubmissionKey(survey.publicId);
        onSubmitted();
        return;
      case "closed":
        onClosed();
        return;
      case "rate_limited":
        setBanner({ kind: "rate", seconds: outcome.retryAfter });
        return;
      case "network":
        setBanner({ kind: "network" });
        return;
      case "error":
        setBanner({ kind: "error" });
        return;
      case "invalid": {
        // `answers.3.value` → the fourth sent answer's question; `answers` → "<key>" is required.
        const found: Record<string, string> = {};
        for (const issue of outcome.issues) {
          const m = /^answers\.(\d+)/.exec(issue.path);
          let key: string | undefined;
          if (m) key = sent[Number(m[1])]?.key;
          else if (issue.path === "answers") key = /"([^"]+)"/.exec(issue.message)?.[1];
          if (!key) continue;
          found[key] = /required/i.test(issue.message) ? t("publicSurvey.requiredMissing") : issue.message;
        }
        setErrors(found);
        const firstKey = Object.keys(found)[0];
        const at = firstKey ? sections.findIndex((s) => s.questions.some((q) => q.key === firstKey)) : -1;
        if (at >= 0) setStep(at);
        setBanner(firstKey ? { kind: "fix" } : { kind: "error" });
        return;
      }
    }
  };

  if (!section) return null;
  const last = step === total - 1;
  const sectionTitle = (en && section.titleEn) || section.title;

  let bannerText: string | null = null;
  if (banner?.kind === "required")
    bannerText = t(banner.submitting ? "publicSurvey.requiredBlockSubmit" : "publicSurvey.requiredBlock", {
      count: banner.count,
    });
  else if (banner?.kind === "fix") bannerText = t("publicSurvey.fixAnswers");
  else if (banner?.kind === "rate")
    bannerText = `${t("publicSurvey.rateLimited")}. ${t("publicSurvey.rateLimitedBody", { seconds: banner.seconds })}`;
  else if (banner?.kind === "network") bannerText = t("publicSurvey.networkError");
  else if (banner?.kind === "error") bannerText = t("publicSurvey.genericError");

  return (
    <Stack gap={kiosk ? "xl" : "lg"} ref={top} style={{ scrollMarginTop: 80 }}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text fw={600} fz={kiosk ? 24 : 15} c="motmap.8" data-testid="section-title" lineClamp={2}>
            {sectionTitle}
          </Text>
          <Text fw={700} fz={kiosk ? 24 : 15} c="dimmed" data-testid="survey-progress" style={{ whiteSpace: "nowrap" }}>
            {t("publicSurvey.progress", { current: step + 1, total })}
          </Text>
        </Group>
        <Progress
          value={((step + 1) / total) * 100}
          size={kiosk ? "xl" : "md"}
          radius="xl"
          aria-label={t("publicSurvey.progressLabel")}
          transitionDuration={200}
        />
      </Stack>

      {section.questions.map((q) => (
        <QuestionField
          key={q.key}
          question={q}
          index={numbering.get(q.key) ?? 0}
          answer={answers[q.key]}
          onChange={(a) => setAnswer(q.key, a)}
          error={errors[q.key]}
          en={en}
          kiosk={kiosk}
        />
      ))}

      {last ? (
        <Paper withBorder radius="lg" p={kiosk ? "lg" : "md"} bg="gray.0">
          <UnstyledButton
            onClick={() => setVisitOpen((o) => !o)}
            aria-expanded={visitOpen}
            w="100%"
            data-testid="visit-info-toggle"
            py={4}
          >
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Text fw={600} fz={kiosk ? 22 : 16}>
                  {t("publicSurvey.visitInfo")}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("publicSurvey.visitInfoHint")}
                </Text>
              </Stack>
              <IconChevronDown
                size={22}
                style={{
                  transform: visitOpen ? "rotate(180deg)" : undefined,
                  transition: "transform 150ms",
                  flexShrink: 0,
                }}
              />
            </Group>
          </UnstyledButton>
          <Collapse expanded={visitOpen}>
            <Stack gap="sm" pt="md">
              <TextInput
                type="date"
                label={t("publicSurvey.visitDate")}
                value={visitDate}
                max={today()}
                onChange={(e) => setVisitDate(e.currentTarget.value)}
                size={kiosk ? "lg" : "md"}
              />
              <NativeSelect
                label={t("publicSurvey.segment")}
                value={segment}
                onChange={(e) => setSegment(e.currentTarget.value)}
                size={kiosk ? "lg" : "md"}
                data={[
                  { value: "", label: t("publicSurvey.segmentNone") },
                  ...SEGMENT_CHOICES.map((s) => ({ value: s, label: t(`publicSurvey.segments.${s}`) })),
                ]}
              />
            </Stack>
          </Collapse>
        </Paper>
      ) : null}

      {bannerText ? (
        <Alert
          color={banner?.kind === "rate" || banner?.kind === "network" ? "orange" : "red"}
          icon={<IconAlertTriangle size={20} />}
          role="alert"
          data-testid="form-banner"
          fz={kiosk ? "lg" : undefined}
        >
          {bannerText}
        </Alert>
      ) : null}

      <Group gap="sm" wrap="nowrap" pb={kiosk ? 0 : "md"}>
        {step > 0 ? (
          <Button
            variant="default"
            size={kiosk ? "xl" : "lg"}
            onClick={back}
            leftSection={<IconChevronLeft size={20} />}
            style={{ flex: "0 0 auto" }}
          >
            {t("publicSurvey.back")}
          </Button>
        ) : null}
        {last ? (
          <Button
            size={kiosk ? "xl" : "lg"}
            onClick={() => void submit()}
            loading={submitting}
            rightSection={<IconSend size={20} />}
            style={{ flex: 1 }}
            data-testid="survey-submit"
          >
            {t("publicSurvey.submit")}
          </Button>
        ) : (
          <Button
            size={kiosk ? "xl" : "lg"}
            onClick={next}
            rightSection={<IconChevronRight size={20} />}
            style={{ flex: 1 }}
            data-testid="survey-next"
          >
            {t("publicSurvey.next")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

/** The screen after a stored response; a kiosk counts down and starts over. */
export function ThankYou({ kiosk, onStartOver }: { kiosk: boolean; onStartOver: () => void }) {
  const { t } = useTranslation();
  const [seconds, setSeconds] = useState(5);
  useEffect(() => {
    if (!kiosk) return;
    const started = Date.now();
    const timer = window.setInterval(() => {
      const left = 5 - Math.floor((Date.now() - started) / 1000);
      if (left <= 0) {
        window.clearInterval(timer);
        onStartOver();
      } else setSeconds(left);
    }, 250);
    return () => window.clearInterval(timer);
  }, [kiosk, onStartOver]);
  return (
    <Paper withBorder radius="lg" p={kiosk ? 48 : "xl"} ta="center" data-testid="survey-thanks">
      <Stack align="center" gap="md">
        <ThemeIcon size={kiosk ? 96 : 64} radius="xl" variant="light" color="teal">
          <IconCircleCheck size={kiosk ? 64 : 40} />
        </ThemeIcon>
        <Title order={2} fz={kiosk ? 40 : 24}>
          {t("publicSurvey.thanksTitle")}
        </Title>
        <Text c="dimmed" fz={kiosk ? 22 : 16}>
          {t("publicSurvey.thanksBody")}
        </Text>
        {kiosk ? (
          <Box>
            <Text fz={20} fw={500} data-testid="kiosk-countdown">
              {t("publicSurvey.kioskNext", { seconds })}
            </Text>
            <Button mt="md" size="xl" variant="light" onClick={onStartOver}>
              {t("publicSurvey.kioskStartOver")}
            </Button>
          </Box>
        ) : null}
      </Stack>
    </Paper>
  );
}
