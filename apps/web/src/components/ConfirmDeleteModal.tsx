import { Button, Group, Modal, Text } from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** A confirmation before anything is deleted. `message` defaults to the generic sentence. */
export function ConfirmDeleteModal({
  opened,
  name,
  message,
  loading,
  onCancel,
  onConfirm,
}: {
  opened: boolean;
  name: string;
  message?: string;
  loading?: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={t("confirm.title")} size="md">
      <Text size="sm" mb="lg">
        {message ?? t("confirm.body", { name })}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t("common.cancel")}
        </Button>
        <Button color="red" leftSection={<IconTrash size={16} />} loading={loading} onClick={onConfirm} data-autofocus>
          {t("confirm.confirm")}
        </Button>
      </Group>
    </Modal>
  );
}
