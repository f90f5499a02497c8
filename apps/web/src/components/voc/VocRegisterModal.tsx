import {
  Alert,
  Anchor,
  Button,
  Group,
  Modal,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  VOC_CHANNELS,
  VOC_SEVERITIES,
  VOC_TYPES,
  type VocChannel,
  type VocSeverity,
  type VocSuggestionResult,
  type VocType,
} from "@motmap/core";
import { IconBulb, IconCheck } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { useDepartments } from "../../api/queries.ts";
import { createVoc, suggestVoc, vocKeys } from "./queries.ts";
import type { TouchpointOption } from "./touchpoints.ts";

const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/** Touchpoints grouped by journey for a Select, labelled "stage › touchpoint". */
export function touchpointData(options: TouchpointOption[]) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const o of options) {
    const list = groups.get(o.journeyTitle) ?? [];
    list.push({ value: o.id, label: `${o.stageName} › ${o.name}` });
    groups.set(o.journeyTitle, list);
  }
  return [...groups].map(([group, items]) => ({ group, items }));
}

export function VocRegisterModal({
  hid,
  opened,
  onClose,
  touchpoints,
}: {
  hid: string;
  opened: boolean;
  onClose: () => void;
  touchpoints: TouchpointOption[];
}) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const departments = useDepartments(hid).data ?? [];
  const [type, setType] = useState<VocType>("complaint");
  const [channel, setChannel] = useState<VocChannel>("voc_card");
  const [receivedOn, setReceivedOn] = useState(today());
  const [text, setText] = useState("");
  const [severity, setSeverity] = useState<VocSeverity>("medium");
  const [departmentIds, setDepartmentIds] = useState<string[]>([]);
  const [touchpointId, setTouchpointId] = useState<string | null>(null);
  const [contact, setContact] = useState("");
  const [suggestion, setSuggestion] = useState<VocSuggestionResult | null>(null);
  const [picking, setPicking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!opened) return;
    setType("complaint");
    setChannel("voc_card");
    setReceivedOn(today());
    setText("");
    setSeverity("medium");
    setDepartmentIds([]);
    setTouchpointId(null);
    setContact("");
    setSuggestion(null);
    setPicking(false);
    setError(null);
  }, [opened]);

  // Suggest as staff type: half a second after the last key.
  useEffect(() => {
    if (text.trim().length < 6) {
      setSuggestion(null);
      return;
    }
    const timer = setTimeout(() => {
      suggestVoc(hid, text)
        .then(setSuggestion)
        .catch(() => setSuggestion(null));
    }, 500);
    return () => clearTimeout(timer);
  }, [hid, text]);

  const top = suggestion?.touchpoints[0];
  const topType = suggestion?.types[0];
  const percent = (p: number) => Math.round(p * 100);

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      await createVoc(hid, {
        type,
        channel,
        receivedOn,
        text,
        severity,
        departmentIds,
        touchpointId,
        ...(contact.trim() ? { contact: contact.trim() } : {}),
      });
      await qc.invalidateQueries({ queryKey: vocKeys.all(hid) });
      notifications.show({ color: "teal", message: t("voc.form.saved") });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };
  const issue = (path: string) => (isApiError(error) ? error.issueFor(path) : undefined);

  return (
    <Modal opened={opened} onClose={onClose} title={t("voc.form.title")} size="lg">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t("voc.form.type")}
            data={VOC_TYPES.map((v) => ({ value: v, label: t(`voc.type.${v}`) }))}
            value={type}
            onChange={(v) => v && setType(v as VocType)}
            allowDeselect={false}
          />
          <Select
            label={t("voc.form.channel")}
            data={VOC_CHANNELS.map((v) => ({ value: v, label: t(`voc.channel.${v}`) }))}
            value={channel}
            onChange={(v) => v && setChannel(v as VocChannel)}
            allowDeselect={false}
          />
          <TextInput
            type="date"
            label={t("voc.form.receivedOn")}
            value={receivedOn}
            onChange={(e) => setReceivedOn(e.currentTarget.value)}
            error={issue("receivedOn")}
          />
        </SimpleGrid>
        <Textarea
          label={t("voc.form.text")}
          description={t("voc.form.textHint")}
          autosize
          minRows={4}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={issue("text")}
          data-testid="voc-text"
        />
        {suggestion && top && (
          <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-yellow-0)" data-testid="voc-suggestion">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap">
                <IconBulb size={18} color="var(--mantine-color-yellow-8)" />
                <Stack gap={0}>
                  <Text fw={600} size="sm">
                    {t("voc.suggest.label", { name: top.name, percent: percent(top.probability) })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t("voc.suggest.stage", { journey: top.journeyTitle, stage: top.stageName })}
                    {topType &&
                      ` · ${t("voc.suggest.type", { type: t(`voc.type.${topType.type}`), percent: percent(topType.probability) })}`}
                  </Text>
                </Stack>
              </Group>
              <Group gap="xs" wrap="nowrap">
                {touchpointId === top.touchpointId ? (
                  <Text size="sm" c="teal" fw={600}>
                    <IconCheck size={14} /> {t("voc.suggest.applied")}
                  </Text>
                ) : (
                  <Button
                    size="xs"
                    onClick={() => {
                      setTouchpointId(top.touchpointId);
                      if (topType && topType.probability > 0.6) setType(topType.type);
                    }}
                  >
                    {t("voc.suggest.apply")}
                  </Button>
                )}
                <Anchor size="sm" component="button" type="button" onClick={() => setPicking(true)}>
                  {t("voc.suggest.other")}
                </Anchor>
              </Group>
            </Group>
          </Paper>
        )}
        {suggestion && !top && text.trim().length >= 6 && (
          <Text size="xs" c="dimmed">
            {t("voc.suggest.none")}
          </Text>
        )}
        {(picking || touchpointId !== null || !top) && (
          <Select
            label={t("voc.form.touchpoint")}
            data={touchpointData(touchpoints)}
            value={touchpointId}
            onChange={setTouchpointId}
            searchable
            clearable
            error={issue("touchpointId") ?? issue("stageId")}
            data-testid="voc-touchpoint"
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t("voc.form.severity")}
            data={VOC_SEVERITIES.map((v) => ({ value: v, label: t(`voc.severity.${v}`) }))}
            value={severity}
            onChange={(v) => v && setSeverity(v as VocSeverity)}
            allowDeselect={false}
          />
          <MultiSelect
            label={t("voc.form.departments")}
            data={departments.map((d) => ({
              value: d.id,
              label: i18n.language === "en" && d.nameEn ? d.nameEn : d.name,
            }))}
            value={departmentIds}
            onChange={setDepartmentIds}
            searchable
          />
        </SimpleGrid>
        <TextInput
          label={t("voc.form.contact")}
          description={t("voc.form.contactHint")}
          value={contact}
          onChange={(e) => setContact(e.currentTarget.value)}
          error={issue("contact")}
          placeholder="010-0000-0000"
          data-testid="voc-contact"
        />
        {error !== null && !isApiError(error) && <Alert color="red">{String(error)}</Alert>}
        {isApiError(error) && error.issues.length === 0 && <Alert color="red">{error.message}</Alert>}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("voc.form.cancel")}
          </Button>
          <Button onClick={submit} loading={saving} disabled={text.trim() === ""}>
            {t("voc.form.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
