/**
 * An article as its reader page shows it: header, lead image, body, correction, source, topics,
 * share and print links. Shared by the reader page and the previews, so a preview is exactly
 * what readers will see.
 */
import Image from "next/image";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleDetail } from "@/db/queries/types";
import { isLocale, type Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { ArticleBody } from "./article-body";
import { Byline } from "./byline";
import { PrintLinks } from "./print-links";
import { PublishedTime } from "./published-time";
import { ShareLinks } from "./share-links";

export async function ArticleView({
  locale,
  article,
  shareUrl,
  unpublishedNote,
}: {
  locale: Locale;
  article: ArticleDetail;
  shareUrl: string;
  /**
   * For a preview of an article that is not public: said instead of "Published …", which
   * would be untrue ("Not published yet", or when a scheduled one will go live).
   */
  unpublishedNote?: string;
}) {
  const t = await getTranslations("article");
  const languageName = await getTranslations("languages");
  const updated =
    article.updatedAt > article.publishedAt &&
    new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 60_000;

  return (
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
            {unpublishedNote ?? (
              <>
                {t("published")} <PublishedTime iso={article.publishedAt} withTime />
              </>
            )}
            {" · "}
            {t("readingTime", { minutes: article.readingMinutes })}
            {updated && !unpublishedNote && (
              <>
                {" · "}
                {t("updated")} <PublishedTime iso={article.updatedAt} withTime />
              </>
            )}
          </p>
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
  );
}
