import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import { type CreatedShareLink, can, type JourneyStatus, type ShareLink } from "@motmap/core";
import {
  IconAlertTriangle,
  IconCheck,
  IconCopy,
  IconInfoCircle,
  IconLink,
  IconLinkOff,
  IconPlus,
  IconShare,
} from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, hospitalPath } from "../../api/client.ts";
import { keys, useSession } from "../../api/queries.ts";
import type { Items } from "../../api/types.ts";
import { errorMessage, notifyError, notifySuccess } from "../../lib/errors.tsx";
import { formatDateTime } from "../../lib/format.ts";

const sharesKey = (hid: string, jid: string) => [...keys.journey(hid, jid), "shares"] as const;

function ShareModal({
  opened,
  onClose,
  hospitalId,
  journeyId,
  status,
  canEdit,
}: {
  opened: boolean;
  onClose: () => void;
  hospitalId: string;
  journeyId: string;
  status: JourneyStatus;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [fresh, setFresh] = useState<CreatedShareLink | null>(null);
  const [revoking, setRevoking] = useState<ShareLink | null>(null);
  const published = status === "published";

  const shares = useQuery({
    queryKey: sharesKey(hospitalId, journeyId),
    queryFn: () => api.get<Items<ShareLink>>(hospitalPath(hospitalId, `/journeys/${journeyId}/shares`)),
    select: (d) => [...d.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    enabled: opened,
  });

  const create = useMutation({
    mutationFn: () => api.post<CreatedShareLink>(hospitalPath(hospitalId, `/journeys/${journeyId}/shares`)),
    onSuccess: async (link) => {
      setFresh(link);
      notifySuccess(t("share.created"));
      await qc.invalidateQueries({ queryKey: sharesKey(hospitalId, journeyId) });
    },
    // A 409 (not published) is explained inside the modal, not as a toast.
    onError: (e) => {
      if (!(e instanceof ApiError && e.code === "conflict")) notifyError(e);
    },
  });

  const revoke = useMutation({
    mutationFn: (s: ShareLink) => api.delete(hospitalPath(hospitalId, `/shares/${s.id}`)),
    onSuccess: async (_r, s) => {
      setRevoking(null);
      if (fresh?.id === s.id) setFresh(null);
      notifySuccess(t("share.revokedDone"));
      await qc.invalidateQueries({ queryKey: sharesKey(hospitalId, journeyId) });
    },
    onError: (e) => {
      setRevoking(null);
      notifyError(e);
    },
  });

  const close = () => {
    setFresh(null);
    create.reset();
    onClose();
  };

  const conflict = create.error instanceof ApiError && create.error.code === "conflict";
  const freshUrl = fresh ? `${window.location.origin}${fresh.path}` : "";

  return (
    <>
      <Modal opened={opened && revoking === null} onClose={close} title={t("share.title")} size="xl">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t("share.intro")}
          </Text>

          {(!published || conflict) && (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              data-testid="share-unpublished"
            >
              {t("share.onlyPublished")}
            </Alert>
          )}

          {fresh && (
            <Paper withBorder p="md" bg="motmap.0" data-testid="share-fresh">
              <Stack gap="xs">
                <Group gap="xs">
                  <IconLink size={16} />
                  <Text fw={600} size="sm">
                    {t("share.newLink")}
                  </Text>
                </Group>
                <Group gap="xs" wrap="nowrap">
                  <TextInput
                    value={freshUrl}
                    readOnly
                    style={{ flex: 1 }}
                    aria-label={t("share.newLink")}
                    onFocus={(e) => e.currentTarget.select()}
                    data-testid="share-url"
                    styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)", fontSize: 13 } }}
                  />
                  <CopyButton value={freshUrl} timeout={2000}>
                    {({ copied, copy }) => (
                      <Button
                        color={copied ? "teal" : undefined}
                        leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                        onClick={copy}
                      >
                        {copied ? t("share.copied") : t("share.copy")}
                      </Button>
                    )}
                  </CopyButton>
                </Group>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <IconInfoCircle
                    size={16}
                    color="var(--mantine-color-orange-7)"
                    style={{ flexShrink: 0, marginTop: 2 }}
                  />
                  <Text size="xs" c="orange.8">
                    {t("share.shownOnce")}
                  </Text>
                </Group>
              </Stack>
            </Paper>
          )}

          {canEdit ? (
            <Group>
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={() => create.mutate()}
                loading={create.isPending}
                disabled={!published}
                data-testid="share-create"
              >
                {t("share.create")}
              </Button>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {t("share.viewerNote")}
            </Text>
          )}

          <Stack gap={6}>
            <Text fw={600} size="sm">
              {t("share.list")}
            </Text>
            {shares.isPending ? (
              <Stack gap="xs">
                <Skeleton height={36} />
                <Skeleton height={36} />
              </Stack>
            ) : shares.isError ? (
              <Alert color="red" variant="light">
                {errorMessage(shares.error)}
              </Alert>
            ) : shares.data.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("share.empty")}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table data-testid="share-list" verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("share.colCreated")}</Table.Th>
                      <Table.Th>{t("share.colBy")}</Table.Th>
                      <Table.Th>{t("share.colStatus")}</Table.Th>
                      {canEdit && <Table.Th w={48} aria-label={t("common.actions")} />}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shares.data.map((s) => (
                      <Table.Tr key={s.id} data-testid="share-row" data-revoked={s.revokedAt ? "true" : "false"}>
                        <Table.Td>
                          <Text size="sm">{formatDateTime(s.createdAt)}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{s.createdByName ?? t("share.unknownAuthor")}</Text>
                        </Table.Td>
                        <Table.Td>
                          {s.revokedAt ? (
                            <Tooltip label={t("share.revokedAt", { date: formatDateTime(s.revokedAt) })}>
                              <Badge color="gray">{t("share.revoked")}</Badge>
                            </Tooltip>
                          ) : (
                            <Badge color="teal">{t("share.active")}</Badge>
                          )}
                        </Table.Td>
                        {canEdit && (
                          <Table.Td>
                            {!s.revokedAt && (
                              <Tooltip label={t("share.revoke")}>
                                <ActionIcon
                                  variant="subtle"
                                  color="red"
                                  aria-label={t("share.revoke")}
                                  onClick={() => setRevoking(s)}
                                  data-testid="share-revoke"
                                >
                                  <IconLinkOff size={16} />
                                </ActionIcon>
                              </Tooltip>
                            )}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        </Stack>
      </Modal>

      <Modal opened={revoking !== null} onClose={() => setRevoking(null)} title={t("share.revokeTitle")} size="md">
        <Text size="sm" mb="lg">
          {t("share.revokeBody")}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setRevoking(null)}>
            {t("common.cancel")}
          </Button>
          <Button
            color="red"
            leftSection={<IconLinkOff size={16} />}
            loading={revoke.isPending}
            onClick={() => revoking && revoke.mutate(revoking)}
            data-autofocus
            data-testid="share-revoke-confirm"
          >
            {t("share.revokeConfirm")}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

/** Read-only links to a published journey's map: editors+ create and revoke, viewers see the list. */
export function ShareButton({
  hospitalId,
  journeyId,
  status,
  size = "sm",
}: {
  hospitalId: string;
  journeyId: string;
  status: JourneyStatus;
  size?: "xs" | "sm";
}) {
  const { t } = useTranslation();
  const session = useSession().data ?? null;
  const [opened, setOpened] = useState(false);
  const role = session?.memberships.find((m) => m.hospitalId === hospitalId)?.role;
  const canEdit = role !== undefined && can(role, "edit");
  return (
    <>
      <Button
        variant="default"
        size={size}
        leftSection={<IconShare size={16} />}
        onClick={() => setOpened(true)}
        data-testid="share-button"
      >
        {t("share.button")}
      </Button>
      <ShareModal
        opened={opened}
        onClose={() => setOpened(false)}
        hospitalId={hospitalId}
        journeyId={journeyId}
        status={status}
        canEdit={canEdit}
      />
    </>
  );
}
