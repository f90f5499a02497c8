import { Button, Loader, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconChartDonut3,
  IconChevronDown,
  IconDownload,
  IconFileTypePdf,
  IconMap2,
  IconPhoto,
  IconPrinter,
  IconVectorBezier2,
} from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { hospitalPath } from "../../api/client.ts";
import { currentLanguage } from "../../i18n/index.ts";
import { errorMessage } from "../../lib/errors.tsx";
import { downloadFile, safeFileName } from "./download.ts";

type ExportKind = "map" | "cycle";
type ExportFormat = "svg" | "png" | "pdf";

interface ExportChoice {
  id: string;
  kind: ExportKind;
  format: ExportFormat;
  params: Record<string, string>;
  label: string;
  icon: React.ReactNode;
}

/**
 * Downloads of the journey map and the MOT cycle (SVG, PNG, PDF in the UI's language) and
 * printing. Each file is fetched first so a failure shows a message instead of a broken download.
 */
export function ExportMenu({
  hospitalId,
  journeyId,
  title,
  size = "sm",
}: {
  hospitalId: string;
  journeyId: string;
  title: string;
  size?: "xs" | "sm";
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);

  const choices: Record<ExportKind, ExportChoice[]> = {
    map: [
      {
        id: "map-svg",
        kind: "map",
        format: "svg",
        params: {},
        label: t("exportMenu.svg"),
        icon: <IconVectorBezier2 size={16} />,
      },
      {
        id: "map-png",
        kind: "map",
        format: "png",
        params: { scale: "2" },
        label: t("exportMenu.png"),
        icon: <IconPhoto size={16} />,
      },
      {
        id: "map-pdf-a3",
        kind: "map",
        format: "pdf",
        params: { paper: "A3" },
        label: t("exportMenu.pdfA3"),
        icon: <IconFileTypePdf size={16} />,
      },
      {
        id: "map-pdf-a4",
        kind: "map",
        format: "pdf",
        params: { paper: "A4" },
        label: t("exportMenu.pdfA4"),
        icon: <IconFileTypePdf size={16} />,
      },
    ],
    cycle: [
      {
        id: "cycle-svg",
        kind: "cycle",
        format: "svg",
        params: {},
        label: t("exportMenu.svg"),
        icon: <IconVectorBezier2 size={16} />,
      },
      {
        id: "cycle-png",
        kind: "cycle",
        format: "png",
        params: { scale: "2" },
        label: t("exportMenu.png"),
        icon: <IconPhoto size={16} />,
      },
      {
        id: "cycle-pdf",
        kind: "cycle",
        format: "pdf",
        params: {},
        label: t("exportMenu.pdf"),
        icon: <IconFileTypePdf size={16} />,
      },
    ],
  };

  const run = async (c: ExportChoice) => {
    const params = new URLSearchParams({ ...c.params, locale: currentLanguage() });
    const url = hospitalPath(hospitalId, `/journeys/${journeyId}/export/${c.kind}.${c.format}?${params}`);
    const kindName = c.kind === "map" ? t("exportMenu.map") : t("exportMenu.cycle");
    const suffix = c.params.paper ? `-${c.params.paper}` : "";
    const fallback = `${safeFileName(`${title} ${kindName}`)}${suffix}.${c.format}`;
    const id = `export-${c.id}-${Date.now()}`;
    setBusy(c.id);
    notifications.show({
      id,
      loading: true,
      message: t("exportMenu.preparing"),
      autoClose: false,
      withCloseButton: false,
    });
    try {
      const file = await downloadFile(url, fallback);
      notifications.update({
        id,
        loading: false,
        color: "teal",
        message: t("exportMenu.done", { file }),
        autoClose: 2500,
        withCloseButton: true,
      });
    } catch (e) {
      notifications.update({
        id,
        loading: false,
        color: "red",
        title: t("exportMenu.failed"),
        message: errorMessage(e),
        autoClose: 6000,
        withCloseButton: true,
      });
    } finally {
      setBusy(null);
    }
  };

  const item = (c: ExportChoice) => (
    <Menu.Item
      key={c.id}
      leftSection={busy === c.id ? <Loader size={14} /> : c.icon}
      disabled={busy !== null}
      onClick={() => void run(c)}
      data-testid={`export-${c.id}`}
    >
      {c.label}
    </Menu.Item>
  );

  return (
    <Menu position="bottom-end" shadow="md" width={250} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size={size}
          leftSection={busy ? <Loader size={14} /> : <IconDownload size={16} />}
          rightSection={<IconChevronDown size={14} />}
          data-testid="export-menu"
        >
          {t("exportMenu.button")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <IconMap2 size={12} style={{ verticalAlign: -1, marginRight: 4 }} />
          {t("exportMenu.map")}
        </Menu.Label>
        {choices.map.map(item)}
        <Menu.Divider />
        <Menu.Label>
          <IconChartDonut3 size={12} style={{ verticalAlign: -1, marginRight: 4 }} />
          {t("exportMenu.cycle")}
        </Menu.Label>
        {choices.cycle.map(item)}
        <Menu.Divider />
        <Menu.Item leftSection={<IconPrinter size={16} />} onClick={() => window.print()} data-testid="export-print">
          {t("exportMenu.print")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
