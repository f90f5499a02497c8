import { Button } from "@mantine/core";
import { IconChartHistogram } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** "인사이트": opens the journey's measured-experience dashboard. */
export function InsightLink({ hospitalId, journeyId, size }: { hospitalId: string; journeyId: string; size?: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/h/${hospitalId}/journeys/${journeyId}/insight`}
      variant="default"
      size={size}
      leftSection={<IconChartHistogram size={16} />}
      data-testid="insight-link"
    >
      {t("insight.nav")}
    </Button>
  );
}
