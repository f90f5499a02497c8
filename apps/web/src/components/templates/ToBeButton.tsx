import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import type { Journey } from "@motmap/core";
import { IconArrowsDiff, IconSparkles } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { api, hospitalPath } from "../../api/client.ts";
import { keys } from "../../api/queries.ts";
import { fieldErrors, notifySuccess, notifyUnlessValidation } from "../../lib/errors.tsx";

/**
 * On an as-is journey: "To-be 만들기" (editors, copies it as a to-be draft and opens it).
 * On a to-be journey: "As-is와 비교" (everyone, opens the comparison).
 */
export function ToBeButton({
  hospitalId,
  journey,
  canEdit,
  size = "sm",
}: {
  hospitalId: string;
  journey: Pick<Journey, "id" | "title" | "variant" | "basedOnId">;
  canEdit: boolean;
  size?: "xs" | "sm";
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [title, setTitle] = useState("");

  const create = useMutation({
    mutationFn: (body: { title?: string }) =>
      api.post<Journey>(hospitalPath(hospitalId, `/journeys/${journey.id}/to-be`), body),
    onSuccess: async (j) => {
      setOpened(false);
      notifySuccess(t("variant.toBeCreated"));
      await qc.invalidateQueries({ queryKey: keys.journeys(hospitalId) });
      navigate(`/h/${hospitalId}/journeys/${j.id}`);
    },
    onError: (e) => notifyUnlessValidation(e),
  });

  if (journey.variant === "to_be") {
    if (!journey.basedOnId) return null;
    return (
      <Button
        component={Link}
        to={`/h/${hospitalId}/journeys/${journey.id}/compare`}
        variant="light"
        color="violet"
        size={size}
        leftSection={<IconArrowsDiff size={16} />}
        data-testid="compare-button"
      >
        {t("variant.compare")}
      </Button>
    );
  }
  if (!canEdit) return null;

  const open = () => {
    setTitle(t("variant.toBeTitleDefault", { title: journey.title }).slice(0, 200));
    create.reset();
    setOpened(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    create.mutate(trimmed ? { title: trimmed } : {});
  };

  return (
    <>
      <Button
        variant="light"
        color="violet"
        size={size}
        leftSection={<IconSparkles size={16} />}
        onClick={open}
        data-testid="create-to-be"
      >
        {t("variant.createToBe")}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t("variant.createToBeTitle")} size="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t("variant.createToBeBody")}
            </Text>
            <TextInput
              label={t("journeys.fieldTitle")}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={200}
              error={fieldErrors(create.error)("title")}
              data-autofocus
              data-testid="to-be-title"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t("common.cancel")}
              </Button>
              <Button
                type="submit"
                color="violet"
                loading={create.isPending}
                leftSection={<IconSparkles size={16} />}
                data-testid="create-to-be-confirm"
              >
                {t("variant.createToBe")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
