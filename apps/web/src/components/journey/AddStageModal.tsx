import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from "@mantine/core";
import type { CreateStageInput, Phase, Stage } from "@motmap/core";
import { IconPlus } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { fieldErrors, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../../lib/errors.tsx";
import { EmotionInput } from "../EmotionInput.tsx";

export function AddStageModal({
  hid,
  journeyId,
  phase,
  position,
  onClose,
  onCreated,
}: {
  hid: string;
  journeyId: string;
  /** The phase to add to; null when closed. */
  phase: Phase | null;
  position: number;
  onClose: () => void;
  onCreated: (s: Stage) => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [goal, setGoal] = useState("");
  const [emotion, setEmotion] = useState(0);
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  const create = useMutation({
    mutationFn: (body: CreateStageInput) => api.post<Stage>(hospitalPath(hid, `/journeys/${journeyId}/stages`), body),
    onSuccess: async (s) => {
      notifySuccess(t("common.created"));
      close();
      await onCreated(s);
    },
    onError: (e) => notifyUnlessValidation(e),
  });

  const close = () => {
    setName("");
    setGoal("");
    setEmotion(0);
    setLocal({});
    create.reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!phase) return;
    const errs = { name: name.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.name) return;
    create.mutate({ phase, name: name.trim(), goal, emotion, position });
  };

  const fe = fieldErrors(create.error, local);
  const other = unplacedIssues(create.error, ["name", "goal", "emotion", "phase"]);

  return (
    <Modal
      opened={phase !== null}
      onClose={close}
      title={phase ? t("journey.addStageTitle", { phase: t(`enums.phase.${phase}`) }) : ""}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("journey.stageName")}
            placeholder={t("journey.stageNamePlaceholder")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={fe("name")}
            data-autofocus
          />
          <Textarea
            label={t("journey.goal")}
            placeholder={t("journey.goalPlaceholder")}
            value={goal}
            onChange={(e) => setGoal(e.currentTarget.value)}
            autosize
            minRows={2}
            error={fe("goal")}
          />
          <EmotionInput value={emotion} onChange={setEmotion} />
          {other.length > 0 && (
            <Alert color="red" variant="light">
              {other.join(" · ")}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending} leftSection={<IconPlus size={16} />}>
              {t("common.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
