import { Button, Center, Container } from "@mantine/core";
import { IconBuildingHospital, IconLock, IconMapQuestion } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyBlock } from "../components/states.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <EmptyBlock
        icon={<IconMapQuestion size={28} />}
        title={t("errors.notFoundTitle")}
        description={t("errors.notFoundBody")}
        action={
          <Button component={Link} to="/">
            {t("errors.goHome")}
          </Button>
        }
      />
    </Container>
  );
}

export function NoHospitalPage() {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" p="xl">
      <Container size="sm">
        <EmptyBlock
          icon={<IconBuildingHospital size={28} />}
          title={t("errors.title")}
          description={t("errors.noHospital")}
        />
      </Container>
    </Center>
  );
}

/** The URL names a hospital the user does not belong to. */
export function NotMemberPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <EmptyBlock
        icon={<IconLock size={28} />}
        title={t("errors.forbidden")}
        description={t("errors.notFoundBody")}
        action={
          <Button component={Link} to="/">
            {t("errors.goHome")}
          </Button>
        }
      />
    </Container>
  );
}

/** Shown inside admin-only pages to users below admin. */
export function AdminOnly() {
  const { t } = useTranslation();
  return (
    <EmptyBlock icon={<IconLock size={28} />} title={t("errors.forbidden")} description={t("members.adminOnly")} />
  );
}
