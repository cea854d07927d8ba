import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { announcementIn } from "@/lib/settings";
import { cachedSiteSettings } from "@/server/reader-data";

/** The site-wide breaking-news banner set in the settings, on every reader page while it is on. */
export async function SiteAnnouncement({ locale }: { locale: Locale }) {
  const announcement = announcementIn(await cachedSiteSettings(), locale);
  if (!announcement) return null;
  const t = await getTranslations({ locale, namespace: "siteNotice" });
  return (
    <section aria-label={t("announcement")} className="border-b border-rule bg-ink text-paper no-print">
      <p className="mx-auto max-w-6xl px-4 py-3 font-semibold sm:px-6">
        {announcement.link ? (
          <a href={announcement.link} className="underline underline-offset-4 hover:no-underline">
            {announcement.text}
          </a>
        ) : (
          announcement.text
        )}
      </p>
    </section>
  );
}
