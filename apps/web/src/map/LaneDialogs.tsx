import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import type { CustomLaneKind, ResolvedLane } from "@motmap/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";

/** Renames a custom lane (its name) or a built-in lane (the layout's label; empty = default). */
export function RenameLaneModal({
  lane,
  defaultLabel,
  onClose,
  onSave,
}: {
  lane: ResolvedLane | null;
  defaultLabel: string;
  onClose: () => void;
  onSave: (lane: ResolvedLane, name: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={lane !== null} onClose={onClose} title={t("map.lane.renameTitle")} size="sm">
      {lane && <RenameForm key={lane.key} lane={lane} defaultLabel={defaultLabel} onClose={onClose} onSave={onSave} />}
    </Modal>
  );
}

function RenameForm({
  lane,
  defaultLabel,
  onClose,
  onSave,
}: {
  lane: ResolvedLane;
  defaultLabel: string;
  onClose: () => void;
  onSave: (lane: ResolvedLane, name: string) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(lane.label || defaultLabel);
  const builtIn = lane.laneId === null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed && !builtIn) return;
    onSave(lane, builtIn && trimmed === defaultLabel ? "" : trimmed);
  };
  return (
    <form onSubmit={submit}>
      <Stack>
        <TextInput
          label={t("map.lane.name")}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          maxLength={60}
          data-autofocus
          data-testid="lane-name-input"
          required={!builtIn}
        />
        <Group justify="space-between">
          {builtIn ? (
            <Button variant="subtle" color="gray" size="xs" onClick={() => onSave(lane, "")}>
              {t("map.lane.resetName")}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" data-testid="lane-name-save">
              {t("common.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function DeleteLaneModal({
  lane,
  onClose,
  onConfirm,
}: {
  lane: ResolvedLane | null;
  onClose: () => void;
  onConfirm: (lane: ResolvedLane) => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDeleteModal
      opened={lane !== null}
      name={lane?.label ?? ""}
      message={lane ? t("map.lane.deleteBody", { name: lane.label }) : undefined}
      onCancel={onClose}
      onConfirm={() => lane && onConfirm(lane)}
    />
  );
}

export function AddLaneModal({
  opened,
  onClose,
  onAdd,
}: {
  opened: boolean;
  onClose: () => void;
  onAdd: (kind: CustomLaneKind, name: string) => void;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<CustomLaneKind>("text");
  const [name, setName] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    onAdd(kind, name);
    setName("");
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t("map.lane.addTitle")} size="sm">
      <form onSubmit={submit}>
        <Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("map.lane.kind")}
            </Text>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v as CustomLaneKind)}
              data={[
                { value: "text", label: t("map.lane.kindText") },
                { value: "score", label: t("map.lane.kindScore") },
              ]}
              fullWidth
            />
          </Stack>
          <TextInput
            label={t("map.lane.name")}
            placeholder={t("map.lane.namePlaceholder")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={60}
            required
            data-autofocus
            data-testid="new-lane-name"
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={!name.trim()} data-testid="new-lane-save">
              {t("common.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
