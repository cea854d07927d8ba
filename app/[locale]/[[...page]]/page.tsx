import type { Metadata } from "next";
import { siteDefaultLocale } from "@/server/site-url";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleTeaser } from "@/components/article/article-teaser";
import { BreakingBanner } from "@/components/article/breaking-banner";
import { Pagination } from "@/components/layout/pagination";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import { isLocale, locales, type Locale } from "@/lib/locales";
import { feedAlternates, languageAlternates, parsePageSegment, paths, safeDecode } from "@/lib/paths";
import {
  cachedFrontPage,
  cachedFrontPageTopics,
  cachedOldAddress,
  cachedTeaserPage,
  cachedTopicHeadlines,
} from "@/server/reader-data";

// Rendered on the first request, then served from the cache until a publish invalidates it.
export const dynamic = "force-static";
// Also the CDN lifetime (s-maxage): short, since a CDN does not hear about publications.
export const revalidate = 60;

type Props = PageProps<"/[locale]/[[...page]]">;

async function resolve(props: Props): Promise<{ locale: Locale; page: number }> {
  const { locale, page: segment } = await props.params;
  const page = parsePageSegment(segment);
  if (!isLocale(locale)) notFound();
  if (page === null) {
    // Not a page of the listing: perhaps a story's address on the site Heraldo replaced
    // (/es/2019/05/nota), which leads to the article it became (server/site-import).
    const old = segment ? await cachedOldAddress(`/${locale}/${segment.map(safeDecode).join("/")}`) : null;
    if (old) permanentRedirect(paths.article(old.locale, old.slug));
    notFound();
  }
  return { locale, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page } = await resolve(props);
  const t = await getTranslations({ locale, namespace: "front" });
  const canonical = paths.paged(paths.home(locale), page);
  return {
    ...(page > 1 ? { title: t("pageTitle", { page }) } : {}),
    alternates: {
      canonical,
      languages: languageAlternates(
        Object.fromEntries(locales.map((l) => [l, paths.home(l)])),
        await siteDefaultLocale(),
      ),
      types: feedAlternates(paths.home(locale)),
    },
  };
}

export default async function FrontPage(props: Props) {
  const { locale, page } = await resolve(props);
  setRequestLocale(locale);
  const t = await getTranslations("front");
  const list = await cachedTeaserPage(locale, page);
  if (!list) notFound();
  const base = paths.home(locale);

  if (page > 1) {
    return (
      <ReaderChrome locale={locale}>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
          <h1 className="border-b-2 border-ink pb-2 font-serif text-3xl font-bold">{t("pageTitle", { page })}</h1>
          <ol className="mt-6 divide-y divide-rule">
            {list.items.map((article) => (
              <li key={article.id} className="py-6">
                <ArticleTeaser article={article} variant="row" headingLevel={2} />
              </li>
            ))}
          </ol>
          <Pagination base={base} page={page} pageCount={list.pageCount} />
        </main>
      </ReaderChrome>
    );
  }

  const [front, frontTopics] = await Promise.all([cachedFrontPage(locale), cachedFrontPageTopics(locale)]);
  const topicBlocks = await Promise.all(
    frontTopics.map(async (topic) => ({ topic, articles: await cachedTopicHeadlines(locale, topic.id, 4) })),
  );

  return (
    <ReaderChrome locale={locale} banner={front.breaking && <BreakingBanner article={front.breaking} />}>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <h1 className="sr-only">{t("title")}</h1>
        {!front.lead && <p className="py-20 text-center text-lg text-ink-muted">{t("empty")}</p>}
        {front.lead && (
          <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <section aria-labelledby="lead-heading">
              <h2 id="lead-heading" className="sr-only">
                {t("lead")}
              </h2>
              <ArticleTeaser article={front.lead} variant="lead" preload headingLevel={3} />
            </section>
            <section aria-labelledby="latest-heading" className="lg:border-l lg:border-rule lg:pl-8">
              <h2
                id="latest-heading"
                className="border-b-2 border-ink pb-1 text-sm font-bold tracking-widest uppercase"
              >
                {t("latest")}
              </h2>
              <ol className="divide-y divide-rule">
                {front.latest.slice(0, 5).map((article) => (
                  <li key={article.id} className="py-4">
                    <ArticleTeaser article={article} variant="compact" />
                  </li>
                ))}
              </ol>
            </section>
          </div>
        )}

        {topicBlocks
          .filter((block) => block.articles.length > 0)
          .map(({ topic, articles }) => (
            <section key={topic.id} aria-labelledby={`topic-${topic.id}`} className="mt-14">
              <div className="flex items-baseline justify-between border-b-2 border-ink pb-1">
                <h2 id={`topic-${topic.id}`} className="font-serif text-2xl font-bold">
                  <Link href={paths.topic(locale, topic.slug)} className="hover:text-accent">
                    {topic.name}
                  </Link>
                </h2>
                <Link href={paths.topic(locale, topic.slug)} className="text-sm font-medium text-link hover:underline">
                  {t("moreIn", { topic: topic.name })} →
                </Link>
              </div>
              <ul className="mt-6 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
                {articles.map((article) => (
                  <li key={article.id}>
                    <ArticleTeaser article={{ ...article, topic: null }} variant="card" />
                  </li>
                ))}
              </ul>
            </section>
          ))}

        {list.items.length > 0 && (
          <section aria-labelledby="all-news" className="mt-16 max-w-4xl">
            <h2 id="all-news" className="border-b-2 border-ink pb-1 font-serif text-2xl font-bold">
              {t("allNews")}
            </h2>
            <ol className="divide-y divide-rule">
              {list.items.map((article) => (
                <li key={article.id} className="py-6">
                  <ArticleTeaser article={article} variant="row" />
                </li>
              ))}
            </ol>
            <Pagination base={base} page={1} pageCount={list.pageCount} />
          </section>
        )}
      </main>
    </ReaderChrome>
  );
}
