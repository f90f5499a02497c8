import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  TagsInput,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import {
  ALERT_RULE_KINDS,
  type AlertRule,
  type AlertRuleKind,
  type Department,
  MAX_SATISFACTION_THRESHOLD,
  type SmtpSettings,
  VOC_SEVERITIES,
  type VocSeverity,
} from "@motmap/core";
import { IconCircleCheck, IconMailForward, IconPlus, IconTrash, IconX } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { useDepartments, useSession } from "../../api/queries.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { errorMessage, fieldErrors, notifyError, notifySuccess } from "../../lib/errors.tsx";
import { ErrorState, TableSkeleton } from "../states.tsx";
import { type TouchpointOption, useAllTouchpoints } from "../voc/touchpoints.ts";
import { touchpointData } from "../voc/VocRegisterModal.tsx";
import { KIND_COLOR } from "./AlertInbox.tsx";
import {
  alertKeys,
  createAlertRule,
  deleteAlertRule,
  putAlertRecipients,
  putSmtpSettings,
  sendTestMail,
  updateAlertRule,
  useAlertRecipients,
  useAlertRules,
  useSmtpSettings,
} from "./queries.ts";

const THRESHOLDS = Array.from({ length: MAX_SATISFACTION_THRESHOLD }, (_, i) => String(i + 1));

function useDepartmentOptions(hid: string) {
  const departments = useDepartments(hid).data ?? [];
  const en = currentLanguage() === "en";
  const label = (d: Department) => (en && d.nameEn ? d.nameEn : d.name);
  return { departments, label, options: departments.map((d) => ({ value: d.id, label: label(d) })) };
}

/** Rules per touchpoint, e-mail recipients per department and the SMTP server (hospital admins). */
export function AlertSettings({ hid }: { hid: string }) {
  return (
    <Stack gap="lg">
      <RulesSection hid={hid} />
      <RecipientsSection hid={hid} />
      <SmtpSection hid={hid} />
    </Stack>
  );
}

function SectionTitle({ title, hint }: { title: string; hint: string }) {
  return (
    <Stack gap={2} mb="md">
      <Title order={4}>{title}</Title>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

// ---------------------------------------------------------------- rules

function RulesSection({ hid }: { hid: string }) {
  const { t } = useTranslation();
  const rules = useAlertRules(hid);
  const { options, byId } = useAllTouchpoints(hid);
  const depts = useDepartmentOptions(hid);

  let body: React.ReactNode;
  if (rules.isPending) body = <TableSkeleton rows={3} />;
  else if (rules.isError) body = <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />;
  else if (rules.data.length === 0)
    body = (
      <Text size="sm" c="dimmed" py="sm" data-testid="alert-rules-empty">
        {t("alerts.settings.noRules")}
      </Text>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm" data-testid="alert-rules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>{t("alerts.settings.col.kind")}</Table.Th>
              <Table.Th>{t("alerts.settings.col.touchpoint")}</Table.Th>
              <Table.Th w={170}>{t("alerts.settings.col.condition")}</Table.Th>
              <Table.Th w={260}>{t("alerts.settings.col.departments")}</Table.Th>
              <Table.Th w={60}>{t("alerts.settings.col.enabled")}</Table.Th>
              <Table.Th w={44} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.data.map((r) => (
              <RuleRow
                key={r.id}
                hid={hid}
                rule={r}
                touchpoint={r.touchpointId ? byId.get(r.touchpointId) : undefined}
                departmentOptions={depts.options}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Card withBorder padding="lg">
      <SectionTitle title={t("alerts.settings.rulesTitle")} hint={t("alerts.settings.rulesHint")} />
      {body}
      <Divider my="md" label={t("alerts.settings.addTitle")} labelPosition="left" />
      <AddRuleForm hid={hid} touchpoints={options} departmentOptions={depts.options} />
    </Card>
  );
}

function ConditionSelect({
  kind,
  threshold,
  severity,
  onThreshold,
  onSeverity,
  withLabel,
}: {
  kind: AlertRuleKind;
  threshold: string;
  severity: VocSeverity;
  onThreshold: (v: string) => void;
  onSeverity: (v: VocSeverity) => void;
  withLabel?: boolean;
}) {
  const { t } = useTranslation();
  if (kind === "low_satisfaction")
    return (
      <Select
        label={withLabel ? t("alerts.settings.thresholdLabel") : undefined}
        aria-label={t("alerts.settings.thresholdLabel")}
        data={THRESHOLDS.map((n) => ({ value: n, label: t("alerts.settings.threshold", { n }) }))}
        value={threshold}
        onChange={(v) => v && onThreshold(v)}
        allowDeselect={false}
        data-testid="rule-threshold"
      />
    );
  if (kind === "voc_complaint")
    return (
      <Select
        label={withLabel ? t("alerts.settings.severityLabel") : undefined}
        aria-label={t("alerts.settings.severityLabel")}
        data={[...VOC_SEVERITIES].reverse().map((s) => ({
          value: s,
          label: t("alerts.settings.severityAtLeast", { severity: t(`voc.severity.${s}`) }),
        }))}
        value={severity}
        onChange={(v) => v && onSeverity(v as VocSeverity)}
        allowDeselect={false}
        data-testid="rule-severity"
      />
    );
  return (
    <Text size="sm" c="dimmed" mt={withLabel ? 24 : 0}>
      {t("alerts.settings.followUpCondition")}
    </Text>
  );
}

function RuleRow({
  hid,
  rule,
  touchpoint,
  departmentOptions,
}: {
  hid: string;
  rule: AlertRule;
  touchpoint: TouchpointOption | undefined;
  departmentOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [departments, setDepartments] = useState(rule.departmentIds);
  const [busy, setBusy] = useState(false);
  const key = rule.departmentIds.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the saved list when it changes
  useEffect(() => setDepartments(rule.departmentIds), [key]);

  const save = async (patch: Partial<Pick<AlertRule, "threshold" | "minSeverity" | "enabled" | "departmentIds">>) => {
    setBusy(true);
    try {
      await updateAlertRule(hid, rule.id, { version: rule.version, ...patch });
      notifySuccess(t("alerts.settings.ruleSaved"));
    } catch (e) {
      notifyError(e, { onReload: () => void qc.invalidateQueries({ queryKey: alertKeys.rules(hid) }) });
    } finally {
      await qc.invalidateQueries({ queryKey: alertKeys.rules(hid) });
      setBusy(false);
    }
  };
  const saveDepartments = () => {
    if (departments.join(",") !== key) void save({ departmentIds: departments });
  };

  const remove = async () => {
    try {
      await deleteAlertRule(hid, rule.id);
      notifySuccess(t("alerts.settings.ruleDeleted"));
    } catch (e) {
      notifyError(e);
    }
    await qc.invalidateQueries({ queryKey: alertKeys.rules(hid) });
  };

  return (
    <Table.Tr data-testid="alert-rule" style={{ opacity: rule.enabled ? 1 : 0.55 }}>
      <Table.Td>
        <Badge color={KIND_COLOR[rule.kind]} variant="light">
          {t(`alerts.kind.${rule.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        {rule.touchpointId === null ? (
          <Text size="sm" fw={600}>
            {t("alerts.settings.hospitalWide")}
          </Text>
        ) : (
          <Stack gap={0}>
            <Text size="sm">{touchpoint?.name ?? "…"}</Text>
            {touchpoint && (
              <Text size="xs" c="dimmed">
                {touchpoint.journeyTitle} › {touchpoint.stageName}
              </Text>
            )}
          </Stack>
        )}
      </Table.Td>
      <Table.Td>
        <ConditionSelect
          kind={rule.kind}
          threshold={String(rule.threshold ?? 2)}
          severity={rule.minSeverity ?? "high"}
          onThreshold={(v) => void save({ threshold: Number(v) })}
          onSeverity={(v) => void save({ minSeverity: v })}
        />
      </Table.Td>
      <Table.Td>
        <MultiSelect
          aria-label={t("alerts.settings.col.departments")}
          placeholder={departments.length === 0 ? t("alerts.settings.pickDepartments") : undefined}
          data={departmentOptions}
          value={departments}
          onChange={setDepartments}
          onDropdownClose={saveDepartments}
          onRemove={(id) => void save({ departmentIds: departments.filter((d) => d !== id) })}
          searchable
          disabled={busy}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={t("alerts.settings.col.enabled")}
          checked={rule.enabled}
          onChange={(e) => void save({ enabled: e.currentTarget.checked })}
          disabled={busy}
        />
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red"
          aria-label={t("alerts.settings.deleteRule")}
          onClick={() => void remove()}
        >
          <IconTrash size={16} />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

function AddRuleForm({
  hid,
  touchpoints,
  departmentOptions,
}: {
  hid: string;
  touchpoints: TouchpointOption[];
  departmentOptions: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [kind, setKind] = useState<AlertRuleKind>("low_satisfaction");
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [threshold, setThreshold] = useState("2");
  const [severity, setSeverity] = useState<VocSeverity>("high");
  const [departments, setDepartments] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const add = async () => {
    setBusy(true);
    try {
      await createAlertRule(hid, {
        kind,
        touchpointId,
        ...(kind === "low_satisfaction" ? { threshold: Number(threshold) } : {}),
        ...(kind === "voc_complaint" ? { minSeverity: severity } : {}),
        departmentIds: departments,
      });
      notifySuccess(t("alerts.settings.ruleAdded"));
      setTouchpointId(null);
      setDepartments([]);
      await qc.invalidateQueries({ queryKey: alertKeys.rules(hid) });
    } catch (e) {
      if (isApiError(e) && e.code === "conflict") notifyError(new Error(t("alerts.settings.ruleExists")));
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} style={{ alignItems: "end" }} data-testid="alert-rule-form">
      <Select
        label={t("alerts.settings.col.kind")}
        data={ALERT_RULE_KINDS.map((k) => ({ value: k, label: t(`alerts.kind.${k}`) }))}
        value={kind}
        onChange={(v) => v && setKind(v as AlertRuleKind)}
        allowDeselect={false}
        data-testid="rule-kind"
      />
      <Select
        label={t("alerts.settings.col.touchpoint")}
        placeholder={t("alerts.settings.hospitalWide")}
        data={touchpointData(touchpoints)}
        value={touchpointId}
        onChange={setTouchpointId}
        clearable
        searchable
        data-testid="rule-touchpoint"
      />
      <ConditionSelect
        kind={kind}
        threshold={threshold}
        severity={severity}
        onThreshold={setThreshold}
        onSeverity={setSeverity}
        withLabel
      />
      <MultiSelect
        label={t("alerts.settings.col.departments")}
        placeholder={departments.length === 0 ? t("alerts.settings.pickDepartments") : undefined}
        data={departmentOptions}
        value={departments}
        onChange={setDepartments}
        searchable
      />
      <Button leftSection={<IconPlus size={16} />} onClick={() => void add()} loading={busy} data-testid="rule-add">
        {t("alerts.settings.addRule")}
      </Button>
    </SimpleGrid>
  );
}

// ---------------------------------------------------------------- recipients

function RecipientsSection({ hid }: { hid: string }) {
  const { t } = useTranslation();
  const recipients = useAlertRecipients(hid);
  const depts = useDepartmentOptions(hid);
  const byDepartment = new Map((recipients.data ?? []).map((r) => [r.departmentId, r.emails]));
  // Departments being given their first recipients (not saved yet).
  const [adding, setAdding] = useState<string[]>([]);
  const shown = depts.departments.filter((d) => (byDepartment.get(d.id) ?? []).length > 0 || adding.includes(d.id));
  const addable = depts.options.filter((o) => !shown.some((d) => d.id === o.value));

  let body: React.ReactNode;
  if (recipients.isPending) body = <TableSkeleton rows={3} />;
  else if (recipients.isError) body = <ErrorState error={recipients.error} onRetry={() => void recipients.refetch()} />;
  else if (depts.departments.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        {t("alerts.settings.noDepartments")}
      </Text>
    );
  else
    body = (
      <Stack gap="sm">
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("alerts.settings.noRecipients")}
          </Text>
        ) : (
          <Table verticalSpacing="xs" data-testid="alert-recipients">
            <Table.Tbody>
              {shown.map((d) => (
                <RecipientRow
                  key={d.id}
                  hid={hid}
                  departmentId={d.id}
                  name={depts.label(d)}
                  saved={byDepartment.get(d.id) ?? []}
                  onSaved={() => setAdding((a) => a.filter((x) => x !== d.id))}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {addable.length > 0 && (
          <Select
            key={adding.length}
            placeholder={t("alerts.settings.addDepartment")}
            aria-label={t("alerts.settings.addDepartment")}
            data={addable}
            value={null}
            onChange={(v) => v && setAdding((a) => [...a, v])}
            searchable
            leftSection={<IconPlus size={14} />}
            w={260}
            data-testid="recipient-add-department"
          />
        )}
      </Stack>
    );

  return (
    <Card withBorder padding="lg">
      <SectionTitle title={t("alerts.settings.recipientsTitle")} hint={t("alerts.settings.recipientsHint")} />
      {body}
    </Card>
  );
}

function RecipientRow({
  hid,
  departmentId,
  name,
  saved,
  onSaved,
}: {
  hid: string;
  departmentId: string;
  name: string;
  saved: string[];
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [emails, setEmails] = useState(saved);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = saved.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow the saved list when it changes
  useEffect(() => setEmails(saved), [key]);
  const dirty = emails.join(",") !== key;

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await putAlertRecipients(hid, departmentId, emails);
      notifySuccess(t("alerts.settings.recipientsSaved", { department: name }));
      await qc.invalidateQueries({ queryKey: alertKeys.recipients(hid) });
      onSaved();
    } catch (e) {
      if (isApiError(e) && e.code === "validation_failed") setError(errorMessage(e));
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Table.Tr data-testid="alert-recipient-row">
      <Table.Td w={180}>
        <Text size="sm" fw={500}>
          {name}
        </Text>
      </Table.Td>
      <Table.Td>
        <TagsInput
          aria-label={name}
          placeholder={emails.length === 0 ? t("alerts.settings.emailsPlaceholder") : undefined}
          value={emails}
          onChange={(v) => {
            setEmails(v.map((x) => x.trim()).filter(Boolean));
            setError(null);
          }}
          splitChars={[",", " ", ";"]}
          error={error}
          clearable
        />
      </Table.Td>
      <Table.Td w={90}>
        <Button
          size="xs"
          variant={dirty ? "filled" : "default"}
          disabled={!dirty}
          loading={busy}
          onClick={() => void save()}
        >
          {t("common.save")}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

// ---------------------------------------------------------------- SMTP

interface SmtpForm {
  host: string;
  port: number;
  secure: boolean;
  username: string;
  password: string;
  fromAddress: string;
  appUrl: string;
  enabled: boolean;
}

const formOf = (s: SmtpSettings): SmtpForm => ({
  host: s.host,
  port: s.port,
  secure: s.secure,
  username: s.username,
  password: "",
  fromAddress: s.fromAddress,
  appUrl: s.appUrl || window.location.origin,
  enabled: s.version === 0 ? true : s.enabled,
});

function SmtpSection({ hid }: { hid: string }) {
  const { t } = useTranslation();
  const smtp = useSmtpSettings(hid);
  return (
    <Card withBorder padding="lg">
      <SectionTitle title={t("alerts.settings.smtpTitle")} hint={t("alerts.settings.smtpHint")} />
      {smtp.isPending ? (
        <TableSkeleton rows={3} />
      ) : smtp.isError ? (
        <ErrorState error={smtp.error} onRetry={() => void smtp.refetch()} />
      ) : (
        <SmtpFormView key={smtp.data.version} hid={hid} settings={smtp.data} />
      )}
    </Card>
  );
}

function SmtpFormView({ hid, settings }: { hid: string; settings: SmtpSettings }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useSession().data?.user.email ?? "";
  const [form, setForm] = useState<SmtpForm>(() => formOf(settings));
  const [saveError, setSaveError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [to, setTo] = useState(me);
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<{ to: string; delivered: boolean; error: string | null } | null>(null);
  const set = <K extends keyof SmtpForm>(k: K, v: SmtpForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const err = fieldErrors(saveError);

  const save = async () => {
    setBusy(true);
    setSaveError(null);
    try {
      const saved = await putSmtpSettings(hid, {
        version: settings.version,
        host: form.host,
        port: form.port,
        secure: form.secure,
        username: form.username,
        ...(form.password ? { password: form.password } : {}),
        fromAddress: form.fromAddress,
        appUrl: form.appUrl,
        enabled: form.enabled,
      });
      notifySuccess(t("alerts.settings.smtpSaved"));
      qc.setQueryData(alertKeys.smtp(hid), saved);
    } catch (e) {
      setSaveError(e);
      if (!(isApiError(e) && e.code === "validation_failed"))
        notifyError(e, { onReload: () => void qc.invalidateQueries({ queryKey: alertKeys.smtp(hid) }) });
    } finally {
      setBusy(false);
    }
  };

  const test = async () => {
    setTesting(true);
    setResult(null);
    try {
      const r = await sendTestMail(hid, to.trim());
      setResult({ to: to.trim(), ...r });
    } catch (e) {
      setResult({ to: to.trim(), delivered: false, error: errorMessage(e) });
    } finally {
      setTesting(false);
    }
  };

  return (
    <Stack gap="md" data-testid="smtp-form">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Group gap="sm" align="flex-start" wrap="nowrap">
          <TextInput
            label={t("alerts.settings.host")}
            placeholder="smtp.hospital.kr"
            value={form.host}
            onChange={(e) => set("host", e.currentTarget.value)}
            error={err("host")}
            style={{ flex: 1 }}
            data-testid="smtp-host"
          />
          <NumberInput
            label={t("alerts.settings.port")}
            value={form.port}
            onChange={(v) => set("port", typeof v === "number" ? v : Number(v) || 0)}
            min={1}
            max={65535}
            allowDecimal={false}
            error={err("port")}
            w={110}
            data-testid="smtp-port"
          />
        </Group>
        <Switch
          label={t("alerts.settings.secure")}
          checked={form.secure}
          onChange={(e) => set("secure", e.currentTarget.checked)}
          mt={{ base: 0, sm: 32 }}
        />
        <TextInput
          label={t("alerts.settings.username")}
          value={form.username}
          onChange={(e) => set("username", e.currentTarget.value)}
          error={err("username")}
          autoComplete="off"
        />
        <PasswordInput
          label={t("alerts.settings.password")}
          description={settings.hasPassword ? t("alerts.settings.passwordStored") : t("alerts.settings.passwordNone")}
          placeholder={settings.hasPassword ? "••••••••" : undefined}
          value={form.password}
          onChange={(e) => set("password", e.currentTarget.value)}
          error={err("password")}
          autoComplete="new-password"
        />
        <TextInput
          label={t("alerts.settings.fromAddress")}
          placeholder="motmap@hospital.kr"
          value={form.fromAddress}
          onChange={(e) => set("fromAddress", e.currentTarget.value)}
          error={err("fromAddress")}
          data-testid="smtp-from"
        />
        <TextInput
          label={t("alerts.settings.appUrl")}
          description={t("alerts.settings.appUrlHint")}
          value={form.appUrl}
          onChange={(e) => set("appUrl", e.currentTarget.value)}
          error={err("appUrl")}
        />
      </SimpleGrid>
      <Group justify="space-between">
        <Switch
          label={t("alerts.settings.enabled")}
          checked={form.enabled}
          onChange={(e) => set("enabled", e.currentTarget.checked)}
        />
        <Button onClick={() => void save()} loading={busy} data-testid="smtp-save">
          {t("alerts.settings.saveSmtp")}
        </Button>
      </Group>

      <Divider label={t("alerts.settings.testTitle")} labelPosition="left" />
      <Group align="flex-end" gap="sm">
        <TextInput
          label={t("alerts.settings.testTo")}
          type="email"
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          w={280}
          data-testid="smtp-test-to"
        />
        <Button
          variant="light"
          leftSection={<IconMailForward size={16} />}
          onClick={() => void test()}
          loading={testing}
          disabled={!to.trim() || settings.version === 0}
          data-testid="smtp-test"
        >
          {t("alerts.settings.sendTest")}
        </Button>
        {settings.version === 0 && (
          <Text size="sm" c="dimmed" mb={8}>
            {t("alerts.settings.testNeedsSave")}
          </Text>
        )}
      </Group>
      {result && (
        <Alert
          color={result.delivered ? "teal" : "red"}
          icon={result.delivered ? <IconCircleCheck size={18} /> : <IconX size={18} />}
          title={result.delivered ? undefined : t("alerts.settings.testFailed")}
          data-testid="smtp-test-result"
          data-delivered={result.delivered ? "true" : "false"}
        >
          {result.delivered ? t("alerts.settings.testDelivered", { to: result.to }) : result.error}
        </Alert>
      )}
    </Stack>
  );
}
