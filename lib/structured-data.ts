/**
 * schema.org JSON-LD for articles: NewsArticle (with isBasedOn for the source and correction
 * notes) and BreadcrumbList. Pure: callers pass absolute URLs.
 */
import type { ArticleDetail } from "@/db/queries/types";

export type ArticleContext = {
  url: string;
  homeUrl: string;
  imageUrl: string | null;
  shareImageUrl: string;
  siteName: string;
  logoUrl: string;
  authorUrls: Record<number, string>;
  topicUrl: string | null;
  /** Approved comments shown on the page (a count only: nothing a commenter wrote is repeated here). */
  commentCount?: number;
};

export function newsArticleJsonLd(article: ArticleDetail, context: ArticleContext) {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": context.url },
    url: context.url,
    headline: article.title,
    description: article.summary,
    image: [context.imageUrl, context.shareImageUrl].filter((u): u is string => u !== null),
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    inLanguage: article.locale,
    author: article.authors.map((author) => ({
      "@type": "Person",
      name: author.name,
      url: context.authorUrls[author.id],
    })),
    publisher: {
      "@type": "NewsMediaOrganization",
      name: context.siteName,
      url: context.homeUrl,
      logo: { "@type": "ImageObject", url: context.logoUrl, width: 512, height: 512 },
    },
    ...(article.topics.length ? { articleSection: article.topics.map((t) => t.name) } : {}),
    ...(article.sourceName
      ? {
          isBasedOn: {
            "@type": "CreativeWork",
            name: article.sourceName,
            ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
          },
        }
      : {}),
    ...(article.correction
      ? { correction: { "@type": "CorrectionComment", text: article.correction, datePublished: article.updatedAt } }
      : {}),
    ...(context.commentCount !== undefined ? { commentCount: context.commentCount } : {}),
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the tag. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
