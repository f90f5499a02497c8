import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { PainPoint, Touchpoint } from "@motmap/core";
import { painPointWeight } from "@motmap/core";
import { IconAlertTriangle, IconPencil, IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { notifyError, notifySuccess } from "../../lib/errors.tsx";
import { SeverityBadge } from "../badges.tsx";
import { ConfirmDeleteModal } from "../ConfirmDeleteModal.tsx";
import { PainPointModal, type PainPointTarget } from "./PainPointModal.tsx";

/** Pain points, worst first (severity × frequency), with add / edit / delete. */
export function PainPointList({
  hid,
  target,
  painPoints,
  touchpoints,
  canEdit,
  onChanged,
  compact,
}: {
  hid: string;
  target: PainPointTarget;
  painPoints: PainPoint[];
  touchpoints: Pick<Touchpoint, "id" | "name">[];
  canEdit: boolean;
  onChanged: () => void | Promise<void>;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const [modal, setModal] = useState<{ editing: PainPoint | null } | null>(null);
  const [deleting, setDeleting] = useState<PainPoint | null>(null);

  const remove = useMutation({
    mutationFn: (p: PainPoint) => api.delete(hospitalPath(hid, `/pain-points/${p.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t("common.deleted"));
      await onChanged();
    },
    onError: (e) => notifyError(e),
  });

  const sorted = [...painPoints].sort((a, b) => painPointWeight(b) - painPointWeight(a) || a.position - b.position);
  const tpName = (id: string | null) => touchpoints.find((x) => x.id === id)?.name;

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap={6}>
          <IconAlertTriangle size={16} color="var(--mantine-color-orange-7)" />
          <Text fw={600} size="sm">
            {t("journey.painPoints")}
          </Text>
          <Badge size="sm" variant="light" color={sorted.length ? "orange" : "gray"} circle>
            {sorted.length}
          </Badge>
        </Group>
        {canEdit && (
          <Button
            size="compact-sm"
            variant="subtle"
            color="orange"
            leftSection={<IconPlus size={14} />}
            onClick={() => setModal({ editing: null })}
          >
            {t("journey.addPainPoint")}
          </Button>
        )}
      </Group>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("journey.noPainPoints")}
        </Text>
      ) : (
        sorted.map((p) => {
          const onTp = tpName(p.touchpointId);
          return (
            <Paper key={p.id} withBorder p={compact ? "xs" : "sm"} radius="md" data-testid="pain-point">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm">{p.description}</Text>
                  <Group gap={6}>
                    <SeverityBadge severity={p.severity} />
                    <Badge variant="outline" color="gray" size="sm">
                      {t("painPoint.frequency")}: {t(`enums.frequency.${p.frequency}`)}
                    </Badge>
                    <Badge variant="outline" color="gray" size="sm">
                      {t(`enums.evidence.${p.evidence}`)}
                    </Badge>
                    {!target.touchpointId && (
                      <Text size="xs" c="dimmed">
                        {onTp ? t("painPoint.anchorTouchpoint", { touchpoint: onTp }) : t("painPoint.onStage")}
                      </Text>
                    )}
                  </Group>
                </Stack>
                {canEdit && (
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={t("common.edit")}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t("common.edit")}
                        onClick={() => setModal({ editing: p })}
                      >
                        <IconPencil size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t("common.delete")}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("common.delete")}
                        onClick={() => setDeleting(p)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                )}
              </Group>
            </Paper>
          );
        })
      )}
      <PainPointModal
        hid={hid}
        target={target}
        editing={modal?.editing ?? null}
        opened={modal !== null}
        onClose={() => setModal(null)}
        onSaved={onChanged}
        onConflict={() => void onChanged()}
      />
      <ConfirmDeleteModal
        opened={deleting !== null}
        name={deleting?.description.slice(0, 40) ?? ""}
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      />
    </Stack>
  );
}
