import { Button } from "@mantine/core";
import { IconMap2 } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** "지도 보기": from the structured editor to the visual journey map. */
export function MapViewButton({ hospitalId, journeyId }: { hospitalId: string; journeyId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/h/${hospitalId}/journeys/${journeyId}/map`}
      variant="filled"
      leftSection={<IconMap2 size={16} />}
      data-testid="map-view-link"
    >
      {t("map.openMap")}
    </Button>
  );
}
