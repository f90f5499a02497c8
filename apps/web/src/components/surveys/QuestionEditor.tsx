import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Group,
  Input,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Tooltip,
} from "@mantine/core";
import type { QuestionType } from "@motmap/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export interface OptionDraft {
  value: string;
  label: string;
  labelEn: string;
}

export interface QuestionDraft {
  key: string;
  type: QuestionType;
  text: string;
  textEn: string;
  required: boolean;
  touchpointId?: string | null;
  stageId?: string | null;
  scale?: 5 | 7;
  options?: OptionDraft[];
}

export const isChoiceType = (t: QuestionType) => t === "single_choice" || t === "multiple_choice";

/** A short random key: answers refer to keys, so they never change once made. */
export const newKey = (prefix: string) => `${prefix}_${Math.random().toString(36).slice(2, 10)}`;

export interface LinkOption {
  group: string;
  items: { value: string; label: string }[];
}

export function QuestionEditor({
  q,
  index,
  count,
  path,
  canEdit,
  linkData,
  hasJourney,
  stageOfTouchpoint,
  fe,
  onChange,
  onMove,
  onDelete,
}: {
  q: QuestionDraft;
  index: number;
  count: number;
  /** Field path prefix for errors, e.g. `definition.sections.0.questions.2`. */
  path: string;
  canEdit: boolean;
  linkData: LinkOption[];
  hasJourney: boolean;
  stageOfTouchpoint: (touchpointId: string) => string | null;
  fe: (path: string) => string | undefined;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (delta: number) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const linkValue = q.touchpointId ? `tp:${q.touchpointId}` : q.stageId ? `stage:${q.stageId}` : null;
  const options = q.options ?? [];
  const setOption = (k: number, patch: Partial<OptionDraft>) =>
    onChange({ options: options.map((o, j) => (j === k ? { ...o, ...patch } : o)) });

  return (
    <Card withBorder p="sm" data-testid="question-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text size="sm" fw={600} c="dimmed">
              Q{index + 1}
            </Text>
            <Badge variant="light" color="motmap" data-testid="question-type">
              {t(`surveys.questionTypes.${q.type}`)}
            </Badge>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Switch
              label={t("surveys.required")}
              checked={q.required}
              onChange={(e) => onChange({ required: e.currentTarget.checked })}
              disabled={!canEdit}
              mr="sm"
            />
            {canEdit && (
              <>
                <Tooltip label={t("common.moveUp")}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === 0}
                    aria-label={t("common.moveUp")}
                    onClick={() => onMove(-1)}
                  >
                    <IconArrowUp size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t("common.moveDown")}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={index === count - 1}
                    aria-label={t("common.moveDown")}
                    onClick={() => onMove(1)}
                  >
                    <IconArrowDown size={16} />
                  </ActionIcon>
                </Tooltip>
                <Tooltip label={t("surveys.deleteQuestion")}>
                  <ActionIcon variant="subtle" color="red" aria-label={t("surveys.deleteQuestion")} onClick={onDelete}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t("surveys.questionKo")}
            value={q.text}
            onChange={(e) => onChange({ text: e.currentTarget.value })}
            readOnly={!canEdit}
            required={canEdit}
            error={fe(`${path}.text`)}
            data-testid="question-text"
          />
          <TextInput
            label={t("surveys.questionEn")}
            value={q.textEn}
            onChange={(e) => onChange({ textEn: e.currentTarget.value })}
            readOnly={!canEdit}
            error={fe(`${path}.textEn`)}
          />
        </SimpleGrid>
        <Group align="flex-start" grow>
          <Select
            label={t("surveys.link")}
            placeholder={t("surveys.linkNone")}
            data={linkData}
            value={linkValue}
            onChange={(v) => {
              if (!v) onChange({ touchpointId: null, stageId: null });
              else if (v.startsWith("tp:")) {
                const id = v.slice(3);
                onChange({ touchpointId: id, stageId: stageOfTouchpoint(id) });
              } else onChange({ touchpointId: null, stageId: v.slice(6) });
            }}
            clearable
            searchable
            readOnly={!canEdit}
            disabled={!hasJourney}
            description={hasJourney ? undefined : t("surveys.linkNeedsJourney")}
            error={fe(`${path}.touchpointId`) ?? fe(`${path}.stageId`)}
            nothingFoundMessage={t("common.none")}
          />
          {q.type === "satisfaction" ? (
            <Input.Wrapper label={t("surveys.scale")} error={fe(`${path}.scale`)}>
              <SegmentedControl
                fullWidth
                value={String(q.scale ?? 5)}
                onChange={(v) => onChange({ scale: v === "7" ? 7 : 5 })}
                readOnly={!canEdit}
                data={[
                  { value: "5", label: t("surveys.scalePoints", { n: 5 }) },
                  { value: "7", label: t("surveys.scalePoints", { n: 7 }) },
                ]}
              />
            </Input.Wrapper>
          ) : (
            <div />
          )}
        </Group>
        {isChoiceType(q.type) && (
          <Input.Wrapper label={t("surveys.options")} error={fe(`${path}.options`)}>
            <Stack gap={6} mt={4}>
              {options.map((o, k) => (
                <Group key={o.value} gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={t("surveys.optionKo")}
                    placeholder={t("surveys.optionKo")}
                    value={o.label}
                    onChange={(e) => setOption(k, { label: e.currentTarget.value })}
                    readOnly={!canEdit}
                    error={fe(`${path}.options.${k}.label`)}
                  />
                  <TextInput
                    style={{ flex: 1 }}
                    aria-label={t("surveys.optionEn")}
                    placeholder={t("surveys.optionEn")}
                    value={o.labelEn}
                    onChange={(e) => setOption(k, { labelEn: e.currentTarget.value })}
                    readOnly={!canEdit}
                    error={fe(`${path}.options.${k}.labelEn`)}
                  />
                  {canEdit && (
                    <Tooltip label={t("surveys.removeOption")}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mt={4}
                        aria-label={t("surveys.removeOption")}
                        onClick={() => onChange({ options: options.filter((_, j) => j !== k) })}
                      >
                        <IconX size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              ))}
              {canEdit && (
                <Group>
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconPlus size={14} />}
                    disabled={options.length >= 50}
                    onClick={() => onChange({ options: [...options, { value: newKey("o"), label: "", labelEn: "" }] })}
                  >
                    {t("surveys.addOption")}
                  </Button>
                </Group>
              )}
            </Stack>
          </Input.Wrapper>
        )}
      </Stack>
    </Card>
  );
}
