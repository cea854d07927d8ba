/**
 * Writes one imported story: its authors (found by email or name, else created as profiles that
 * cannot sign in until someone sends them a password link), its topics (found by name, else
 * created), the article with a free address, its revision, the record of where it came from and
 * its audit entry; or, for a story imported before, updates it in place with a new revision
 * when the source changed, and leaves it alone when not. One transaction per story: a story is
 * imported whole or not at all. A dry run does the same work and rolls it back.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { locales, type Locale } from "@/lib/locales";
import { htmlToText, sanitizeArticleHtml } from "@/lib/html/sanitize";
import { slugify, slugMaxLength } from "@/lib/slug";
import { snapshotOf } from "@/lib/revisions/snapshot";
import type { ArticleFormInput } from "@/lib/validation/article-form";
import { db, tables, type Executor } from "../../client";
import { recordAudit } from "../audit/record";
import { insertRevision } from "../articles/revisions";
import { findMissingAltText } from "../media/usage";
import type { StaffUser } from "../types";
import {
  findImportedStory,
  findStaffByEmailOrName,
  findTopicByName,
  isSlugFree,
  oldPathOwner,
  translationGroupOf,
} from "./lookups";

const { articles, articleAuthors, articleTopics, importedStories, topics, topicTranslations, users } = tables;

export type StoryAuthor = { name: string; email?: string; bio?: string };

export type StoryToWrite = {
  sourceKey: string;
  /** For the audit entry: "WordPress", "Ghost", "RSS", "Atom". */
  sourceLabel: string;
  contentHash: string;
  translationKey: string | null;
  oldPath: string | null;
  oldUrl: string | null;
  /** Checked with the editor's own rules (lib/validation/article-form.ts) by the caller. */
  article: ArticleFormInput;
  status: "published" | "scheduled" | "draft";
  publishedAt: Date | null;
  scheduledPublishAt: Date | null;
  authors: StoryAuthor[];
  topics: string[];
};

export type WriteOutcome = {
  kind: "created" | "updated" | "unchanged";
  articleId: number | null;
  locale: string;
  slug: string;
  /** Profiles and topics this story created, and ids of those it found. */
  authorsCreated: { id: number; name: string }[];
  authorsMatched: number[];
  topicsCreated: { id: number; name: string }[];
  topicsMatched: number[];
  /** Things worth telling about an imported story. */
  notes: string[];
  /** Whether the old address will answer with a redirect to the new one. */
  redirected: boolean;
};

/** Thrown to roll a dry run back once its outcome is known. */
class DryRun extends Error {
  constructor(readonly outcome: WriteOutcome) {
    super("dry run");
  }
}

/** The first free address from `wish`: wish, wish-2, wish-3… within the slug length. */
async function freeSlug(
  tx: Executor,
  locale: string,
  wish: string,
  ownArticleId: number | null,
  reserved: ReadonlySet<string>,
): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const candidate = `${wish.slice(0, slugMaxLength - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (reserved.has(`${locale}:${candidate}`)) continue;
    if (await isSlugFree(locale, candidate, ownArticleId, tx)) return candidate;
  }
}

async function freeUserSlug(tx: Executor, name: string): Promise<string> {
  const wish = slugify(name) || "author";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? wish : `${wish}-${n}`;
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
}

async function freeTopicSlug(tx: Executor, locale: Locale, name: string): Promise<string> {
  const wish = slugify(name) || "topic";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? wish : `${wish}-${n}`;
    const [taken] = await tx
      .select({ id: topicTranslations.topicId })
      .from(topicTranslations)
      .where(eq(topicTranslations.slug, candidate))
      .limit(1);
    if (!taken) return candidate;
  }
}

async function resolveAuthors(tx: Executor, story: StoryToWrite, outcome: WriteOutcome): Promise<number[]> {
  const ids: number[] = [];
  for (const author of story.authors) {
    const found = await findStaffByEmailOrName(author.email, author.name, tx);
    if (found !== null) {
      outcome.authorsMatched.push(found);
      ids.push(found);
      continue;
    }
    const slug = await freeUserSlug(tx, author.name);
    const [row] = await tx
      .insert(users)
      .values({
        // A profile needs an address; one that can never receive mail stands in until an admin
        // gives the person a real one and sends a password link.
        email: (author.email ?? `${slug}@imported.invalid`).trim().toLowerCase(),
        name: author.name.trim().slice(0, 120),
        slug,
        role: "writer",
        // No password can match this: the profile cannot sign in until a reset link is sent.
        passwordHash: "!",
        bio: author.bio ? { [story.article.locale]: author.bio.slice(0, 2000) } : {},
      })
      .returning({ id: users.id });
    if (!row) throw new Error("User insert returned no row");
    outcome.authorsCreated.push({ id: row.id, name: author.name });
    ids.push(row.id);
  }
  return [...new Set(ids)];
}

async function resolveTopics(tx: Executor, story: StoryToWrite, outcome: WriteOutcome): Promise<number[]> {
  const ids: number[] = [];
  for (const name of story.topics) {
    const found = await findTopicByName(name, tx);
    if (found !== null) {
      outcome.topicsMatched.push(found);
      ids.push(found);
      continue;
    }
    const [row] = await tx.insert(topics).values({ frontPagePosition: null }).returning({ id: topics.id });
    if (!row) throw new Error("Topic insert returned no row");
    // The same name in every language until an editor translates it.
    for (const locale of locales) {
      await tx
        .insert(topicTranslations)
        .values({ topicId: row.id, locale, name: name.slice(0, 80), slug: await freeTopicSlug(tx, locale, name) });
    }
    outcome.topicsCreated.push({ id: row.id, name });
    ids.push(row.id);
  }
  return [...new Set(ids)].slice(0, 20);
}

async function writeLinks(tx: Executor, articleId: number, authorIds: number[], topicIds: number[]) {
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  await tx.delete(articleTopics).where(eq(articleTopics.articleId, articleId));
  if (authorIds.length)
    await tx.insert(articleAuthors).values(authorIds.map((userId, position) => ({ articleId, userId, position })));
  if (topicIds.length) await tx.insert(articleTopics).values(topicIds.map((topicId) => ({ articleId, topicId })));
}

/** Published only when every image has alt text in the story's language, as the editor requires. */
async function statusAfterAltCheck(tx: Executor, story: StoryToWrite, body: string, outcome: WriteOutcome) {
  if (story.status === "draft") return story.status;
  const missing = await findMissingAltText(tx, {
    locale: story.article.locale,
    leadMediaId: story.article.leadMediaId,
    body,
  });
  if (missing.length === 0) return story.status;
  outcome.notes.push(
    `kept as a draft: ${missing.length === 1 ? "an image has" : `${missing.length} images have`} no alt text in ${story.article.locale}`,
  );
  return "draft" as const;
}

export async function writeImportedStory(
  actor: StaffUser,
  story: StoryToWrite,
  options: { dryRun: boolean; reservedSlugs?: ReadonlySet<string> },
): Promise<WriteOutcome> {
  assertCan(actor, "site.import");
  const existing = await findImportedStory(story.sourceKey);
  const outcome: WriteOutcome = {
    kind: existing ? "updated" : "created",
    articleId: existing?.articleId ?? null,
    locale: existing?.locale ?? story.article.locale,
    slug: existing?.slug ?? story.article.slug,
    authorsCreated: [],
    authorsMatched: [],
    topicsCreated: [],
    topicsMatched: [],
    notes: [],
    redirected: false,
  };
  if (existing && existing.contentHash === story.contentHash) return { ...outcome, kind: "unchanged" };

  try {
    return await db.transaction(async (tx) => {
      const authorIds = await resolveAuthors(tx, story, outcome);
      if (authorIds.length === 0) authorIds.push(actor.id);
      const topicIds = await resolveTopics(tx, story, outcome);
      const locale = story.article.locale;
      const slug = existing
        ? existing.slug
        : await freeSlug(tx, locale, story.article.slug, null, options.reservedSlugs ?? new Set());
      if (!existing && slug !== story.article.slug) {
        outcome.notes.push(`the address “${story.article.slug}” was taken in ${locale}; given “${slug}”`);
      }
      const body = sanitizeArticleHtml(story.article.body);
      const input: ArticleFormInput = { ...story.article, slug, body, authorIds, topicIds };
      const status = await statusAfterAltCheck(tx, story, body, outcome);
      const columns = {
        locale,
        slug,
        title: input.title,
        summary: input.summary,
        body,
        bodyText: htmlToText(body),
        leadMediaId: input.leadMediaId,
        status,
        publishedAt: status === "published" ? story.publishedAt : null,
        scheduledPublishAt: status === "scheduled" ? story.scheduledPublishAt : null,
      };

      let articleId: number;
      let revision: number;
      if (existing) {
        articleId = existing.articleId;
        revision = existing.version + 1;
        await tx
          .update(articles)
          .set({ ...columns, locale: existing.locale, slug: existing.slug, version: revision, updatedAt: new Date() })
          .where(eq(articles.id, articleId));
      } else {
        const group = (story.translationKey && (await translationGroupOf(story.translationKey, tx))) || randomUUID();
        const [sameLanguage] = await tx
          .select({ id: articles.id })
          .from(articles)
          .where(and(eq(articles.translationGroup, group), eq(articles.locale, locale)))
          .limit(1);
        // Two stories of one group in the same language cannot both be translations.
        const translationGroup = sameLanguage ? randomUUID() : group;
        if (sameLanguage) outcome.notes.push(`a translation in ${locale} exists already; kept apart`);
        const [row] = await tx
          .insert(articles)
          .values({ ...columns, translationGroup, createdById: actor.id, version: 1 })
          .returning({ id: articles.id });
        if (!row) throw new Error("Article insert returned no row");
        articleId = row.id;
        revision = 1;
      }
      await writeLinks(tx, articleId, authorIds, topicIds);
      await insertRevision(tx, { articleId, revision, authorId: actor.id, snapshot: snapshotOf(input) });

      let oldPath = story.oldPath;
      if (oldPath) {
        const owner = await oldPathOwner(oldPath, tx);
        if (owner && owner !== story.sourceKey) {
          outcome.notes.push(`the old address ${oldPath} belongs to another imported story; no redirect`);
          oldPath = null;
        }
      }
      outcome.redirected = oldPath !== null;
      const record = {
        contentHash: story.contentHash,
        translationKey: story.translationKey,
        oldPath,
        updatedAt: new Date(),
      };
      if (existing) await tx.update(importedStories).set(record).where(eq(importedStories.articleId, articleId));
      else await tx.insert(importedStories).values({ ...record, sourceKey: story.sourceKey, articleId });

      await recordAudit(
        {
          action: "article.import",
          actor,
          target: { type: "article", id: articleId },
          summary: `${existing ? "Updated" : "Imported"} “${input.title}” from ${story.sourceLabel}`,
          details: { sourceKey: story.sourceKey, oldUrl: story.oldUrl, status, notes: outcome.notes },
        },
        tx,
      );
      const done: WriteOutcome = { ...outcome, articleId, locale, slug };
      if (options.dryRun) throw new DryRun({ ...done, articleId: null });
      return done;
    });
  } catch (error) {
    if (error instanceof DryRun) return error.outcome;
    throw error;
  }
}
