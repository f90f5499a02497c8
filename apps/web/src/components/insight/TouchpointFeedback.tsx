import { Badge, Button, Card, Group, Paper, ScrollArea, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconChevronRight, IconFileSpreadsheet, IconMessageCircle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../lib/format.ts";
import { downloadCsv, toCsv } from "./csv.ts";
import type { TouchpointDetail } from "./queries.ts";

const VOC_COLOR = { complaint: "red", compliment: "teal", suggestion: "blue", inquiry: "gray" } as const;

/** The newest comments about the touchpoint (masked at storage), each with its date and how it is tied to it. */
export function TouchpointComments({
  comments,
  limit,
  filename,
}: {
  comments: TouchpointDetail["comments"];
  limit: number;
  filename: string;
}) {
  const { t } = useTranslation();
  const dateOf = (c: TouchpointDetail["comments"][number]) => c.visitDate ?? c.submittedAt.slice(0, 10);
  const exportCsv = () =>
    downloadCsv(
      `${filename}-comments.csv`,
      toCsv(
        [
          t("insight.touchpoint.date"),
          t("insight.touchpoint.department"),
          t("insight.touchpoint.kind"),
          "rating",
          t("insight.touchpoint.text"),
        ],
        comments.map((c) => [
          dateOf(c),
          c.departmentName,
          c.link === "question"
            ? t("insight.touchpoint.linkQuestion")
            : t("insight.touchpoint.linkLowRating", { rating: c.rating }),
          c.rating,
          c.text,
        ]),
      ),
    );
  return (
    <Card withBorder radius="md" padding="md" data-testid="tp-comments" h="100%">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Title order={4}>{t("insight.touchpoint.commentsTitle")}</Title>
          <Text size="xs" c="dimmed">
            {t("insight.touchpoint.commentsHint", { limit })}
          </Text>
        </Stack>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconFileSpreadsheet size={14} />}
          onClick={exportCsv}
          disabled={comments.length === 0}
          style={{ flexShrink: 0 }}
          data-testid="tp-comments-csv"
        >
          CSV
        </Button>
      </Group>
      {comments.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t("insight.touchpoint.noComments")}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={460} type="auto" offsetScrollbars>
          <Stack gap="xs">
            {comments.map((c) => (
              <Paper
                key={`${c.responseId}-${c.text.length}-${c.link}`}
                withBorder
                radius="sm"
                p="sm"
                data-testid="tp-comment"
              >
                <Group gap="xs" mb={4} wrap="wrap">
                  <IconMessageCircle size={14} color="var(--mantine-color-gray-6)" />
                  <Text size="xs" fw={600}>
                    {c.visitDate
                      ? t("insight.touchpoint.visited", { date: formatDate(c.visitDate) })
                      : t("insight.touchpoint.submitted", { date: formatDate(c.submittedAt) })}
                  </Text>
                  {c.departmentName && (
                    <Text size="xs" c="dimmed">
                      · {c.departmentName}
                    </Text>
                  )}
                  <Badge
                    size="xs"
                    variant="light"
                    color={c.link === "question" ? "blue" : "red"}
                    title={
                      c.rating !== null && c.scaleMax !== null
                        ? t("insight.touchpoint.rating", { rating: c.rating, max: c.scaleMax })
                        : undefined
                    }
                  >
                    {c.link === "question"
                      ? t("insight.touchpoint.linkQuestion")
                      : t("insight.touchpoint.linkLowRating", { rating: c.rating })}
                  </Badge>
                </Group>
                <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                  {c.text}
                </Text>
              </Paper>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Card>
  );
}

/** The newest VOC items on the touchpoint, each opening the VOC list's drawer. */
export function TouchpointVocList({
  hid,
  touchpointId,
  voc,
  from,
  to,
  limit,
}: {
  hid: string;
  touchpointId: string;
  voc: TouchpointDetail["voc"];
  /** Calendar days (the first and last day of the range). */
  from: string;
  to: string;
  limit: number;
}) {
  const { t } = useTranslation();
  const list = `/h/${hid}/voc?touchpointId=${touchpointId}`;
  return (
    <Card withBorder radius="md" padding="md" data-testid="tp-voc-list" h="100%">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Title order={4}>{t("insight.touchpoint.latestVoc")}</Title>
          <Text size="xs" c="dimmed">
            {t("insight.touchpoint.latestVocHint", { from, to, limit })}
          </Text>
        </Stack>
        <Button
          size="compact-xs"
          variant="light"
          component={Link}
          to={`${list}&from=${from}&to=${to}`}
          rightSection={<IconChevronRight size={12} />}
          style={{ flexShrink: 0 }}
          data-testid="tp-voc-all"
        >
          {t("insight.touchpoint.allVoc")}
        </Button>
      </Group>
      {voc.items.length === 0 ? (
        <Text c="dimmed" size="sm" py="lg" ta="center">
          {t("insight.touchpoint.noVoc")}
        </Text>
      ) : (
        <Stack gap={6}>
          {voc.items.map((v) => (
            <UnstyledButton
              key={v.id}
              component={Link}
              to={`${list}&item=${v.id}`}
              className="mm-insight-priority-row"
              style={{ borderRadius: 6, padding: "6px 8px" }}
              data-testid="tp-voc-item"
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge size="sm" variant="light" color={VOC_COLOR[v.type]} w={52} style={{ flexShrink: 0 }}>
                  {t(`voc.type.${v.type}`)}
                </Badge>
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text size="sm" lineClamp={2}>
                    {v.text}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDate(v.receivedOn)} ·{" "}
                    {t(`voc.channel.${v.channel}` as "voc.channel.phone", { defaultValue: v.channel })} ·{" "}
                    {t(`voc.status.${v.status}` as "voc.status.received", { defaultValue: v.status })}
                  </Text>
                </Stack>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Card>
  );
}
