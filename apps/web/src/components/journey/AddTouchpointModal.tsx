import { Alert, Button, Group, Input, Modal, SegmentedControl, Stack, Textarea, TextInput } from "@mantine/core";
import type { Channel, CreateTouchpointInput, Element, Touchpoint } from "@motmap/core";
import { CHANNELS, ELEMENTS } from "@motmap/core";
import { IconPlus } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, hospitalPath } from "../../api/client.ts";
import { fieldErrors, notifySuccess, notifyUnlessValidation, unplacedIssues } from "../../lib/errors.tsx";

export function AddTouchpointModal({
  hid,
  stage,
  opened,
  onClose,
  onCreated,
}: {
  hid: string;
  stage: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  onCreated: (tp: Touchpoint) => void | Promise<void>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState("");
  const [moment, setMoment] = useState("");
  const [channel, setChannel] = useState<Channel>("face_to_face");
  const [element, setElement] = useState<Element>("humanware");
  const [local, setLocal] = useState<Record<string, string | undefined>>({});

  const create = useMutation({
    mutationFn: (body: CreateTouchpointInput) =>
      api.post<Touchpoint>(hospitalPath(hid, `/stages/${stage.id}/touchpoints`), body),
    onSuccess: async (tp) => {
      notifySuccess(t("common.created"));
      close();
      await onCreated(tp);
    },
    onError: (e) => notifyUnlessValidation(e),
  });

  const close = () => {
    setName("");
    setMoment("");
    setChannel("face_to_face");
    setElement("humanware");
    setLocal({});
    create.reset();
    onClose();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errs = { name: name.trim() ? undefined : t("errors.required") };
    setLocal(errs);
    if (errs.name) return;
    create.mutate({ name: name.trim(), moment, channel, element });
  };

  const fe = fieldErrors(create.error, local);
  const other = unplacedIssues(create.error, ["name", "moment", "channel", "element"]);

  return (
    <Modal opened={opened} onClose={close} title={t("journey.addTouchpointTitle", { stage: stage.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t("journey.touchpointName")}
            placeholder={t("journey.touchpointNamePlaceholder")}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            error={fe("name")}
            data-autofocus
          />
          <Input.Wrapper label={t("touchpoint.channel")} error={fe("channel")}>
            <SegmentedControl
              fullWidth
              value={channel}
              onChange={(v) => setChannel(v as Channel)}
              data={CHANNELS.map((c) => ({ value: c, label: t(`enums.channel.${c}`) }))}
            />
          </Input.Wrapper>
          <Input.Wrapper label={t("touchpoint.element")} error={fe("element")}>
            <SegmentedControl
              fullWidth
              value={element}
              onChange={(v) => setElement(v as Element)}
              data={ELEMENTS.map((c) => ({ value: c, label: t(`enums.element.${c}`) }))}
            />
          </Input.Wrapper>
          <Textarea
            label={t("touchpoint.moment")}
            placeholder={t("touchpoint.momentPlaceholder")}
            value={moment}
            onChange={(e) => setMoment(e.currentTarget.value)}
            autosize
            minRows={2}
            error={fe("moment")}
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
            <Button type="submit" loading={create.isPending} leftSection={<IconPlus size={16} />}>
              {t("common.add")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
