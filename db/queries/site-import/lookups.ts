/**
 * What an import needs to know before it writes a story: whether the story came in before (and
 * what it looked like then), which article an old site's address now leads to, and which staff
 * profiles and topics already exist under a name.
 */
import { and, eq, sql } from "drizzle-orm";
import { db, tables, type Executor } from "../../client";
import type { StaffUser } from "../types";

const { importedStories, articles, users, topicTranslations } = tables;

export type ImportedStory = {
  articleId: number;
  contentHash: string;
  version: number;
  locale: string;
  slug: string;
  translationGroup: string;
};

/** The article a story of an earlier import became, by the story's source key. */
export async function findImportedStory(sourceKey: string, executor: Executor = db): Promise<ImportedStory | null> {
  const [row] = await executor
    .select({
      articleId: importedStories.articleId,
      contentHash: importedStories.contentHash,
      version: articles.version,
      locale: articles.locale,
      slug: articles.slug,
      translationGroup: articles.translationGroup,
    })
    .from(importedStories)
    .innerJoin(articles, eq(articles.id, importedStories.articleId))
    .where(eq(importedStories.sourceKey, sourceKey))
    .limit(1);
  return row ?? null;
}

/**
 * Where a story's address on the old site leads now: the published article's language and slug,
 * or null (no imported story had that address, or it is not public).
 */
export async function findImportedAddress(oldPath: string): Promise<{ locale: string; slug: string } | null> {
  const [row] = await db
    .select({ locale: articles.locale, slug: articles.slug })
    .from(importedStories)
    .innerJoin(articles, eq(articles.id, importedStories.articleId))
    .where(and(eq(importedStories.oldPath, oldPath), eq(articles.status, "published")))
    .limit(1);
  return row ?? null;
}

/** Whether an old address is already taken by another imported story. */
export async function oldPathOwner(oldPath: string, executor: Executor = db): Promise<string | null> {
  const [row] = await executor
    .select({ sourceKey: importedStories.sourceKey })
    .from(importedStories)
    .where(eq(importedStories.oldPath, oldPath))
    .limit(1);
  return row?.sourceKey ?? null;
}

/** The translation group of stories imported earlier under the source's translation key. */
export async function translationGroupOf(translationKey: string, executor: Executor = db): Promise<string | null> {
  const [row] = await executor
    .select({ group: articles.translationGroup })
    .from(importedStories)
    .innerJoin(articles, eq(articles.id, importedStories.articleId))
    .where(eq(importedStories.translationKey, translationKey))
    .limit(1);
  return row?.group ?? null;
}

/** A staff profile by email, else by name (case-insensitive). */
export async function findStaffByEmailOrName(
  email: string | undefined,
  name: string,
  executor: Executor = db,
): Promise<number | null> {
  if (email) {
    const [byEmail] = await executor
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, email.trim().toLowerCase()))
      .limit(1);
    if (byEmail) return byEmail.id;
  }
  const [byName] = await executor
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.name})`, name.trim().toLowerCase()))
    .limit(1);
  return byName?.id ?? null;
}

/** A topic whose name, in any language, is `name` (case-insensitive). */
export async function findTopicByName(name: string, executor: Executor = db): Promise<number | null> {
  const [row] = await executor
    .select({ id: topicTranslations.topicId })
    .from(topicTranslations)
    .where(eq(sql`lower(${topicTranslations.name})`, name.trim().toLowerCase()))
    .limit(1);
  return row?.id ?? null;
}

/** Whether `slug` is free in the language (or held by `ownArticleId`). */
export async function isSlugFree(
  locale: string,
  slug: string,
  ownArticleId: number | null,
  executor: Executor = db,
): Promise<boolean> {
  const [row] = await executor
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug)))
    .limit(1);
  return !row || row.id === ownArticleId;
}

/**
 * Who an import acts as: the active admin with this email (a command's `--as`) or id (the run's
 * uploader, for a run another instance started), or without either the first active admin.
 * Null when there is none.
 */
export async function findImportingAdmin(who: { email?: string; id?: number } = {}): Promise<StaffUser | null> {
  const { email, id } = who;
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        eq(users.role, "admin"),
        email ? eq(users.email, email.trim().toLowerCase()) : undefined,
        id === undefined ? undefined : eq(users.id, id),
      ),
    )
    .orderBy(users.id)
    .limit(1);
  return row ?? null;
}
