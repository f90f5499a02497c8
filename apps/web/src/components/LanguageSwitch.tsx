import { SegmentedControl } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.ts";
import { keys } from "../api/queries.ts";
import type { Session } from "../api/types.ts";
import { currentLanguage, type Language } from "../i18n/index.ts";

/** 한국어 / English. The choice lives in localStorage; signed-in users also get it saved on their account. */
export function LanguageSwitch({ size = "xs" }: { size?: "xs" | "sm" }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const change = (lng: Language) => {
    void i18n.changeLanguage(lng);
    const session = qc.getQueryData<Session | null>(keys.me);
    if (session && session.user.locale !== lng) {
      api
        .patch<Session>("/api/auth/me", { locale: lng })
        .then((s) => qc.setQueryData(keys.me, s))
        .catch(() => {
          // The browser remembers the choice anyway; the account preference is a nicety.
        });
    }
  };
  return (
    <SegmentedControl
      size={size}
      radius="xl"
      aria-label={t("header.language")}
      value={currentLanguage()}
      onChange={(v) => change(v === "en" ? "en" : "ko")}
      data={[
        { value: "ko", label: t("language.ko") },
        { value: "en", label: t("language.en") },
      ]}
      data-testid="language-switch"
    />
  );
}
