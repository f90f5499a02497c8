import {
  ActionIcon,
  Alert,
  Avatar,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { AddMemberInput, Member, Role } from "@motmap/core";
import { canAssignRole, ROLES } from "@motmap/core";
import { IconInfoCircle, IconPlus, IconUserMinus, IconUsersGroup } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../api/client.ts";
import { keys, useMembers } from "../api/queries.ts";
import { RoleBadge } from "../components/badges.tsx";
import { ConfirmDeleteModal } from "../components/ConfirmDeleteModal.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { EmptyBlock, ErrorState, TableSkeleton } from "../components/states.tsx";
import { fieldErrors, notifyError, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../lib/errors.tsx";
import { initials } from "../lib/format.ts";
import { useHospitalContext } from "../lib/hospital.ts";
import { AdminOnly } from "./NotFoundPage.tsx";

function AddMemberModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { hid, role: myRole } = useHospitalContext();
  const qc = useQueryClient();
  const [email, setEmail] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [password, setPassword] = useState("");
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  const add = useMutation({
    mutationFn: (body: AddMemberInput) => api.post<Member>(hospitalPath(hid, "/members"), body),
    onSuccess: async () => {
      notifySuccess(t("common.created"));
      await Promise.all([
        qc.invalidateQueries({ queryKey: keys.members(hid) }),
        qc.invalidateQueries({ queryKey: keys.audit(hid) }),
      ]);
      close();
    },
    onError: (e) => notifyUnlessValidation(e),
  });

  const close = () => {
    setEmail("");
    setName("");
    setRole("editor");
    setPassword("");
    setLocal({});
    add.reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = {
      email: email.trim() ? undefined : t("errors.required"),
      name: name.trim() ? undefined : t("errors.required"),
    };
    setLocal(errs);
    if (errs.email || errs.name) return;
    add.mutate({ email: email.trim(), name: name.trim(), role, ...(password ? { password } : {}) });
  };

  const fe = fieldErrors(add.error, local);
  const other = unplacedIssues(add.error, ["email", "name", "role", "password"]);

  return (
    <Modal opened={opened} onClose={close} title={t("members.createTitle")} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t("members.email")}
              type="email"
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              required
              error={fe("email")}
              data-autofocus
            />
            <TextInput
              label={t("members.name")}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              required
              error={fe("name")}
            />
          </SimpleGrid>
          <Select
            label={t("members.role")}
            data={ROLES.filter((r) => canAssignRole(myRole, r)).map((r) => ({ value: r, label: t(`enums.role.${r}`) }))}
            value={role}
            onChange={(v) => v && setRole(v as Role)}
            allowDeselect={false}
            error={fe("role")}
            description={t("members.roleHelp")}
          />
          <PasswordInput
            label={t("members.password")}
            description={t("members.passwordHint")}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="new-password"
            error={fe("password")}
          />
          {other.length > 0 && (
            <Alert color="red" variant="light">
              {other.join(" · ")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={add.isPending} leftSection={<IconPlus size={16} />}>
              {t("common.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  const { hid, canAdmin, role: myRole, session } = useHospitalContext();
  const qc = useQueryClient();
  const members = useMembers(hid, canAdmin);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Member | null>(null);

  const invalidate = () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.members(hid) }),
      qc.invalidateQueries({ queryKey: keys.audit(hid) }),
    ]);

  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api.patch<Member>(hospitalPath(hid, `/members/${userId}`), { role }),
    onSuccess: async () => {
      notifySuccess(t("members.roleChanged"));
      await invalidate();
    },
    onError: async (e) => {
      notifyError(e);
      await invalidate();
    },
  });

  const remove = useMutation({
    mutationFn: (m: Member) => api.delete(hospitalPath(hid, `/members/${m.userId}`)),
    onSuccess: async () => {
      setRemoving(null);
      notifySuccess(t("common.deleted"));
      await invalidate();
    },
    onError: (e) => notifyError(e),
  });

  if (!canAdmin) {
    return (
      <Stack gap={0}>
        <PageHeader title={t("members.title")} subtitle={t("members.subtitle")} />
        <AdminOnly />
      </Stack>
    );
  }

  const me = session?.user.id;
  let body: React.ReactNode;
  if (members.isPending) body = <TableSkeleton />;
  else if (members.isError) body = <ErrorState error={members.error} onRetry={() => void members.refetch()} />;
  else if (members.data.length === 0)
    body = (
      <EmptyBlock
        icon={<IconUsersGroup size={28} />}
        title={t("members.emptyTitle")}
        description={t("members.emptyBody")}
      />
    );
  else
    body = (
      <Card p={0}>
        <Table.ScrollContainer minWidth={640}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("members.name")}</Table.Th>
                <Table.Th>{t("members.email")}</Table.Th>
                <Table.Th w={200}>{t("members.role")}</Table.Th>
                <Table.Th w={60} aria-label={t("common.actions")} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.data.map((m) => {
                const isMe = m.userId === me;
                // Only an owner may touch an owner; nobody changes their own role here.
                const editable = !isMe && canAssignRole(myRole, m.role);
                return (
                  <Table.Tr key={m.userId}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Avatar size={32} radius="xl" color="motmap" variant="light">
                          {initials(m.name)}
                        </Avatar>
                        <Text size="sm" fw={500}>
                          {m.name}
                        </Text>
                        {isMe && (
                          <Badge size="xs" variant="outline" color="gray">
                            {t("members.you")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {m.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <Select
                          size="xs"
                          aria-label={`${m.name} — ${t("members.role")}`}
                          data={ROLES.filter((r) => canAssignRole(myRole, r)).map((r) => ({
                            value: r,
                            label: t(`enums.role.${r}`),
                          }))}
                          value={m.role}
                          onChange={(v) =>
                            v && v !== m.role && changeRole.mutate({ userId: m.userId, role: v as Role })
                          }
                          allowDeselect={false}
                          disabled={changeRole.isPending}
                        />
                      ) : (
                        <RoleBadge role={m.role} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      {editable && (
                        <Tooltip label={t("members.remove")}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t("members.remove")}
                            onClick={() => setRemoving(m)}
                          >
                            <IconUserMinus size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );

  return (
    <Stack gap={0}>
      <PageHeader
        title={t("members.title")}
        subtitle={t("members.subtitle")}
        actions={
          <Button leftSection={<IconPlus size={18} />} onClick={() => setAdding(true)}>
            {t("members.new")}
          </Button>
        }
      />
      <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} mb="md" py="xs">
        <Text size="sm">{t("members.roleHelp")}</Text>
      </Alert>
      {body}
      <AddMemberModal opened={adding} onClose={() => setAdding(false)} />
      <ConfirmDeleteModal
        opened={removing !== null}
        name={removing?.name ?? ""}
        message={removing ? t("members.removeConfirm", { name: removing.name }) : undefined}
        loading={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing)}
      />
    </Stack>
  );
}
