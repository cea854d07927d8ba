import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { getSiteSettings, listLogoChoices } from "@/db/queries/site/settings";
import { SettingsForm } from "@/components/newsroom/settings-form";
import { defaultLocale, isLocale, localeNames, locales } from "@/lib/locales";
import { settingsFormValues } from "@/lib/validation/settings-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireStaffPage("settings.manage");
  const t = await getTranslations("settings");
  const uiLocale = await getLocale();
  const locale = isLocale(uiLocale) ? uiLocale : defaultLocale;
  const [settings, logos] = await Promise.all([getSiteSettings(), listLogoChoices(user, locale)]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-sm text-ink-muted">{t("intro")}</p>
      <SettingsForm
        initial={{ status: "idle", values: settingsFormValues(settings), errors: {} }}
        languages={locales.map((code) => ({ code, name: localeNames[code] }))}
        logos={logos.map((logo) => ({ id: logo.id, label: `${logo.alt} (${logo.width}×${logo.height})` }))}
      />
    </>
  );
}
