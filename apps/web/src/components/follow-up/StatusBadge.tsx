import { Badge } from "@mantine/core";
import type { FollowUpStatus } from "@motmap/core";
import { useTranslation } from "react-i18next";

const COLOR: Record<FollowUpStatus, string> = {
  pending: "blue",
  not_reached: "yellow",
  reached: "teal",
  refused: "red",
  unreachable: "gray",
};

export function StatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="call-status">
      {t(`followUp.status.${status}`)}
    </Badge>
  );
}
