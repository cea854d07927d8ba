import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { PasswordForm } from "./_components/password-form.client";
import { ProfileForm } from "./_components/profile-form.client";
import { LanguageForm } from "./_components/language-form.client";
import { getOwnNewsroomLocale, getOwnProfile } from "@/db/queries/accounts/profile";
import { getPickerImage } from "@/db/queries/media/picker";
import { countLiveSessions } from "@/db/queries/accounts/sessions";
import { defaultLocale, isLocale, localeFromAcceptLanguage, localeNames, locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import Link from "next/link";
import { signOutEverywhereAction } from "./actions";
import { ConfirmButton } from "@/components/ui/confirm-button.client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accounts.profile");
  return { title: t("title") };
}

export default async function ProfilePage({ searchParams }: PageProps<"/admin/profile">) {
  const user = await requireStaffPage();
  const { password } = await searchParams;
  const profile = await getOwnProfile(user);
  if (!profile) return null;
  const t = await getTranslations("accounts");
  const locale = await getLocale();
  const photo =
    profile.photoMediaId === null
      ? null
      : await getPickerImage(user, profile.photoMediaId, isLocale(locale) ? locale : defaultLocale);
  const liveSessions = await countLiveSessions(user);
  const newsroomLocale = await getOwnNewsroomLocale(user);
  const browserLocale = localeFromAcceptLanguage((await headers()).get("accept-language"));
  const pick = (texts: Record<string, string>) => Object.fromEntries(locales.map((l) => [l, texts[l] ?? ""]));

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{t("profile.title")}</h1>
      <p className="mt-2 text-sm text-ink-muted">
        {t("profile.intro")}{" "}
        <Link prefetch={false} href={paths.author(locale, profile.slug)} className="text-link underline">
          {t("profile.viewPage")}
        </Link>
      </p>
      <ProfileForm
        initial={{
          name: profile.name,
          jobTitle: pick(profile.jobTitle),
          bio: pick(profile.bio),
          photoMediaId: profile.photoMediaId === null ? "" : String(profile.photoMediaId),
        }}
        languages={locales.map((code) => ({ code, name: localeNames[code] }))}
        photo={photo}
      />
      <LanguageForm chosen={newsroomLocale} browser={browserLocale} />
      <section aria-labelledby="password-heading" className="mt-12">
        <h2 id="password-heading" className="text-xl font-semibold">
          {t("password.title")}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t("password.intro")}</p>
        <PasswordForm changed={password === "changed"} />
      </section>
      <section aria-labelledby="sessions-heading" className="mt-12">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("sessions.title")}
        </h2>
        <p className="mt-1 max-w-prose text-sm text-ink-muted">
          {t("sessions.intro", { count: Math.max(1, liveSessions) })}
        </p>
        <form action={signOutEverywhereAction} className="mt-4">
          <ConfirmButton
            title={t("sessions.confirmTitle")}
            message={t("sessions.confirmMessage", { count: Math.max(1, liveSessions) })}
            confirmLabel={t("sessions.submit")}
            cancelLabel={t("confirm.cancel")}
          >
            {t("sessions.submit")}
          </ConfirmButton>
        </form>
      </section>
    </>
  );
}
