import { Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconPrinter } from "@tabler/icons-react";
import QRCode from "qrcode";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import classes from "./QrCodeCard.module.css";

export interface QrCodeCardProps {
  /** The address the code opens, absolute (e.g. `https://…/s/<publicId>?tp=<touchpointId>`). */
  url: string;
  /** Printed large above the code; pass the Korean title for posters. */
  title: string;
  subtitle?: string;
  /** Pixel size of the code on screen (the PNG is always 1024 px). */
  size?: number;
}

/** A file name from a title: letters, digits and Hangul kept, the rest dashes. */
function fileName(title: string): string {
  const base = title
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "survey"}-qr.png`;
}

/**
 * A survey QR code as a printable card: the code, the URL under it, a PNG download and a print
 * button (print stylesheet: one card per page, only this card when printed from its button).
 */
export function QrCodeCard({ url, title, subtitle, size = 220 }: QrCodeCardProps) {
  const { t } = useTranslation();
  const [png, setPng] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const card = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    setFailed(false);
    QRCode.toDataURL(url, { width: 1024, margin: 2, errorCorrectionLevel: "M" })
      .then((data) => {
        if (live) setPng(data);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [url]);

  const print = () => {
    const el = card.current;
    if (!el) return;
    el.classList.add(classes.printing ?? "");
    document.body.classList.add("qr-printing-one");
    const done = () => {
      el.classList.remove(classes.printing ?? "");
      document.body.classList.remove("qr-printing-one");
      window.removeEventListener("afterprint", done);
    };
    window.addEventListener("afterprint", done);
    window.print();
  };

  return (
    <Paper ref={card} withBorder radius="lg" p="lg" className={classes.card} data-testid="qr-card" lang="ko">
      <Stack align="center" gap="sm">
        <Title order={3} ta="center" className={classes.title} size="h3">
          {title}
        </Title>
        {subtitle ? (
          <Text ta="center" size="sm" c="dimmed" maw={360}>
            {subtitle}
          </Text>
        ) : null}
        {png ? (
          <img
            src={png}
            alt={t("qrCard.alt", { title })}
            width={size}
            height={size}
            className={classes.image}
            data-testid="qr-image"
            style={{ imageRendering: "pixelated" }}
          />
        ) : failed ? (
          <Text c="red" size="sm">
            {t("qrCard.failed")}
          </Text>
        ) : (
          <Skeleton width={size} height={size} />
        )}
        <Text size="sm" fw={500} ta="center">
          {t("qrCard.scan")}
        </Text>
        <Text size="xs" c="dimmed" ta="center" className={classes.url} data-testid="qr-url">
          {url}
        </Text>
        <Group gap="xs" justify="center" className={classes.noPrint}>
          <Button
            component="a"
            href={png ?? undefined}
            download={fileName(title)}
            variant="light"
            size="sm"
            leftSection={<IconDownload size={16} />}
            disabled={!png}
          >
            {t("qrCard.downloadPng")}
          </Button>
          <Button variant="default" size="sm" leftSection={<IconPrinter size={16} />} onClick={print} disabled={!png}>
            {t("qrCard.print")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
