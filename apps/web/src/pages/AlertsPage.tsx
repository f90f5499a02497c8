import { Tabs } from "@mantine/core";
import { can } from "@motmap/core";
import { IconBell, IconSettings } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { AlertInbox } from "../components/alerts/AlertInbox.tsx";
import { AlertSettings } from "../components/alerts/AlertSettings.tsx";
import { PageHeader } from "../components/PageHeader.tsx";
import { useHospitalContext } from "../lib/hospital.ts";

/** 서비스 회복 알림: the member's inbox and, for hospital admins, the rules, recipients and mail server. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { hid, membership, role } = useHospitalContext();
  const canManage = membership !== null && can(role, "manageHospital");
  const [params, setParams] = useSearchParams();
  const tab = canManage && params.get("tab") === "settings" ? "settings" : "inbox";
  return (
    <>
      <PageHeader title={t("alerts.title")} subtitle={t("alerts.subtitle")} />
      <Tabs
        value={tab}
        onChange={(v) => setParams(v === "settings" ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="inbox" leftSection={<IconBell size={16} />}>
            {t("alerts.tabs.inbox")}
          </Tabs.Tab>
          {canManage && (
            <Tabs.Tab value="settings" leftSection={<IconSettings size={16} />} data-testid="alerts-settings-tab">
              {t("alerts.tabs.settings")}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="inbox">
          <AlertInbox hid={hid} />
        </Tabs.Panel>
        {canManage && (
          <Tabs.Panel value="settings">
            <AlertSettings hid={hid} />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
