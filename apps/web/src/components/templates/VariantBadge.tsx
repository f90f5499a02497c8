import { Badge, Tooltip } from "@mantine/core";
import type { JourneyVariant } from "@motmap/core";
import { IconSparkles } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** "To-be" next to a journey designed from an as-is one; nothing for as-is journeys. */
export function VariantBadge({
  variant,
  size = "sm",
  ml,
}: {
  variant: JourneyVariant;
  size?: "xs" | "sm" | "md";
  ml?: number | string;
}) {
  const { t } = useTranslation();
  if (variant !== "to_be") return null;
  return (
    <Tooltip label={t("variant.toBeHint")}>
      <Badge
        color="violet"
        variant="light"
        size={size}
        ml={ml}
        leftSection={<IconSparkles size={12} />}
        data-testid="to-be-badge"
      >
        {t("variant.toBe")}
      </Badge>
    </Tooltip>
  );
}
