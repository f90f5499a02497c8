import { Button, Card, Group, NumberInput, Stack, Text, Textarea } from "@mantine/core";
import type { FollowUpScript } from "@motmap/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { notifyError, notifySuccess } from "../../lib/errors.tsx";
import { followUpKeys, useFollowUpSettings } from "./queries.ts";

function ScriptEditor({ hid, script, canEdit }: { hid: string; script: FollowUpScript; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [text, setText] = useState(script.text);
  const save = async () => {
    try {
      await api.put(hospitalPath(hid, `/follow-up/scripts/${script.journeyId}`), { text });
      notifySuccess(t("followUp.settings.saved"));
      await qc.invalidateQueries({ queryKey: followUpKeys.all(hid) });
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Card withBorder padding="sm">
      <Text fw={700} size="sm">
        {script.journeyTitle}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {script.touchpoints.map((x) => x.name).join(" → ")}
      </Text>
      <Textarea
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        autosize
        minRows={3}
        readOnly={!canEdit}
      />
      {canEdit && (
        <Group mt="xs">
          <Button size="xs" variant="light" onClick={() => void save()}>
            {t("followUp.settings.saveScript")}
          </Button>
        </Group>
      )}
    </Card>
  );
}

/** Retention and attempts (admins), and the call script of each journey (editors). */
export function SettingsView({ hid, canEdit, canAdmin }: { hid: string; canEdit: boolean; canAdmin: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const settings = useFollowUpSettings(hid);
  const [retention, setRetention] = useState<number | string>(90);
  const [maxAttempts, setMaxAttempts] = useState<number | string>(3);
  useEffect(() => {
    if (settings.data) {
      setRetention(settings.data.retentionDays);
      setMaxAttempts(settings.data.maxAttempts);
    }
  }, [settings.data]);
  if (!settings.data) return null;
  const save = async () => {
    try {
      await api.put(hospitalPath(hid, "/follow-up/settings"), {
        retentionDays: Number(retention),
        maxAttempts: Number(maxAttempts),
        version: settings.data.version,
      });
      notifySuccess(t("followUp.settings.saved"));
      await qc.invalidateQueries({ queryKey: followUpKeys.settings(hid) });
    } catch (e) {
      notifyError(e);
    }
  };
  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Group align="flex-end">
          <NumberInput
            label={t("followUp.settings.retention")}
            min={1}
            max={3650}
            value={retention}
            onChange={setRetention}
            disabled={!canAdmin}
            w={220}
          />
          <NumberInput
            label={t("followUp.settings.maxAttempts")}
            min={1}
            max={10}
            value={maxAttempts}
            onChange={setMaxAttempts}
            disabled={!canAdmin}
            w={180}
          />
          {canAdmin && <Button onClick={() => void save()}>{t("followUp.settings.save")}</Button>}
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t("followUp.settings.retentionHint")} {!canAdmin && t("followUp.settings.adminOnly")}
        </Text>
      </Card>
      <Text fw={700}>{t("followUp.settings.scripts")}</Text>
      {settings.data.scripts.map((s) => (
        <ScriptEditor key={s.journeyId} hid={hid} script={s} canEdit={canEdit} />
      ))}
    </Stack>
  );
}
