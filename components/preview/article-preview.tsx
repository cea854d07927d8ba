/**
 * An article not (necessarily) published, shown exactly as its reader page will show it, under
 * a bar that says plainly that this is a preview.
 */
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { RelatedArticles } from "@/components/article/related-articles";
import { ArticleView } from "@/components/article/article-view";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import type { ArticleDetail, ArticleTeaser as ArticleTeaserData } from "@/db/queries/types";
import type { Locale } from "@/lib/locales";
import type { ArticleStatus } from "@/lib/roles";

/** What the staff preview and a share link both load (server/previews.ts). */
export type PreviewContent = {
  locale: Locale;
  article: ArticleDetail;
  status: ArticleStatus;
  shareUrl: string;
  related: ArticleTeaserData[];
};

export async function ArticlePreview({
  preview: { locale, article, status, shareUrl, related },
  editHref,
  expiresAt,
}: {
  preview: PreviewContent;
  /** For staff: back to the editor. */
  editHref?: string;
  /** For share links: when the link stops working. */
  expiresAt?: Date;
}) {
  const t = await getTranslations("workflow.preview");
  const format = await getFormatter();
  return (
    <>
      <div
        role="region"
        aria-label={t("barLabel")}
        className="sticky top-0 z-40 border-b-4 border-amber-500 bg-amber-100 text-amber-950 no-print"
      >
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2 text-sm sm:px-6">
          <p className="font-bold">
            {status === "published" ? t("markPublished") : t("mark")}
            <span className="ml-2 font-normal">{t(`status.${status}`)}</span>
          </p>
          <p className="flex flex-wrap items-center gap-x-4">
            {expiresAt && (
              <span>
                {t("expires", { time: format.dateTime(expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
              </span>
            )}
            {editHref && (
              <Link prefetch={false} href={editHref} className="font-semibold underline underline-offset-2">
                {t("backToEditor")}
              </Link>
            )}
          </p>
        </div>
      </div>
      <ReaderChrome locale={locale}>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
          <ArticleView
            locale={locale}
            article={article}
            shareUrl={shareUrl}
            unpublishedNote={
              status === "published"
                ? undefined
                : status === "scheduled"
                  ? t("willPublish", {
                      time: format.dateTime(new Date(article.publishedAt), { dateStyle: "long", timeStyle: "short" }),
                    })
                  : t("notPublishedYet")
            }
          />
          <RelatedArticles articles={related} />
        </main>
      </ReaderChrome>
    </>
  );
}
