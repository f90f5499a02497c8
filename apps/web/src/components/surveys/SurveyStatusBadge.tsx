import { Badge } from "@mantine/core";
import type { SurveyStatus } from "@motmap/core";
import { useTranslation } from "react-i18next";

const COLORS: Record<SurveyStatus, string> = { draft: "gray", published: "teal", closed: "orange" };

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === "published" ? "filled" : "light"} data-testid="survey-status">
      {t(`surveys.status.${status}`)}
    </Badge>
  );
}
