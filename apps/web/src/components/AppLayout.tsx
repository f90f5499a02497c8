import {
  AppShell,
  Avatar,
  Badge,
  Burger,
  Center,
  Divider,
  Group,
  Loader,
  Menu,
  NavLink,
  ScrollArea,
  Select,
  Stack,
  Text,
  ThemeIcon,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import {
  IconBell,
  IconBuildingCommunity,
  IconBuildingHospital,
  IconChartBar,
  IconChevronDown,
  IconClipboardList,
  IconHistory,
  IconLogout,
  IconMapRoute,
  IconMessageReport,
  IconPhoneCall,
  IconSettings,
  IconShieldLock,
  IconUserCircle,
  IconUsersGroup,
} from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { api } from "../api/client.ts";
import { keys } from "../api/queries.ts";
import { initials } from "../lib/format.ts";
import { rememberHospital, useHospitalContext } from "../lib/hospital.ts";
import { NotMemberPage } from "../pages/NotFoundPage.tsx";
import { useUnreadAlerts } from "./alerts/queries.ts";
import { RoleBadge } from "./badges.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

const SECTIONS = [
  "journeys",
  "voc",
  "follow-up",
  "alerts",
  "personas",
  "departments",
  "members",
  "audit",
  "settings",
] as const;

function Logo() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={32} radius="md" variant="filled">
        <IconMapRoute size={20} stroke={1.8} />
      </ThemeIcon>
      <Text fw={700} fz={20} c="motmap.8" style={{ letterSpacing: "-0.02em", whiteSpace: "nowrap" }}>
        motmap
      </Text>
    </Group>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const { hid, session, membership, role, canAdmin } = useHospitalContext();
  const location = useLocation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  // The unread alerts badge: polled every minute while the app is open.
  const unreadAlerts = useUnreadAlerts(hid, membership !== null).data ?? 0;

  useEffect(() => {
    if (membership) rememberHospital(hid);
  }, [hid, membership]);

  // Close the mobile navbar whenever the page changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation
  useEffect(() => close(), [location.pathname]);

  const section = location.pathname.split("/")[3] ?? "journeys";
  // Entries can be two segments deep (insight/departments): match the path below /h/:hid, not its first segment.
  const below = location.pathname.split("/").slice(3).join("/");
  const isActive = (to: string) => below === to || below.startsWith(`${to}/`);

  const switchHospital = (id: string | null) => {
    if (!id || id === hid) return;
    const keep = (SECTIONS as readonly string[]).includes(section) ? section : "journeys";
    navigate(`/h/${id}/${keep}`);
  };

  const logout = async () => {
    try {
      await api.post("/api/auth/logout");
    } catch {
      // Signed out locally either way.
    }
    qc.clear();
    qc.setQueryData(keys.me, null);
    navigate("/login", { replace: true });
  };

  const user = session?.user;
  const avatarText = initials(user?.name ?? "");

  const nav = [
    { to: "journeys", label: t("nav.journeys"), icon: IconMapRoute },
    { to: "surveys", label: t("surveys.nav"), icon: IconClipboardList },
    { to: "voc", label: t("voc.nav"), icon: IconMessageReport },
    { to: "follow-up", label: t("followUp.nav"), icon: IconPhoneCall },
    { to: "alerts", label: t("alerts.nav"), icon: IconBell, badge: unreadAlerts },
    { to: "personas", label: t("nav.personas"), icon: IconUserCircle },
    { to: "departments", label: t("nav.departments"), icon: IconBuildingCommunity },
    { to: "insight/departments", label: t("departmentInsight.nav"), icon: IconChartBar },
  ];
  // Settings are open to every member (read-only below admin); members and the audit log are admin-only.
  const adminNav = [
    ...(canAdmin
      ? [
          { to: "members", label: t("nav.members"), icon: IconUsersGroup },
          { to: "audit", label: t("nav.audit"), icon: IconHistory },
          { to: "access-log", label: t("accessLog.nav"), icon: IconShieldLock },
        ]
      : []),
    { to: "settings", label: t("nav.settings"), icon: IconSettings },
  ];

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 248, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "md", md: "xl" }}
      styles={{ main: { background: "var(--mantine-color-gray-0)" } }}
    >
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="md">
          <Group gap="lg" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t("header.toggleNavigation")}
            />
            <Link to="/" style={{ textDecoration: "none" }} aria-label="motmap">
              <Logo />
            </Link>
            <Select
              aria-label={t("header.hospital")}
              placeholder={t("header.hospitalPlaceholder")}
              data={(session?.memberships ?? []).map((m) => ({ value: m.hospitalId, label: m.hospitalName }))}
              value={membership ? hid : null}
              onChange={switchHospital}
              allowDeselect={false}
              leftSection={<IconBuildingHospital size={18} stroke={1.6} />}
              w={260}
              visibleFrom="xs"
              data-testid="hospital-switcher"
              comboboxProps={{ shadow: "md" }}
            />
          </Group>
          <Group gap="md" wrap="nowrap">
            <LanguageSwitch />
            <Menu position="bottom-end" shadow="md" width={240}>
              <Menu.Target>
                <UnstyledButton aria-label={t("header.userMenu")} data-testid="user-menu">
                  <Group gap={8} wrap="nowrap">
                    <Avatar radius="xl" size={34} color="motmap" variant="light">
                      {avatarText}
                    </Avatar>
                    <Text size="sm" fw={500} visibleFrom="md">
                      {user?.name}
                    </Text>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{t("header.signedInAs")}</Menu.Label>
                <Stack gap={2} px="sm" pb="xs">
                  <Text size="sm" fw={500}>
                    {user?.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {user?.email}
                  </Text>
                </Stack>
                <Menu.Divider />
                <Menu.Item leftSection={<IconLogout size={16} />} color="red" onClick={() => void logout()}>
                  {t("header.logout")}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="md">
        <AppShell.Section hiddenFrom="xs" mb="md">
          <Select
            aria-label={t("header.hospital")}
            data={(session?.memberships ?? []).map((m) => ({ value: m.hospitalId, label: m.hospitalName }))}
            value={membership ? hid : null}
            onChange={switchHospital}
            allowDeselect={false}
            leftSection={<IconBuildingHospital size={18} stroke={1.6} />}
          />
        </AppShell.Section>
        <AppShell.Section grow component={ScrollArea}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={6} px="sm">
            {t("nav.sectionWork")}
          </Text>
          <Stack gap={2} data-testid="main-nav">
            {nav.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={`/h/${hid}/${item.to}`}
                label={item.label}
                leftSection={<item.icon size={20} stroke={1.6} />}
                rightSection={
                  item.badge ? (
                    <Badge
                      color="red"
                      size="sm"
                      circle={item.badge < 10}
                      aria-label={t("alerts.unreadBadge", { count: item.badge })}
                      data-testid="alerts-unread-badge"
                    >
                      {item.badge > 99 ? "99+" : item.badge}
                    </Badge>
                  ) : undefined
                }
                active={isActive(item.to)}
                variant="light"
                style={{ borderRadius: "var(--mantine-radius-md)" }}
              />
            ))}
          </Stack>
          <Divider my="md" />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={6} px="sm">
            {t("nav.sectionAdmin")}
          </Text>
          <Stack gap={2} data-testid="admin-nav">
            {adminNav.map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={`/h/${hid}/${item.to}`}
                label={item.label}
                leftSection={<item.icon size={20} stroke={1.6} />}
                active={isActive(item.to)}
                variant="light"
                style={{ borderRadius: "var(--mantine-radius-md)" }}
              />
            ))}
          </Stack>
        </AppShell.Section>
        {membership && (
          <AppShell.Section>
            <Divider mb="sm" />
            <Group gap="xs" px="sm" wrap="nowrap">
              <IconBuildingHospital size={16} stroke={1.6} color="var(--mantine-color-dimmed)" />
              <Text size="xs" c="dimmed" truncate style={{ flex: 1 }}>
                {membership.hospitalName}
              </Text>
              <RoleBadge role={role} />
            </Group>
          </AppShell.Section>
        )}
      </AppShell.Navbar>

      <AppShell.Main>
        <div style={{ maxWidth: 1280, margin: "0 auto" }}>
          {membership ? (
            // A page's code loads on its first visit: the navigation stays while it does.
            <Suspense
              fallback={
                <Center py="xl">
                  <Loader />
                </Center>
              }
            >
              <Outlet />
            </Suspense>
          ) : (
            <NotMemberPage />
          )}
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
