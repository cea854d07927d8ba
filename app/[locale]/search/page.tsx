import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HighlightedSnippet } from "@/components/article/highlighted-snippet";
import { PublishedTime } from "@/components/article/published-time";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import { searchArticles } from "@/db/queries/reader/search";
import { isLocale, locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { readSearchParams, searchQueryString } from "@/lib/validation/search-params";
import { cachedTopics } from "@/server/reader-data";

type Props = PageProps<"/[locale]/search">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "search" });
  // Results pages are not for search engines (robots.txt says so too).
  return { title: t("title"), robots: { index: false, follow: true } };
}

const fieldClass = "w-full rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base";

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("search");
  const query = readSearchParams(await searchParams);
  if (query.page === null) notFound();
  const topics = await cachedTopics(locale);
  const topic = topics.find((item) => item.slug === query.topic);
  const asked = query.q.trim() !== "";
  const results = asked
    ? await searchArticles(locale, query.q, { topicId: topic?.id, from: query.from, to: query.to }, query.page)
    : null;
  if (asked && !results) notFound();
  const raw = await searchParams;
  const linkParams = {
    q: query.q,
    topic: topic?.slug,
    from: typeof raw.from === "string" ? raw.from : undefined,
    to: typeof raw.to === "string" ? raw.to : undefined,
  };
  const base = `/${locale}/search`;
  const alternates = Object.fromEntries(locales.map((l) => [l, `/${l}/search`]));

  return (
    <ReaderChrome locale={locale} alternates={alternates}>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
        <h1 className="font-serif text-4xl font-bold">{t("title")}</h1>
        <form method="get" action={base} role="search" className="mt-6 grid gap-4 sm:grid-cols-[1fr_auto]">
          <div>
            <label htmlFor="q" className="mb-1 block text-sm font-semibold">
              {t("query")}
            </label>
            <input id="q" name="q" type="search" defaultValue={query.q} maxLength={500} className={fieldClass} />
          </div>
          <div className="flex items-end">
            <button
              type="submit"
              className="w-full rounded-sm bg-ink px-6 py-2.5 font-semibold text-paper hover:opacity-90"
            >
              {t("submit")}
            </button>
          </div>
          <fieldset className="grid gap-4 sm:col-span-2 sm:grid-cols-3">
            <legend className="mb-1 text-sm font-semibold">{t("filters")}</legend>
            <div>
              <label htmlFor="topic" className="mb-1 block text-sm">
                {t("topic")}
              </label>
              <select id="topic" name="topic" defaultValue={topic?.slug ?? ""} className={fieldClass}>
                <option value="">{t("anyTopic")}</option>
                {topics.map((item) => (
                  <option key={item.id} value={item.slug}>
                    {item.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="from" className="mb-1 block text-sm">
                {t("from")}
              </label>
              <input id="from" name="from" type="date" defaultValue={linkParams.from} className={fieldClass} />
            </div>
            <div>
              <label htmlFor="to" className="mb-1 block text-sm">
                {t("to")}
              </label>
              <input id="to" name="to" type="date" defaultValue={linkParams.to} className={fieldClass} />
            </div>
          </fieldset>
        </form>

        {query.invalidDates.length > 0 && (
          <div role="status" className="mt-6 rounded-sm border border-rule px-4 py-3 text-sm">
            {query.invalidDates.map((field) => (
              <p key={field}>{t("invalidDate", { date: (linkParams[field] ?? "").slice(0, 40), field: t(field) })}</p>
            ))}
          </div>
        )}

        {results && (
          <section aria-labelledby="results-heading" className="mt-10">
            <h2 id="results-heading" className="border-b-2 border-ink pb-1 text-sm font-bold tracking-widest uppercase">
              {results.total === 0
                ? t("nothing", { query: query.q })
                : t(results.moreThanTotal ? "countMoreThan" : "count", { count: results.total, query: query.q })}
            </h2>
            <ol className="divide-y divide-rule">
              {results.items.map((hit) => (
                <li key={hit.id} className="flex items-start gap-4 py-6">
                  <div className="min-w-0 flex-1">
                    <h3 className="font-serif text-xl leading-snug font-semibold">
                      <Link href={paths.article(hit.locale, hit.slug)} className="hover:underline">
                        {hit.title}
                      </Link>
                    </h3>
                    <p className="mt-2 leading-relaxed text-ink-muted">
                      {hit.snippet.includes("\u0001") ? <HighlightedSnippet text={hit.snippet} /> : hit.summary}
                    </p>
                    <p className="mt-2 text-sm text-ink-muted">
                      <PublishedTime iso={hit.publishedAt} />
                    </p>
                  </div>
                  {hit.image && (
                    <Image
                      src={hit.image.src}
                      alt={hit.image.alt}
                      // A fixed-width thumbnail: a 1x and a 2x file, not every width.
                      width={160}
                      height={Math.round((160 * hit.image.height) / hit.image.width)}
                      loading="lazy"
                      className="aspect-[4/3] w-24 shrink-0 rounded-sm object-cover sm:w-40"
                    />
                  )}
                </li>
              ))}
            </ol>
            {results.pageCount > 1 && (
              <nav aria-label={t("pagination")} className="mt-8 flex items-center justify-between text-sm">
                {results.page > 1 ? (
                  <Link
                    href={`${base}?${searchQueryString(linkParams, results.page - 1)}`}
                    rel="prev"
                    className="rounded-sm border border-rule px-4 py-2 font-medium hover:border-ink"
                  >
                    ← {t("previous")}
                  </Link>
                ) : (
                  <span />
                )}
                <p className="text-ink-muted">{t("page", { page: results.page, count: results.pageCount })}</p>
                {results.page < results.pageCount ? (
                  <Link
                    href={`${base}?${searchQueryString(linkParams, results.page + 1)}`}
                    rel="next"
                    className="rounded-sm border border-rule px-4 py-2 font-medium hover:border-ink"
                  >
                    {t("next")} →
                  </Link>
                ) : (
                  <span />
                )}
              </nav>
            )}
          </section>
        )}
      </main>
    </ReaderChrome>
  );
}
