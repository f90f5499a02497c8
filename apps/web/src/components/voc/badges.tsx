import { Badge, type MantineColor } from "@mantine/core";
import type { VocSeverity, VocStatus, VocType } from "@motmap/core";
import { useTranslation } from "react-i18next";

export const STATUS_COLOR: Record<VocStatus, MantineColor> = {
  received: "orange",
  assigned: "blue",
  answered: "teal",
  closed: "gray",
};
const TYPE_COLOR: Record<VocType, MantineColor> = {
  complaint: "red",
  compliment: "green",
  suggestion: "violet",
  inquiry: "cyan",
};
const SEVERITY_COLOR: Record<VocSeverity, MantineColor> = { low: "gray", medium: "yellow", high: "red" };

export function VocStatusBadge({ status }: { status: VocStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" data-testid="voc-status">
      {t(`voc.status.${status}`)}
    </Badge>
  );
}

export function VocTypeBadge({ type }: { type: VocType }) {
  const { t } = useTranslation();
  return (
    <Badge color={TYPE_COLOR[type]} variant="dot">
      {t(`voc.type.${type}`)}
    </Badge>
  );
}

export function VocSeverityBadge({ severity }: { severity: VocSeverity }) {
  const { t } = useTranslation();
  return (
    <Badge color={SEVERITY_COLOR[severity]} variant={severity === "high" ? "filled" : "outline"} size="sm">
      {t(`voc.severity.${severity}`)}
    </Badge>
  );
}
