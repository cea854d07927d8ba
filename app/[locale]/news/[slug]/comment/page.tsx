/**
 * The comment form's own page, rendered per request (never cached): the article's form posts
 * here, so this is where a reader without JavaScript sees "awaiting moderation" or the form again
 * with what they typed and why it was refused. "Reply" links lead here too (`?replyTo=<id>`).
 * Its token is issued at this very moment (the article page's is shared by a cache slot).
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import { CommentForm } from "@/components/article/comments/comment-form.client";
import { commentFormText } from "@/components/article/comments/comment-form-text";
import { CommentText } from "@/components/article/comments/comment-text";
import { initialCommentFormState } from "@/lib/comments/form-state";
import { isLocale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { freshFormToken } from "@/server/comments/form-token";
import { cachedArticle, cachedComments, cachedSiteSettings } from "@/server/reader-data";
import { postCommentAction } from "./actions";

type Props = PageProps<"/[locale]/news/[slug]/comment">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const article = await cachedArticle(locale, slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: "readerComments" });
  return { title: t("pageTitle", { title: article.title }), robots: { index: false, follow: true } };
}

export default async function CommentPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const article = await cachedArticle(locale, slug);
  if (!article) notFound();
  const t = await getTranslations("readerComments");
  const settings = await cachedSiteSettings();
  const open = article.commentsEnabled && settings.commentsEnabled;
  const replyTo = (await searchParams).replyTo;
  const comments = await cachedComments(article.id);
  const parent =
    typeof replyTo === "string" && /^[1-9]\d{0,9}$/.test(replyTo)
      ? (comments.threads.find((thread) => thread.id === Number(replyTo)) ?? null)
      : null;
  const articlePath = paths.article(locale, article.slug);
  const back = (
    <p className="mt-2">
      <a href={`${articlePath}#comments`} className="font-medium text-link hover:underline">
        {t("backToArticle")}
      </a>
    </p>
  );
  return (
    <ReaderChrome locale={locale}>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <h1 className="font-serif text-2xl leading-tight font-bold sm:text-3xl">
          {t("pageTitle", { title: article.title })}
        </h1>
        {back}
        {parent && (
          <blockquote className="mt-6 border-l-4 border-rule pl-4">
            <p className="text-sm font-semibold">{parent.authorName}</p>
            <CommentText body={parent.body} className="mt-1 text-ink-muted" />
          </blockquote>
        )}
        {open ? (
          <CommentForm
            action={postCommentAction.bind(null, article.id)}
            permalink={paths.articleComment(locale, article.slug)}
            initial={initialCommentFormState(freshFormToken(article.id), parent?.id ?? null)}
            text={await commentFormText(parent?.authorName ?? null)}
            after={back}
          />
        ) : (
          <p className="mt-8 border-t border-rule pt-4 text-sm text-ink-muted">{t("closed")}</p>
        )}
      </main>
    </ReaderChrome>
  );
}
