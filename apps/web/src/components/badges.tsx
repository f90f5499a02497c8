import { Badge, type MantineColor, ThemeIcon, Tooltip } from "@mantine/core";
import { type Channel, type Element, type JourneyStatus, PALETTE, type Role, type Severity } from "@motmap/core";
import { IconBrandHipchat, IconDeviceMobileMessage, IconPhone, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

const channelIcons = {
  face_to_face: IconUsers,
  phone: IconPhone,
  online: IconDeviceMobileMessage,
  social: IconBrandHipchat,
} as const;

/** Element colours come from the core palette, so the editor, the map and the exports agree. */
export const elementColors: Record<Element, string> = {
  hardware: PALETTE.element.hardware.main,
  software: PALETTE.element.software.main,
  humanware: PALETTE.element.humanware.main,
};

export const severityColors: Record<Severity, MantineColor> = {
  low: "gray",
  medium: "yellow",
  high: "orange",
  critical: "red",
};

export const roleColors: Record<Role, MantineColor> = {
  owner: "motmap",
  admin: "indigo",
  editor: "blue",
  viewer: "gray",
};

export function ChannelIcon({ channel, size = 30 }: { channel: Channel; size?: number }) {
  const { t } = useTranslation();
  const Icon = channelIcons[channel];
  return (
    <Tooltip label={t(`enums.channel.${channel}`)}>
      <ThemeIcon variant="light" color="motmap" size={size} radius="xl" aria-label={t(`enums.channel.${channel}`)}>
        <Icon size={Math.round(size * 0.6)} stroke={1.7} />
      </ThemeIcon>
    </Tooltip>
  );
}

export function channelIcon(channel: Channel, size = 16) {
  const Icon = channelIcons[channel];
  return <Icon size={size} stroke={1.7} />;
}

export function ElementBadge({ element }: { element: Element }) {
  const { t } = useTranslation();
  return <Badge color={elementColors[element]}>{t(`enums.element.${element}`)}</Badge>;
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge color={severityColors[severity]} variant={severity === "critical" ? "filled" : "light"}>
      {t(`enums.severity.${severity}`)}
    </Badge>
  );
}

export function StatusBadge({ status }: { status: JourneyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === "published" ? "teal" : "gray"} variant={status === "published" ? "filled" : "light"}>
      {t(`enums.status.${status}`)}
    </Badge>
  );
}

export function RoleBadge({ role }: { role: Role }) {
  const { t } = useTranslation();
  return <Badge color={roleColors[role]}>{t(`enums.role.${role}`)}</Badge>;
}
