import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { SettingsForm } from "./_components/settings-form.client";
import { getPickerImage } from "@/db/queries/media/picker";
import { getSiteSettings } from "@/db/queries/site/settings";
import { defaultLocale, isLocale, localeNames, locales } from "@/lib/locales";
import { settingsFormValues } from "@/lib/validation/settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { Notice } from "@/components/ui/notice";
import { isLocalAddress } from "@/lib/local-address";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireStaffPage("settings.manage");
  const t = await getTranslations("settings");
  const uiLocale = await getLocale();
  const locale = isLocale(uiLocale) ? uiLocale : defaultLocale;
  const settings = await getSiteSettings();
  const logo = settings.logoMediaId === null ? null : await getPickerImage(user, settings.logoMediaId, locale);
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} className="mb-6" />
      {/* A standing warning, not announced: it stays until the address is changed. */}
      {isLocalAddress(settings.publicUrl) && (
        <Notice tone="warning" role={null} className="mb-6 max-w-3xl">
          {t("localAddress", { address: settings.publicUrl })}
        </Notice>
      )}
      <SettingsForm
        initial={{ status: "idle", values: settingsFormValues(settings), errors: {} }}
        languages={locales.map((code) => ({ code, name: localeNames[code] }))}
        logo={logo}
      />
    </>
  );
}
