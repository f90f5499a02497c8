import {
  Badge,
  Button,
  Card,
  Code,
  Collapse,
  Group,
  type MantineColor,
  SimpleGrid,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from "@mantine/core";
import type { AuditAction, AuditEntry } from "@motmap/core";
import { IconChevronDown, IconChevronRight, IconHistory } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { useAuditLog } from "../api/queries.ts";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { formatDateTime } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { AdminOnly } from "./NotFoundPage.tsx";

const actionColors: Record<AuditAction, MantineColor> = {
  create: "teal",
  update: "blue",
  delete: "red",
  reorder: "grape",
  duplicate: "cyan",
  import: "indigo",
  export: "orange",
  login: "gray",
  logout: "gray",
};

const IGNORED = new Set(["version", "updatedAt", "createdAt"]);

/** Top-level fields whose value differs between before and after. */
function changedFields(before: unknown, after: unknown): string[] {
  if (!before || !after || typeof before !== "object" || typeof after !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !IGNORED.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]),
  );
}

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed">
        {title}
      </Text>
      <Code block className="motmap-json">
        {value === null || value === undefined ? "—" : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { hid, canAdmin } = useHospitalContext();
  const log = useAuditLog(hid, canAdmin);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());

  if (!canAdmin) {
    return (
      <Stack gap={0}>
        <PageHeader title={t("audit.title")} subtitle={t("audit.subtitle")} />
        <AdminOnly />
      </Stack>
    );
  }

  const toggle = (id: string) =>
    setExpanded((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });

  const entityLabel = (type: string) => {
    const k = `enums.entity.${type}`;
    return i18n.exists(k) ? t(k as "enums.entity.journey") : type;
  };
  const fieldLabel = (f: string) => {
    const k = `audit.field.${f}`;
    return i18n.exists(k) ? t(k as "audit.field.name") : f;
  };
  const actionLabel = (a: string) => {
    const k = `enums.auditAction.${a}`;
    return i18n.exists(k) ? t(k as "enums.auditAction.create") : a;
  };
  /** A human name for the changed record, when its before/after carries one. */
  const recordName = (e: AuditEntry): string | null => {
    for (const v of [e.after, e.before]) {
      if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const n = o.name ?? o.title ?? o.email ?? o.description;
        if (typeof n === "string" && n) return n.length > 60 ? `${n.slice(0, 60)}…` : n;
      }
    }
    return null;
  };

  const entries: AuditEntry[] = log.data?.pages.flatMap((p) => p.items) ?? [];

  let body: React.ReactNode;
  if (log.isPending) body = <TableSkeleton rows={8} />;
  else if (log.isError) body = <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  else if (entries.length === 0)
    body = (
      <EmptyBlock icon={<IconHistory size={28} />} title={t("audit.emptyTitle")} description={t("audit.emptyBody")} />
    );
  else
    body = (
      <Stack gap="md">
        <Card p={0}>
          <Table.ScrollContainer minWidth={720}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={36} />
                  <Table.Th w={190}>{t("audit.when")}</Table.Th>
                  <Table.Th w={240}>{t("audit.who")}</Table.Th>
                  <Table.Th w={120}>{t("audit.action")}</Table.Th>
                  <Table.Th>{t("audit.entity")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((e) => {
                  const open = expanded.has(e.id);
                  const hasDetails = e.before !== null || e.after !== null;
                  const name = recordName(e);
                  const changed = e.action === "update" ? changedFields(e.before, e.after) : [];
                  return (
                    <Fragment key={e.id}>
                      <Table.Tr
                        className={hasDetails ? "motmap-clickable-row" : undefined}
                        onClick={hasDetails ? () => toggle(e.id) : undefined}
                      >
                        <Table.Td>
                          {hasDetails && (
                            <UnstyledButton aria-label={open ? t("audit.hide") : t("audit.show")} aria-expanded={open}>
                              {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                            </UnstyledButton>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                            {formatDateTime(e.at)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                            {e.userName ?? t("audit.system")}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Badge color={actionColors[e.action] ?? "gray"}>{actionLabel(e.action)}</Badge>
                        </Table.Td>
                        <Table.Td>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" fw={500} style={{ whiteSpace: "nowrap" }}>
                              {entityLabel(e.entityType)}
                            </Text>
                            {name && (
                              <Text size="sm" c="dimmed" lineClamp={1}>
                                {name}
                              </Text>
                            )}
                          </Group>
                          {changed.length > 0 && (
                            <Text size="xs" c="dimmed" mt={2}>
                              {t("audit.changedFields", { fields: changed.map(fieldLabel).join(", ") })}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                      {hasDetails && (
                        <Table.Tr style={{ borderBottom: open ? undefined : "none" }}>
                          <Table.Td colSpan={5} p={0}>
                            <Collapse expanded={open}>
                              <SimpleGrid cols={{ base: 1, md: 2 }} p="md" bg="gray.0">
                                <JsonBlock title={t("audit.before")} value={e.before} />
                                <JsonBlock title={t("audit.after")} value={e.after} />
                              </SimpleGrid>
                            </Collapse>
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
        <Group justify="center">
          {log.hasNextPage ? (
            <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
              {t("audit.loadMore")}
            </Button>
          ) : (
            <Text size="sm" c="dimmed">
              {t("audit.noMore")}
            </Text>
          )}
        </Group>
      </Stack>
    );

  return (
    <Stack gap={0}>
      <PageHeader title={t("audit.title")} subtitle={t("audit.subtitle")} />
      {body}
    </Stack>
  );
}
