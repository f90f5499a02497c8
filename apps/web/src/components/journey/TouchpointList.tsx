import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Tooltip } from "@mantine/core";
import type { Touchpoint } from "@motmap/core";
import { IconArrowDown, IconArrowUp, IconChevronRight, IconPlus, IconTrash } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, hospitalPath } from "../../api/client.ts";
import { notifyError, notifySuccess } from "../../lib/errors.tsx";
import { moved } from "../../lib/format.ts";
import { ChannelIcon, ElementBadge } from "../badges.tsx";
import { ConfirmDeleteModal } from "../ConfirmDeleteModal.tsx";
import { AddTouchpointModal } from "./AddTouchpointModal.tsx";

/** A stage's touchpoints in order: open, reorder, delete, add. */
export function TouchpointList({
  hid,
  journeyId,
  stage,
  painPointCounts,
  canEdit,
  onChanged,
}: {
  hid: string;
  journeyId: string;
  stage: { id: string; name: string; touchpoints: Touchpoint[] };
  painPointCounts: Map<string, number>;
  canEdit: boolean;
  onChanged: () => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<Touchpoint | null>(null);
  const tps = stage.touchpoints;

  const reorder = useMutation({
    mutationFn: (ids: string[]) => api.post(hospitalPath(hid, `/stages/${stage.id}/touchpoints/reorder`), { ids }),
    onSuccess: () => onChanged(),
    onError: (e) => {
      notifyError(e);
      void onChanged();
    },
  });

  const remove = useMutation({
    mutationFn: (tp: Touchpoint) => api.delete(hospitalPath(hid, `/touchpoints/${tp.id}`)),
    onSuccess: async () => {
      setDeleting(null);
      notifySuccess(t("common.deleted"));
      await onChanged();
    },
    onError: (e) => notifyError(e),
  });

  const href = (tp: Touchpoint) => `/h/${hid}/journeys/${journeyId}/touchpoints/${tp.id}`;

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap={6}>
          <Text fw={600} size="sm">
            {t("journey.touchpoints")}
          </Text>
          <Badge size="sm" variant="light" circle>
            {tps.length}
          </Badge>
        </Group>
        {canEdit && (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding(true)}
          >
            {t("journey.addTouchpoint")}
          </Button>
        )}
      </Group>
      {tps.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("journey.noTouchpoints")}
        </Text>
      )}
      {tps.map((tp, i) => {
        const pains = painPointCounts.get(tp.id) ?? 0;
        return (
          <Paper
            key={tp.id}
            withBorder
            p="xs"
            pl="sm"
            radius="md"
            className="motmap-clickable-row"
            onClick={() => navigate(href(tp))}
            data-testid="touchpoint-row"
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Group wrap="nowrap" gap="sm" style={{ minWidth: 0, flex: 1 }}>
                <ChannelIcon channel={tp.channel} />
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Anchor
                    component={Link}
                    to={href(tp)}
                    size="sm"
                    fw={500}
                    c="dark.7"
                    onClick={(e) => e.stopPropagation()}
                    aria-label={`${tp.name} — ${t("journey.openTouchpoint")}`}
                  >
                    {tp.name}
                  </Anchor>
                  <Group gap={4}>
                    <ElementBadge element={tp.element} />
                    {tp.importance !== null && (
                      <Badge size="sm" variant="outline" color="motmap">
                        {t("journey.importance", { value: tp.importance })}
                      </Badge>
                    )}
                    {pains > 0 && (
                      <Badge size="sm" variant="light" color="orange">
                        {t("journey.painPoints")} {pains}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </Group>
              <Group gap={2} wrap="nowrap" onClick={(e) => e.stopPropagation()}>
                {canEdit && (
                  <>
                    <Tooltip label={t("common.moveUp")}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        disabled={i === 0 || reorder.isPending}
                        aria-label={t("common.moveUp")}
                        onClick={() => reorder.mutate(moved(tps, i, -1).map((x) => x.id))}
                      >
                        <IconArrowUp size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t("common.moveDown")}>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        disabled={i === tps.length - 1 || reorder.isPending}
                        aria-label={t("common.moveDown")}
                        onClick={() => reorder.mutate(moved(tps, i, 1).map((x) => x.id))}
                      >
                        <IconArrowDown size={16} />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label={t("common.delete")}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t("common.delete")}
                        onClick={() => setDeleting(tp)}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </>
                )}
                <IconChevronRight size={16} color="var(--mantine-color-gray-5)" />
              </Group>
            </Group>
          </Paper>
        );
      })}
      <AddTouchpointModal
        hid={hid}
        stage={stage}
        opened={adding}
        onClose={() => setAdding(false)}
        onCreated={() => onChanged()}
      />
      <ConfirmDeleteModal
        opened={deleting !== null}
        name={deleting?.name ?? ""}
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      />
    </Stack>
  );
}
