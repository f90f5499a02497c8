import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import type { FollowUpEntryDetail, FollowUpOutcome } from "@motmap/core";
import { IconEye, IconPhone, IconPlus, IconTrash } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api, hospitalPath } from "../../api/client.ts";
import { notifyError, notifySuccess } from "../../lib/errors.tsx";
import { formatDateTime } from "../../lib/format.ts";
import { followUpKeys, useFollowUpEntry } from "./queries.ts";
import { StatusBadge } from "./StatusBadge.tsx";

const OPEN = ["pending", "not_reached"];

/** One call: the masked patient, the logged reveal, the script, the attempt form and the results. */
export function CallPanel({ hid, id, canEdit }: { hid: string; id: string; canEdit: boolean }) {
  const detail = useFollowUpEntry(hid, id);
  if (!detail.data) return <Text c="dimmed">…</Text>;
  // Keyed by version: a saved call starts a fresh form.
  return <CallPanelBody key={detail.data.entry.version} hid={hid} detail={detail.data} canEdit={canEdit} />;
}

function CallPanelBody({ hid, detail, canEdit }: { hid: string; detail: FollowUpEntryDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { entry, script } = detail;
  const [phone, setPhone] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<FollowUpOutcome>("reached");
  const [note, setNote] = useState("");
  const [scores, setScores] = useState<Record<string, string>>({});
  const [issues, setIssues] = useState<{ text: string; touchpointId: string | null }[]>([]);
  const [busy, setBusy] = useState(false);
  const touchpointName = (tid: string | null) => script?.touchpoints.find((x) => x.id === tid)?.name ?? "";

  const refresh = () => qc.invalidateQueries({ queryKey: followUpKeys.all(hid) });

  const reveal = async () => {
    try {
      const r = await api.post<{ phone: string }>(hospitalPath(hid, `/follow-up/entries/${entry.id}/phone/reveal`), {
        purpose: "해피콜 발신",
      });
      setPhone(r.phone);
    } catch (e) {
      notifyError(e);
    }
  };

  const save = async () => {
    setBusy(true);
    try {
      const reached = outcome === "reached";
      await api.post(hospitalPath(hid, `/follow-up/entries/${entry.id}/attempts`), {
        outcome,
        note,
        ratings: reached
          ? Object.entries(scores)
              .filter(([, v]) => v !== "")
              .map(([touchpointId, v]) => ({ touchpointId, score: Number(v) }))
          : [],
        issues: reached ? issues.filter((i) => i.text.trim() !== "") : [],
      });
      notifySuccess(t("followUp.call.saved"));
      setNote("");
      setIssues([]);
      await refresh();
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const toVoc = async (issueId: string) => {
    try {
      await api.post(hospitalPath(hid, `/follow-up/issues/${issueId}/voc`), {});
      notifySuccess(t("followUp.call.vocCreated"));
      await refresh();
      await qc.invalidateQueries({ queryKey: ["hospital", hid, "voc"] });
    } catch (e) {
      notifyError(e);
    }
  };

  const open = OPEN.includes(entry.status);
  return (
    <Stack gap="md" data-testid="call-panel">
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3}>{entry.nameMasked ?? t("followUp.purged")}</Title>
          <Text size="sm" c="dimmed">
            {entry.visitDate} · {entry.departmentName ?? "—"} · {entry.journeyTitle ?? "—"}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <StatusBadge status={entry.status} />
          <Text size="xs" c="dimmed">
            {t("followUp.call.attemptsLeft", { done: entry.attempts, max: detail.maxAttempts })}
          </Text>
        </Stack>
      </Group>

      <Card withBorder padding="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <IconPhone size={18} />
            {phone ? (
              <Anchor href={`tel:${phone}`} fw={700} fz="lg" data-testid="revealed-phone">
                {phone}
              </Anchor>
            ) : (
              <Text fw={600} ff="monospace" data-testid="masked-phone">
                {entry.phoneMasked ?? "—"}
              </Text>
            )}
          </Group>
          {!phone && entry.phoneMasked && canEdit && (
            <Button
              size="xs"
              variant="light"
              color="orange"
              leftSection={<IconEye size={14} />}
              onClick={() => void reveal()}
            >
              {t("followUp.call.reveal")}
            </Button>
          )}
          {phone && (
            <Button size="xs" component="a" href={`tel:${phone}`} leftSection={<IconPhone size={14} />}>
              {t("followUp.call.dial")}
            </Button>
          )}
        </Group>
        {!phone && (
          <Text size="xs" c="dimmed" mt={4}>
            {t("followUp.call.revealHint")}
          </Text>
        )}
      </Card>

      <Card withBorder padding="sm" bg="gray.0">
        <Text fw={700} size="sm" mb={4}>
          {t("followUp.call.script")}
        </Text>
        {script ? (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }} data-testid="call-script">
            {script.text}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t("followUp.call.noJourney")}
          </Text>
        )}
      </Card>

      {open && canEdit ? (
        <Stack gap="sm">
          <Text fw={700} size="sm">
            {t("followUp.call.outcome")}
          </Text>
          <SegmentedControl
            value={outcome}
            onChange={(v) => setOutcome(v as FollowUpOutcome)}
            data={(["reached", "not_reached", "refused"] as const).map((o) => ({
              value: o,
              label: t(`followUp.outcome.${o}`),
            }))}
            data-testid="call-outcome"
          />
          {outcome === "reached" && script && (
            <>
              <Text fw={700} size="sm">
                {t("followUp.call.ratings")}
              </Text>
              <Stack gap={6}>
                {script.touchpoints.map((tp) => (
                  <Group key={tp.id} justify="space-between" wrap="nowrap" data-testid="rating-row">
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={600} truncate>
                        {tp.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {tp.stageName}
                      </Text>
                    </Stack>
                    <SegmentedControl
                      size="xs"
                      aria-label={tp.name}
                      value={scores[tp.id] ?? ""}
                      onChange={(v) => setScores({ ...scores, [tp.id]: v })}
                      data={[
                        { value: "", label: t("followUp.call.skip") },
                        ...["1", "2", "3", "4", "5"].map((s) => ({ value: s, label: s })),
                      ]}
                    />
                  </Group>
                ))}
              </Stack>
              <Text fw={700} size="sm">
                {t("followUp.call.issues")}
              </Text>
              {issues.map((issue, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no id yet
                <Card key={i} withBorder padding="xs">
                  <Stack gap={6}>
                    <Textarea
                      autosize
                      minRows={2}
                      placeholder={t("followUp.call.issuePlaceholder")}
                      value={issue.text}
                      onChange={(e) => {
                        const text = e.currentTarget.value;
                        setIssues(issues.map((x, j) => (j === i ? { ...x, text } : x)));
                      }}
                      data-testid="issue-text"
                    />
                    <Group gap="xs" wrap="nowrap">
                      <Select
                        style={{ flex: 1 }}
                        size="xs"
                        placeholder={t("followUp.call.issueTouchpoint")}
                        data={script.touchpoints.map((x) => ({ value: x.id, label: x.name }))}
                        value={issue.touchpointId}
                        onChange={(v) => setIssues(issues.map((x, j) => (j === i ? { ...x, touchpointId: v } : x)))}
                        clearable
                        data-testid="issue-touchpoint"
                      />
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setIssues(issues.filter((_, j) => j !== i))}
                        aria-label="remove"
                      >
                        <IconTrash size={14} />
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ))}
              <Group>
                <Button
                  size="xs"
                  variant="light"
                  leftSection={<IconPlus size={14} />}
                  onClick={() => setIssues([...issues, { text: "", touchpointId: null }])}
                >
                  {t("followUp.call.addIssue")}
                </Button>
              </Group>
            </>
          )}
          <Textarea
            label={t("followUp.call.note")}
            placeholder={t("followUp.call.notePlaceholder")}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={1}
          />
          <Group>
            <Button onClick={() => void save()} loading={busy} data-testid="save-call">
              {t("followUp.call.save")}
            </Button>
          </Group>
        </Stack>
      ) : (
        !open && (
          <Alert color="gray" variant="light">
            {t("followUp.call.closed", { status: t(`followUp.status.${entry.status}`) })}
          </Alert>
        )
      )}

      {(detail.ratings.length > 0 || detail.issues.length > 0) && (
        <>
          <Divider label={t("followUp.call.results")} labelPosition="left" />
          <Stack gap={4}>
            {detail.ratings.map((r) => (
              <Group key={r.touchpointId} justify="space-between">
                <Text size="sm">{touchpointName(r.touchpointId)}</Text>
                <Badge color={r.score <= 2 ? "red" : r.score >= 4 ? "teal" : "yellow"} variant="light">
                  {r.score}
                </Badge>
              </Group>
            ))}
          </Stack>
          {detail.issues.map((issue) => (
            <Card key={issue.id} withBorder padding="sm" data-testid="issue-card">
              <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                {issue.text}
              </Text>
              <Group justify="space-between" mt={6}>
                <Text size="xs" c="dimmed">
                  {touchpointName(issue.touchpointId) || "—"}
                </Text>
                {issue.vocItemId ? (
                  <Anchor
                    component={Link}
                    to={`/h/${hid}/voc?item=${issue.vocItemId}`}
                    size="sm"
                    data-testid="issue-voc-link"
                  >
                    {t("followUp.call.openVoc")}
                  </Anchor>
                ) : (
                  canEdit && (
                    <Button
                      size="xs"
                      color="grape"
                      variant="light"
                      onClick={() => void toVoc(issue.id)}
                      data-testid="issue-to-voc"
                    >
                      {t("followUp.call.toVoc")}
                    </Button>
                  )
                )}
              </Group>
            </Card>
          ))}
        </>
      )}

      <Divider label={t("followUp.call.history")} labelPosition="left" />
      {detail.attempts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("followUp.call.noAttempts")}
        </Text>
      ) : (
        <Stack gap={4}>
          {detail.attempts.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                {formatDateTime(a.at)} · {a.callerName ?? "—"}
                {a.note ? ` · ${a.note}` : ""}
              </Text>
              <Badge
                variant="light"
                color={a.outcome === "reached" ? "teal" : a.outcome === "refused" ? "red" : "gray"}
              >
                {t(`followUp.outcome.${a.outcome}`)}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
