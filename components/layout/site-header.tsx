import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { localeNames, locales, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { cachedTopics } from "@/server/reader-data";
import { siteName } from "@/server/site-url";

/** Where the language switcher leads: the page's translation, else the other front page. */
export type LanguageAlternates = Partial<Record<Locale, string>>;

export async function SiteHeader({ locale, alternates = {} }: { locale: Locale; alternates?: LanguageAlternates }) {
  const t = await getTranslations("site");
  const name = await siteName(locale);
  const tSearch = await getTranslations("search");
  const format = await getFormatter();
  const topics = await cachedTopics(locale);
  const others = locales.filter((l) => l !== locale);
  return (
    <header className="border-b border-rule bg-paper no-print">
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-4 px-4 pt-5 pb-3 sm:px-6">
        <div>
          <Link href={paths.home(locale)} className="inline-block">
            <span className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">{name}</span>
            <span className="sr-only"> — {t("home")}</span>
          </Link>
          <p className="mt-1 text-sm text-ink-muted">{t("tagline")}</p>
        </div>
        <div className="flex flex-col items-end gap-1 text-sm">
          <div className="flex items-center gap-3">
            <Link
              href={`/${locale}/search`}
              className="rounded-sm border border-rule px-2 py-1 font-medium hover:border-ink"
              aria-label={tSearch("open")}
            >
              {tSearch("title")}
            </Link>
            <nav aria-label={t("languageSwitcher")}>
              <ul className="flex gap-3">
                {others.map((other) => (
                  <li key={other}>
                    <Link
                      href={alternates[other] ?? paths.home(other)}
                      hrefLang={other}
                      lang={other}
                      className="rounded-sm border border-rule px-2 py-1 font-medium hover:border-ink"
                    >
                      {localeNames[other]}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
          <p className="hidden text-ink-muted sm:block">{format.dateTime(new Date(), { dateStyle: "full" })}</p>
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-rule">
        <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2.5 text-sm font-medium whitespace-nowrap sm:px-6">
          <li>
            <Link href={paths.home(locale)} className="hover:text-accent">
              {t("home")}
            </Link>
          </li>
          {topics.map((topic) => (
            <li key={topic.id}>
              <Link href={paths.topic(locale, topic.slug)} className="hover:text-accent">
                {topic.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
