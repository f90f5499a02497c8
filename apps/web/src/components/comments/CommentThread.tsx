import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
  Tooltip,
} from "@mantine/core";
import { type Comment, can } from "@motmap/core";
import { IconMessageCircle, IconSend, IconTrash } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { keys, useSession } from "../../api/queries.ts";
import type { Items } from "../../api/types.ts";
import { errorMessage, notifyError, notifySuccess } from "../../lib/errors.tsx";
import { formatDateTime, initials } from "../../lib/format.ts";
import { ConfirmDeleteModal } from "../ConfirmDeleteModal.tsx";
import { relativeTime } from "./relativeTime.ts";

/** Under the journey's key, so `invalidateJourney` refreshes the comments too. */
export const commentsKey = (hid: string, jid: string) => [...keys.journey(hid, jid), "comments"] as const;

/** All comments of a journey, oldest first; each thread filters its own. */
export function useComments(hid: string, jid: string) {
  return useQuery({
    queryKey: commentsKey(hid, jid),
    queryFn: () => api.get<Items<Comment>>(hospitalPath(hid, `/journeys/${jid}/comments`)),
    select: (d) => d.items,
    enabled: Boolean(hid && jid),
  });
}

/**
 * Staff comments on one stage or one touchpoint. Every member may comment (viewers too);
 * authors delete their own, admins any (the server has the last word).
 */
export function CommentThread({
  hospitalId,
  journeyId,
  stageId,
  touchpointId,
  canComment,
  withTitle = true,
}: {
  hospitalId: string;
  journeyId: string;
  stageId?: string;
  touchpointId?: string;
  canComment: boolean;
  withTitle?: boolean;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const session = useSession().data ?? null;
  const comments = useComments(hospitalId, journeyId);
  const [body, setBody] = useState("");
  const [deleting, setDeleting] = useState<Comment | null>(null);

  const role = session?.memberships.find((m) => m.hospitalId === hospitalId)?.role;
  const isAdmin = role !== undefined && can(role, "manageMembers");
  const mine = (c: Comment) => session !== null && c.authorId === session.user.id;

  const list = (comments.data ?? []).filter((c) =>
    touchpointId ? c.touchpointId === touchpointId : c.stageId === stageId && c.touchpointId === null,
  );

  const add = useMutation({
    mutationFn: (text: string) =>
      api.post<Comment>(
        hospitalPath(hospitalId, `/journeys/${journeyId}/comments`),
        touchpointId ? { touchpointId, body: text } : { stageId, body: text },
      ),
    onSuccess: async (created) => {
      setBody("");
      qc.setQueryData<Items<Comment>>(commentsKey(hospitalId, journeyId), (old) =>
        old ? { items: [...old.items, created] } : old,
      );
      notifySuccess(t("comments.added"));
      await qc.invalidateQueries({ queryKey: commentsKey(hospitalId, journeyId) });
    },
    onError: (e) => notifyError(e),
  });

  const remove = useMutation({
    mutationFn: (c: Comment) => api.delete(hospitalPath(hospitalId, `/comments/${c.id}`)),
    onSuccess: async (_r, c) => {
      setDeleting(null);
      qc.setQueryData<Items<Comment>>(commentsKey(hospitalId, journeyId), (old) =>
        old ? { items: old.items.filter((x) => x.id !== c.id) } : old,
      );
      notifySuccess(t("comments.deleted"));
      await qc.invalidateQueries({ queryKey: commentsKey(hospitalId, journeyId) });
    },
    onError: (e) => {
      setDeleting(null);
      notifyError(e);
    },
  });

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const text = body.trim();
    if (!text || add.isPending) return;
    add.mutate(text);
  };

  return (
    <Stack gap="sm" data-testid="comment-thread">
      {withTitle && (
        <Group gap="xs">
          <IconMessageCircle size={18} stroke={1.7} />
          <Title order={5}>{t("comments.title")}</Title>
          {list.length > 0 && (
            <Badge color="gray" size="sm" circle>
              {list.length}
            </Badge>
          )}
        </Group>
      )}

      {comments.isPending ? (
        <Stack gap="xs" aria-busy="true">
          <Skeleton height={48} />
          <Skeleton height={48} />
        </Stack>
      ) : comments.isError ? (
        <Text size="sm" c="red" role="alert">
          {t("comments.loadFailed")} {errorMessage(comments.error)}
        </Text>
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("comments.empty")}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {list.map((c) => (
            <Paper key={c.id} component="li" withBorder p="sm" bg="gray.0" data-testid="comment">
              <Group align="flex-start" gap="sm" wrap="nowrap">
                <Avatar size={32} radius="xl" color="motmap">
                  {initials(c.authorName)}
                </Avatar>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" fw={600}>
                      {c.authorName}
                    </Text>
                    {mine(c) && (
                      <Badge size="xs" color="motmap" variant="outline">
                        {t("comments.you")}
                      </Badge>
                    )}
                    <Tooltip label={formatDateTime(c.createdAt)}>
                      <Text size="xs" c="dimmed" component="time" dateTime={c.createdAt}>
                        {relativeTime(c.createdAt)}
                      </Text>
                    </Tooltip>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                    {c.body}
                  </Text>
                </Stack>
                {(mine(c) || isAdmin) && (
                  <Tooltip label={t("comments.delete")}>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="sm"
                      aria-label={t("comments.delete")}
                      onClick={() => setDeleting(c)}
                    >
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}

      {canComment ? (
        <form onSubmit={submit}>
          <Stack gap={6}>
            <Textarea
              aria-label={t("comments.placeholder")}
              placeholder={t("comments.placeholder")}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) submit();
              }}
              autosize
              minRows={2}
              maxRows={8}
              maxLength={4000}
              data-testid="comment-input"
            />
            <Group justify="space-between">
              <Text size="xs" c="dimmed">
                {t("comments.shortcut")}
              </Text>
              <Button
                type="submit"
                size="xs"
                leftSection={<IconSend size={14} />}
                loading={add.isPending}
                disabled={!body.trim()}
              >
                {t("comments.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <Text size="xs" c="dimmed">
          {t("comments.cannotComment")}
        </Text>
      )}

      <ConfirmDeleteModal
        opened={deleting !== null}
        name=""
        message={t("comments.deleteBody")}
        loading={remove.isPending}
        onCancel={() => setDeleting(null)}
        onConfirm={() => deleting && remove.mutate(deleting)}
      />
    </Stack>
  );
}
