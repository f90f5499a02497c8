import { Button } from "@mantine/core";
import type { Journey } from "@motmap/core";
import { IconChartDonut3 } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { InsightLink } from "../insight/InsightLink.tsx";
import { ShareButton } from "../share/ShareButton.tsx";
import { ToBeButton } from "../templates/ToBeButton.tsx";
import { ExportMenu } from "./ExportMenu.tsx";

/** The journey editor's header buttons: MOT cycle, to-be / compare, export and share. */
export function JourneyExtraActions({
  hospitalId,
  journey,
  canEdit,
}: {
  hospitalId: string;
  journey: Pick<Journey, "id" | "title" | "status" | "variant" | "basedOnId">;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        component={Link}
        to={`/h/${hospitalId}/journeys/${journey.id}/cycle`}
        variant="default"
        leftSection={<IconChartDonut3 size={16} />}
        data-testid="cycle-link"
      >
        {t("journeyActions.cycle")}
      </Button>
      <InsightLink hospitalId={hospitalId} journeyId={journey.id} />
      <ToBeButton hospitalId={hospitalId} journey={journey} canEdit={canEdit} />
      <ExportMenu hospitalId={hospitalId} journeyId={journey.id} title={journey.title} />
      <ShareButton hospitalId={hospitalId} journeyId={journey.id} status={journey.status} />
    </>
  );
}
