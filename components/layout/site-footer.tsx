import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { cachedTopics } from "@/server/reader-data";
import { siteName } from "@/server/site-url";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations("site");
  const name = await siteName(locale);
  const topics = await cachedTopics(locale);
  return (
    <footer className="mt-16 border-t border-rule bg-paper-raised no-print">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-serif text-2xl font-bold">{name}</p>
          <p className="mt-2 max-w-sm text-ink-muted">{t("footerAbout")}</p>
        </div>
        <nav aria-label={t("footerTopics")}>
          <h2 className="font-semibold">{t("footerTopics")}</h2>
          <ul className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1.5">
            {topics.map((topic) => (
              <li key={topic.id}>
                <Link href={paths.topic(locale, topic.slug)} className="text-ink-muted hover:text-ink hover:underline">
                  {topic.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <p className="mx-auto max-w-6xl px-4 pb-8 text-xs text-ink-muted sm:px-6">
        {t("footerRights", { year: new Date().getFullYear() })}
      </p>
    </footer>
  );
}
