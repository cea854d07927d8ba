import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleBody } from "@/components/article/article-body";
import { Byline } from "@/components/article/byline";
import { PublishedTime } from "@/components/article/published-time";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import type { LanguageAlternates } from "@/components/layout/site-header";
import { defaultLocale, isLocale, localeTags, type Locale } from "@/lib/locales";
import { paths, languageAlternates } from "@/lib/paths";
import { cachedArticle, cachedRedirect, cachedRelatedArticles } from "@/server/reader-data";
import { ArticleTeaser } from "@/components/article/article-teaser";
import { ShareLinks } from "@/components/article/share-links";
import { absoluteUrl, siteName } from "@/server/site-url";
import { JsonLd } from "@/components/article/json-ld";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/structured-data";
import { PrintLinks } from "@/components/article/print-links";

export const dynamic = "force-static";
// Also the CDN lifetime (s-maxage): short, since a CDN does not hear about publications.
export const revalidate = 60;

type Props = PageProps<"/[locale]/news/[slug]">;

async function load(props: Props) {
  const { locale, slug } = await props.params;
  if (!isLocale(locale)) notFound();
  const article = await cachedArticle(locale, slug);
  if (!article) {
    // An old address (the slug changed, or an editor added a redirect) leads on; else 404.
    const target = await cachedRedirect(locale, slug);
    if (target?.permanent) permanentRedirect(target.path);
    if (target) redirect(target.path);
    notFound();
  }
  return { locale, article };
}

function translationLinks(locale: Locale, article: { slug: string; translations: { locale: string; slug: string }[] }) {
  const alternates: LanguageAlternates = { [locale]: paths.article(locale, article.slug) };
  for (const translation of article.translations) {
    if (isLocale(translation.locale))
      alternates[translation.locale] = paths.article(translation.locale, translation.slug);
  }
  return alternates;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, slug } = await props.params;
  if (!isLocale(locale)) return {};
  const article = await cachedArticle(locale, slug);
  if (!article) return {};
  const name = await siteName(locale);
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.summary;
  return {
    title,
    description,
    alternates: {
      canonical: paths.article(locale, article.slug),
      languages: languageAlternates(translationLinks(locale, article), defaultLocale),
    },
    openGraph: {
      type: "article",
      url: paths.article(locale, article.slug),
      title,
      description,
      siteName: name,
      locale: localeTags[locale].replace("-", "_"),
      alternateLocale: article.translations.flatMap((tr) =>
        isLocale(tr.locale) ? [localeTags[tr.locale].replace("-", "_")] : [],
      ),
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      authors: article.authors.map((author) => paths.author(locale, author.slug)),
      section: article.topic?.name,
      tags: article.topics.map((topic) => topic.name),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function ArticlePage(props: Props) {
  const { locale, article } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations("article");
  const languageName = await getTranslations("languages");
  const alternates = translationLinks(locale, article);
  const related = await cachedRelatedArticles(locale, article.id);
  const shareUrl = await absoluteUrl(paths.article(locale, article.slug));
  const tSite = await getTranslations("site");
  const name = await siteName(locale);
  const authorUrls = Object.fromEntries(
    await Promise.all(
      article.authors.map(async (a) => [a.id, await absoluteUrl(paths.author(locale, a.slug))] as const),
    ),
  );
  const structuredData = newsArticleJsonLd(article, {
    url: shareUrl,
    homeUrl: await absoluteUrl(paths.home(locale)),
    imageUrl: article.image ? await absoluteUrl(article.image.src) : null,
    shareImageUrl: await absoluteUrl(`${paths.article(locale, article.slug)}/opengraph-image`),
    siteName: name,
    logoUrl: await absoluteUrl("/logo.png"),
    authorUrls,
    topicUrl: article.topic ? await absoluteUrl(paths.topic(locale, article.topic.slug)) : null,
  });
  const breadcrumbs = breadcrumbJsonLd([
    { name: tSite("home"), url: await absoluteUrl(paths.home(locale)) },
    ...(article.topic
      ? [{ name: article.topic.name, url: await absoluteUrl(paths.topic(locale, article.topic.slug)) }]
      : []),
    { name: article.title, url: shareUrl },
  ]);
  const updated =
    article.updatedAt > article.publishedAt &&
    new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 60_000;

  return (
    <ReaderChrome locale={locale} alternates={alternates}>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <JsonLd data={structuredData} />
        <JsonLd data={breadcrumbs} />
        <article className="mx-auto max-w-3xl">
          <header>
            {article.topic && (
              <p className="text-sm font-semibold tracking-wider text-accent uppercase">
                <Link href={paths.topic(locale, article.topic.slug)} className="hover:underline">
                  {article.topic.name}
                </Link>
              </p>
            )}
            <h1 className="mt-2 font-serif text-3xl leading-tight font-bold sm:text-5xl sm:leading-[1.1]">
              {article.title}
            </h1>
            <p className="mt-4 text-xl leading-relaxed text-ink-muted">{article.summary}</p>
            <div className="mt-6 flex flex-col gap-1 border-y border-rule py-3 text-sm">
              <Byline authors={article.authors} locale={locale} />
              <p className="text-ink-muted">
                {t("published")} <PublishedTime iso={article.publishedAt} withTime />
                {" · "}
                {t("readingTime", { minutes: article.readingMinutes })}
                {updated && (
                  <>
                    {" · "}
                    {t("updated")} <PublishedTime iso={article.updatedAt} withTime />
                  </>
                )}
              </p>
              {article.sourceName && (
                <p className="text-ink-muted">
                  {t("source")}:{" "}
                  {article.sourceUrl ? (
                    <a href={article.sourceUrl} className="text-link hover:underline" rel="noopener noreferrer">
                      {article.sourceName}
                    </a>
                  ) : (
                    article.sourceName
                  )}
                </p>
              )}
            </div>
            {article.translations.length > 0 && (
              <p className="mt-3 text-sm no-print">
                {article.translations
                  .filter((tr) => isLocale(tr.locale))
                  .map((tr) => (
                    <Link
                      key={tr.locale}
                      href={paths.article(tr.locale, tr.slug)}
                      hrefLang={tr.locale}
                      className="font-medium text-link hover:underline"
                    >
                      {t("readTranslation", { language: languageName(tr.locale as Locale) })} →
                    </Link>
                  ))}
              </p>
            )}
          </header>

          {article.image && (
            <figure className="mt-8 -mx-4 sm:mx-0">
              <Image
                src={article.image.src}
                alt={article.image.alt}
                width={article.image.width}
                height={article.image.height}
                sizes="(min-width: 768px) 768px, 100vw"
                preload
                className="aspect-[16/9] w-full object-cover sm:rounded-sm"
              />
              {(article.leadImageCaption || article.leadImageCredit) && (
                <figcaption className="mt-2 px-4 text-sm text-ink-muted sm:px-0">
                  {article.leadImageCaption}
                  {article.leadImageCredit && (
                    <span className="ml-1 text-xs tracking-wide uppercase">
                      {t("imageCredit", { credit: article.leadImageCredit })}
                    </span>
                  )}
                </figcaption>
              )}
            </figure>
          )}

          <div className="mt-8">
            <ArticleBody html={article.body} />
          </div>

          {article.correction && (
            <aside aria-labelledby="correction" className="mt-10 border-l-4 border-accent bg-paper-raised px-5 py-4">
              <h2 id="correction" className="text-sm font-bold tracking-wider uppercase">
                {t("correction")}
              </h2>
              <p className="mt-1">{article.correction}</p>
            </aside>
          )}

          {article.sourceName && (
            <p className="mt-10 border-t border-rule pt-4 text-sm text-ink-muted">
              {article.sourceUrl ? (
                <a href={article.sourceUrl} rel="noopener noreferrer" className="text-link hover:underline">
                  {t("retrievedFrom", { source: article.sourceName })}
                </a>
              ) : (
                t("retrievedFrom", { source: article.sourceName })
              )}
            </p>
          )}

          {article.topics.length > 0 && (
            <nav aria-label={t("storyTopics")} className="mt-6 no-print">
              <h2 className="text-sm font-bold tracking-wider uppercase">{t("topics")}</h2>
              <ul className="mt-2 flex flex-wrap gap-2">
                {article.topics.map((topic) => (
                  <li key={topic.id}>
                    <Link
                      href={paths.topic(locale, topic.slug)}
                      className="inline-block rounded-full border border-rule px-3 py-1 text-sm hover:border-ink"
                    >
                      {topic.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <div className="mt-8">
            <ShareLinks url={shareUrl} title={article.title} />
            <PrintLinks locale={locale} slug={article.slug} />
          </div>
        </article>

        {related.length > 0 && (
          <section
            aria-labelledby="related-heading"
            className="mx-auto mt-16 max-w-5xl border-t-2 border-ink pt-4 no-print"
          >
            <h2 id="related-heading" className="font-serif text-2xl font-bold">
              {t("related")}
            </h2>
            <ul className="mt-6 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
              {related.map((item) => (
                <li key={item.id}>
                  <ArticleTeaser article={item} variant="card" />
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </ReaderChrome>
  );
}
