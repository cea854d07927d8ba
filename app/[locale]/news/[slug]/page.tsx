import type { Metadata } from "next";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleView } from "@/components/article/article-view";
import { ReaderChrome } from "@/components/layout/reader-chrome";
import type { LanguageAlternates } from "@/components/layout/site-header";
import { isLocale, localeTags, type Locale } from "@/lib/locales";
import { paths, languageAlternates } from "@/lib/paths";
import {
  cachedArticle,
  cachedComments,
  cachedRedirect,
  cachedRelatedArticles,
  cachedSiteSettings,
} from "@/server/reader-data";
import { RelatedArticles } from "@/components/article/related-articles";
import { absoluteUrl, siteName, siteDefaultLocale } from "@/server/site-url";
import { ReadBeacon } from "@/components/article/read-beacon";
import { JsonLd } from "@/components/article/json-ld";
import { breadcrumbJsonLd, newsArticleJsonLd } from "@/lib/structured-data";
import { CommentsSection } from "@/components/article/comments/comments-section";
import { CommentForm } from "@/components/article/comments/comment-form.client";
import { commentFormText } from "@/components/article/comments/comment-form-text";
import { initialCommentFormState } from "@/lib/comments/form-state";
import { cachedPageFormToken } from "@/server/comments/form-token";
import { postCommentAction } from "./comment/actions";

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
      languages: languageAlternates(translationLinks(locale, article), await siteDefaultLocale()),
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
  const alternates = translationLinks(locale, article);
  const related = await cachedRelatedArticles(locale, article.id);
  const shareUrl = await absoluteUrl(paths.article(locale, article.slug));
  const tSite = await getTranslations("site");
  const name = await siteName(locale);
  const settings = await cachedSiteSettings();
  const commentsOpen = article.commentsEnabled && settings.commentsEnabled;
  const comments = await cachedComments(article.id);
  const commentPage = paths.articleComment(locale, article.slug);
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
    commentCount: commentsOpen || settings.closedCommentsVisible ? comments.count : 0,
  });
  const breadcrumbs = breadcrumbJsonLd([
    { name: tSite("home"), url: await absoluteUrl(paths.home(locale)) },
    ...(article.topic
      ? [{ name: article.topic.name, url: await absoluteUrl(paths.topic(locale, article.topic.slug)) }]
      : []),
    { name: article.title, url: shareUrl },
  ]);
  return (
    <ReaderChrome locale={locale} alternates={alternates}>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <JsonLd data={structuredData} />
        <JsonLd data={breadcrumbs} />
        <ArticleView locale={locale} article={article} shareUrl={shareUrl} />
        <CommentsSection
          comments={comments}
          open={commentsOpen}
          showWhenClosed={settings.closedCommentsVisible}
          replyHref={(id) => `${commentPage}?replyTo=${id}#comment-form`}
          form={
            commentsOpen && (
              // This page is cached: its form carries the token of the current slot, the same for
              // every reader (server/comments/form-token.ts explains why that is enough).
              <div className="mt-10">
                <CommentForm
                  action={postCommentAction.bind(null, article.id)}
                  permalink={commentPage}
                  initial={initialCommentFormState(cachedPageFormToken(article.id))}
                  text={await commentFormText()}
                />
              </div>
            )
          }
        />
        <ReadBeacon articleId={article.id} />

        <RelatedArticles articles={related} />
      </main>
    </ReaderChrome>
  );
}
