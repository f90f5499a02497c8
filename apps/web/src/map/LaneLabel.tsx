import { ActionIcon, Menu } from "@mantine/core";
import type { ResolvedLane } from "@motmap/core";
import { IconArrowDown, IconArrowUp, IconDots, IconEyeOff, IconPencil, IconTrash } from "@tabler/icons-react";
import { memo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export type LaneAction = "rename" | "hide" | "show" | "up" | "down" | "delete";

/** The sticky label of a lane, with its ⋯ menu when the map is editable. */
export const LaneLabel = memo(function LaneLabel({
  lane,
  label,
  sub,
  first,
  last,
  editable,
  onAction,
  children,
}: {
  lane: ResolvedLane;
  label: string;
  sub?: string;
  first: boolean;
  last: boolean;
  editable: boolean;
  onAction: (lane: ResolvedLane, action: LaneAction) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="mm-label" data-kind={lane.kind} data-testid="lane-label" data-lane={lane.key}>
      <div className="mm-label-text">
        <span>{label}</span>
        {sub && <span className="mm-label-sub">{sub}</span>}
        {children}
      </div>
      {editable && (
        <Menu position="bottom-start" shadow="md" width={200} withinPortal>
          <Menu.Target>
            <ActionIcon
              className="mm-lane-menu"
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={t("map.lane.menu", { name: label })}
              data-testid="lane-menu"
            >
              <IconDots size={15} />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => onAction(lane, "rename")}>
              {t("map.lane.rename")}
            </Menu.Item>
            <Menu.Item leftSection={<IconEyeOff size={15} />} onClick={() => onAction(lane, "hide")}>
              {t("map.lane.hide")}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowUp size={15} />} disabled={first} onClick={() => onAction(lane, "up")}>
              {t("map.lane.moveUp")}
            </Menu.Item>
            <Menu.Item leftSection={<IconArrowDown size={15} />} disabled={last} onClick={() => onAction(lane, "down")}>
              {t("map.lane.moveDown")}
            </Menu.Item>
            {lane.laneId && (
              <>
                <Menu.Divider />
                <Menu.Item color="red" leftSection={<IconTrash size={15} />} onClick={() => onAction(lane, "delete")}>
                  {t("map.lane.delete")}
                </Menu.Item>
              </>
            )}
          </Menu.Dropdown>
        </Menu>
      )}
    </div>
  );
});
