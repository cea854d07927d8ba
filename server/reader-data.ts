/**
 * Reader-site data, cached across requests and tagged (lib/cache-tags.ts) so that publishing,
 * editing or unpublishing invalidates exactly the pages that show the change. The same cached
 * function serves a page and its metadata.
 */
import "server-only";
import { unstable_cache } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import {
  getFrontPage,
  getPublishedArticle,
  listRelatedArticles,
  listArticlesByAuthor,
  listArticlesByTopic,
  listPublishedArticles,
  listTopicHeadlines,
} from "@/db/queries/reader/articles";
import { getTopicBySlug, listFrontPageTopics, listTopics, resolveTopicRedirect } from "@/db/queries/topics/reads";
import { getAuthorBySlug } from "@/db/queries/reader/authors";
import { resolveRedirect } from "@/db/queries/site/redirects";
import { findImportedAddress } from "@/db/queries/site-import/lookups";
import { configuredSiteDefaults, listStoredSettings } from "@/db/queries/site/settings";
import { getMediaFile } from "@/db/queries/media/files";
import { mergeSettings, type SiteSettings } from "@/lib/settings";
import { listApprovedComments } from "@/db/queries/comments/reader";

// Pages are invalidated by tag; this is only a safety net for anything a tag misses.
const revalidate = 3600;

export function cachedFrontPage(locale: string) {
  return unstable_cache(() => getFrontPage(locale), ["front", locale], {
    tags: [cacheTags.listing(locale)],
    revalidate,
  })();
}

export function cachedTeaserPage(locale: string, page: number) {
  return unstable_cache(() => listPublishedArticles(locale, page), ["teasers", locale, String(page)], {
    tags: [cacheTags.listing(locale)],
    revalidate,
  })();
}

export function cachedArticle(locale: string, slug: string) {
  return unstable_cache(() => getPublishedArticle(locale, slug), ["article", locale, slug], {
    tags: [cacheTags.article(locale, slug)],
    revalidate,
  })();
}

/** An article's approved comments: expired by moderation alone (server/invalidate.ts). */
export function cachedComments(articleId: number) {
  return unstable_cache(() => listApprovedComments(articleId), ["comments", String(articleId)], {
    tags: [cacheTags.comments(articleId)],
    revalidate,
  })();
}

export function cachedRelatedArticles(locale: string, articleId: number) {
  return unstable_cache(() => listRelatedArticles(locale, articleId, 4), ["related", locale, String(articleId)], {
    tags: [cacheTags.listing(locale)],
    revalidate,
  })();
}

export function cachedTopics(locale: string) {
  return unstable_cache(() => listTopics(locale), ["topics", locale], { tags: [cacheTags.topics], revalidate })();
}

export function cachedFrontPageTopics(locale: string) {
  return unstable_cache(() => listFrontPageTopics(locale), ["front-topics", locale], {
    tags: [cacheTags.topics],
    revalidate,
  })();
}

export function cachedTopic(locale: string, slug: string) {
  return unstable_cache(() => getTopicBySlug(locale, slug), ["topic", locale, slug], {
    tags: [cacheTags.topics],
    revalidate,
  })();
}

/** The current slug of the topic an old (renamed or merged) address leads to, or null. */
export function cachedTopicRedirect(locale: string, slug: string) {
  return unstable_cache(() => resolveTopicRedirect(locale, slug), ["topic-redirect", locale, slug], {
    tags: [cacheTags.topics],
    revalidate,
  })();
}

export function cachedTopicHeadlines(locale: string, topicId: number, limit: number) {
  return unstable_cache(
    () => listTopicHeadlines(locale, topicId, limit),
    ["topic-headlines", locale, String(topicId), String(limit)],
    {
      tags: [cacheTags.topic(topicId), cacheTags.listing(locale)],
      revalidate,
    },
  )();
}

export function cachedTopicPage(locale: string, topicId: number, page: number) {
  return unstable_cache(
    () => listArticlesByTopic(locale, topicId, page),
    ["topic-page", locale, String(topicId), String(page)],
    {
      tags: [cacheTags.topic(topicId)],
      revalidate,
    },
  )();
}

export function cachedAuthor(slug: string) {
  return unstable_cache(() => getAuthorBySlug(slug), ["author", slug], { tags: [cacheTags.authors], revalidate })();
}

export function cachedAuthorPage(locale: string, userId: number, page: number) {
  return unstable_cache(
    () => listArticlesByAuthor(locale, userId, page),
    ["author-page", locale, String(userId), String(page)],
    {
      tags: [cacheTags.author(userId)],
      revalidate,
    },
  )();
}

/**
 * Site name, public URL, logo and other settings. Only what admins stored is cached (and
 * invalidated when they save); the environment defaults are applied on every call, so a changed
 * SITE_URL counts from the next start.
 */
export async function cachedSiteSettings(): Promise<SiteSettings> {
  const stored = await unstable_cache(() => listStoredSettings(), ["settings"], {
    tags: [cacheTags.settings],
    revalidate,
  })();
  return mergeSettings(stored, configuredSiteDefaults());
}

/** Where an old article address leads; also expired whenever an article moves or goes off-line. */
export function cachedRedirect(locale: string, slug: string) {
  return unstable_cache(() => resolveRedirect(locale, slug), ["redirect", locale, slug], {
    tags: [cacheTags.redirects, cacheTags.article(locale, slug)],
    revalidate,
  })();
}

/**
 * Where a story's address on a previous site leads now (server/site-import): the published
 * article it became. Expired with the other redirects.
 */
export function cachedOldAddress(oldPath: string) {
  return unstable_cache(() => findImportedAddress(oldPath), ["old-address", oldPath], {
    tags: [cacheTags.redirects],
    revalidate,
  })();
}

/** A library image shown site-wide (the logo). Changing the logo is a settings save, hence the tag. */
export function cachedMediaFile(mediaId: number) {
  return unstable_cache(() => getMediaFile(mediaId), ["media-file", String(mediaId)], {
    tags: [cacheTags.settings],
    revalidate,
  })();
}
