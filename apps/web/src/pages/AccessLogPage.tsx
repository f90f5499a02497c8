import { Anchor, Badge, Card, Group, Select, Stack, Table, Text } from "@mantine/core";
import { IconShieldLock } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { useAccessLog } from "../components/voc/queries.ts";
import { formatDateTime } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { AdminOnly } from "./NotFoundPage.tsx";

/** The kinds of personal-data records whose reads are logged (packages/db: recordPersonalDataAccess callers). */
const RECORD_TYPES = ["voc_contact", "follow_up_entry", "follow_up_list"] as const;

/** 개인정보 접근 기록: every decryption, view or export of personal data, newest first. */
export function AccessLogPage() {
  const { t, i18n } = useTranslation();
  const { hid, canAdmin } = useHospitalContext();
  const [recordType, setRecordType] = useState<string | null>(null);
  const log = useAccessLog(hid, canAdmin, recordType ?? undefined);
  const recordLabel = (type: string) => {
    const k = `accessLog.recordType.${type}`;
    return i18n.exists(k) ? t(k as "accessLog.recordType.voc_contact") : type;
  };
  /** Where the record can be opened again: the call in the worklist drawer, the VOC item's contact. */
  const recordLink = (type: string, id: string) =>
    type === "follow_up_entry"
      ? `/h/${hid}/follow-up?entry=${id}`
      : type === "follow_up_list" && id !== "worklist"
        ? `/h/${hid}/follow-up?tab=import`
        : type === "voc_contact"
          ? `/h/${hid}/voc?item=${id}`
          : null;

  let body: React.ReactNode;
  if (!canAdmin) body = <AdminOnly />;
  else if (log.isPending) body = <TableSkeleton rows={8} />;
  else if (log.isError) body = <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  else if (log.data.length === 0)
    body = <EmptyBlock icon={<IconShieldLock size={28} />} title={t("accessLog.empty")} />;
  else
    body = (
      <Card withBorder padding={0}>
        <Table verticalSpacing="sm" data-testid="access-log-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("accessLog.col.at")}</Table.Th>
              <Table.Th>{t("accessLog.col.actor")}</Table.Th>
              <Table.Th>{t("accessLog.col.action")}</Table.Th>
              <Table.Th>{t("accessLog.col.record")}</Table.Th>
              <Table.Th>{t("accessLog.col.purpose")}</Table.Th>
              <Table.Th>{t("accessLog.col.address")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.map((e) => (
              <Table.Tr key={e.id} data-testid="access-log-row">
                <Table.Td>
                  <Text size="sm">{formatDateTime(e.at)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {e.actorName ?? "—"}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={e.action === "decrypt" ? "orange" : "blue"} variant="light">
                    {t(`accessLog.action.${e.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm" data-testid="access-log-record">
                      {recordLabel(e.recordType)}
                    </Text>
                    <Group gap={6}>
                      <Text size="xs" c="dimmed" ff={e.recordId === "worklist" ? undefined : "monospace"}>
                        {e.recordId === "worklist" ? t("accessLog.wholeWorklist") : e.recordId.slice(0, 8)}
                      </Text>
                      {recordLink(e.recordType, e.recordId) && (
                        <Anchor component={Link} to={recordLink(e.recordType, e.recordId) as string} size="xs">
                          {t("accessLog.openRecord")}
                        </Anchor>
                      )}
                    </Group>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{e.purpose || "—"}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {e.address}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
    );

  return (
    <Stack gap={0}>
      <PageHeader title={t("accessLog.title")} subtitle={t("accessLog.subtitle")} />
      {canAdmin && (
        <Select
          mb="md"
          w={240}
          label={t("accessLog.filterType")}
          placeholder={t("accessLog.allTypes")}
          data={RECORD_TYPES.map((v) => ({ value: v, label: recordLabel(v) }))}
          value={recordType}
          onChange={setRecordType}
          clearable
          data-testid="access-log-type"
        />
      )}
      {body}
    </Stack>
  );
}
