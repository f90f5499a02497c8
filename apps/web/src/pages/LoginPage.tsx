import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { IconAlertCircle, IconLogin, IconMapRoute } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { ApiError, api } from "../api/client.ts";
import { keys, useSession } from "../api/queries.ts";
import type { Session } from "../api/types.ts";
import { LanguageSwitch } from "../components/LanguageSwitch.tsx";
import { hasStoredLanguage } from "../i18n/index.ts";
import { errorMessage, fieldErrors } from "../lib/errors.tsx";
import { homeHospital } from "../lib/hospital.ts";

/** Only same-site paths are followed after login. */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const session = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  const login = useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<Session>("/api/auth/login", body),
    onSuccess: (s) => {
      if (!hasStoredLanguage() && s.user.locale !== i18n.language) void i18n.changeLanguage(s.user.locale);
      qc.setQueryData(keys.me, s);
      const next = safeNext(params.get("next"));
      const first = homeHospital(s.memberships);
      navigate(next !== "/" ? next : first ? `/h/${first.hospitalId}/journeys` : "/", { replace: true });
    },
  });

  if (session.data && !login.isPending) {
    const first = homeHospital(session.data.memberships);
    return <Navigate to={first ? `/h/${first.hospitalId}/journeys` : "/"} replace />;
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = {
      email: email.trim() ? undefined : t("errors.required"),
      password: password ? undefined : t("errors.required"),
    };
    setLocal(errs);
    if (errs.email || errs.password) return;
    login.mutate({ email: email.trim(), password });
  };

  const err = login.error;
  const fe = fieldErrors(err, local);
  const badCredentials = err instanceof ApiError && err.status === 401;

  return (
    <Box
      mih="100vh"
      style={{
        background:
          "linear-gradient(160deg, var(--mantine-color-motmap-0) 0%, var(--mantine-color-gray-0) 55%, #fff 100%)",
      }}
    >
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb={80} pt={40}>
        <Stack w="100%" maw={420} gap="lg">
          <Stack align="center" gap={6}>
            <ThemeIcon size={56} radius="lg">
              <IconMapRoute size={32} stroke={1.7} />
            </ThemeIcon>
            <Title order={1} fz={32} c="motmap.8">
              motmap
            </Title>
            <Text c="dimmed" size="sm" ta="center">
              {t("login.subtitle")}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="lg">
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <Title order={3} fz={20}>
                  {t("login.title")}
                </Title>
                {err && (
                  <Alert
                    color="red"
                    variant="light"
                    icon={<IconAlertCircle size={18} />}
                    role="alert"
                    data-testid="login-error"
                  >
                    {badCredentials ? t("login.invalid") : errorMessage(err)}
                  </Alert>
                )}
                <TextInput
                  label={t("login.email")}
                  type="email"
                  name="email"
                  autoComplete="username"
                  value={email}
                  onChange={(e) => setEmail(e.currentTarget.value)}
                  error={fe("email")}
                  required
                  data-autofocus
                />
                <PasswordInput
                  label={t("login.password")}
                  name="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={fe("password")}
                  required
                />
                <Button
                  type="submit"
                  fullWidth
                  size="md"
                  loading={login.isPending}
                  leftSection={<IconLogin size={18} />}
                >
                  {t("login.submit")}
                </Button>
              </Stack>
            </form>
          </Paper>
          <Text size="xs" c="dimmed" ta="center">
            {t("app.tagline")}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
