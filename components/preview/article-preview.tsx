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

/**
 * For staff: the preview at full width, or the same article in a frame as wide as a phone's
 * screen, so its own layout answers to the phone's width as it will on a reader's phone.
 */
export type PreviewWidths = { current: "full" | "phone"; fullHref: string; phoneHref: string; frameSrc: string };

/** A phone's screen: 390 CSS pixels wide (the common iPhone), 844 high. */
const phone = { width: 390, height: 844 };

export async function ArticlePreview({
  preview,
  editHref,
  expiresAt,
  widths,
}: {
  preview: PreviewContent;
  /** For staff: back to the editor. */
  editHref?: string;
  /** For share links: when the link stops working. */
  expiresAt?: Date;
  widths?: PreviewWidths;
}) {
  const { status } = preview;
  const t = await getTranslations("workflow.preview");
  const format = await getFormatter();
  const widthLink = (width: PreviewWidths["current"], href: string) => (
    <Link
      prefetch={false}
      href={href}
      aria-current={widths?.current === width ? "page" : undefined}
      className="rounded-sm px-2 py-1 font-semibold underline-offset-2 hover:underline aria-[current=page]:bg-amber-950 aria-[current=page]:text-amber-50"
    >
      {t(width === "phone" ? "widthPhone" : "widthFull")}
    </Link>
  );
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
          <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
            {widths && (
              <nav aria-label={t("widthLabel")} className="flex items-center gap-1">
                {widthLink("full", widths.fullHref)}
                {widthLink("phone", widths.phoneHref)}
              </nav>
            )}
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
          </div>
        </div>
      </div>
      {widths?.current === "phone" ? (
        <div className="bg-rule/40 px-2 py-6">
          {/* The phone's width inside an 8 px frame; narrower only where the screen itself is. */}
          <div
            style={{ maxWidth: phone.width + 2 * 8 }}
            className="mx-auto w-full overflow-hidden rounded-3xl border-8 border-neutral-800 bg-white shadow-lg"
          >
            <iframe
              src={widths.frameSrc}
              title={t("phoneFrameTitle", { width: phone.width })}
              height={phone.height}
              className="block w-full"
            />
          </div>
        </div>
      ) : (
        <PreviewedArticle preview={preview} />
      )}
    </>
  );
}

/** The article as its reader page shows it, without the preview bar (also the phone frame's page). */
export async function PreviewedArticle({
  preview: { locale, article, status, shareUrl, related },
}: {
  preview: PreviewContent;
}) {
  const t = await getTranslations("workflow.preview");
  const format = await getFormatter();
  return (
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
  );
}
