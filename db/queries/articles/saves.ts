/**
 * Saving articles from the newsroom: create a draft, save an edit, restore a revision. Each save
 * checks references, writes the row and its links, and records a numbered revision, in one
 * transaction. Access rule: every export takes the acting staff user and checks the permission
 * table itself, whatever the caller already checked.
 */
import { DomainError } from "@/lib/domain-error";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, ne } from "drizzle-orm";
import { assertCan, canEditArticle } from "@/lib/permissions";
import { htmlToText, sanitizeArticleHtml } from "@/lib/html/sanitize";
import { articleRowFields, pickFields, type ArticleFormInput, type FieldErrors } from "@/lib/validation/article-form";
import type { ArticleStatus } from "@/lib/roles";
import { db, tables, type Executor } from "../../client";
import { violatedUniqueIndex } from "../../errors";
import { snapshotOf } from "@/lib/revisions/snapshot";
import { readLinkIds } from "./links";
import { insertRevision, readRevisions } from "./revisions";
import { recordAudit } from "../audit/record";
import { findMissingAltText, missingAltFieldErrors } from "../media/usage";
import { recordSlugChange } from "../site/redirects";
import type { StaffUser } from "../types";

const { articles, articleAuthors, articleTopics, topics, media, users } = tables;

async function requireAltText(tx: Executor, article: { locale: string; leadMediaId: number | null; body: string }) {
  const missing = await findMissingAltText(tx, article);
  if (missing.length)
    throw new DomainError("invalid", {
      fields: { form: "media.altTextMissing", ...missingAltFieldErrors(missing) },
      missingAlt: missing,
    });
}

/** Refuses ids that do not exist and slugs already taken in the language. */
async function checkReferences(tx: Executor, input: ArticleFormInput, articleId: number | null): Promise<void> {
  const errors: FieldErrors = {};
  const [slugOwner] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(
      and(
        eq(articles.locale, input.locale),
        eq(articles.slug, input.slug),
        articleId === null ? undefined : ne(articles.id, articleId),
      ),
    )
    .limit(1);
  if (slugOwner) errors.slug = "slugTaken";
  if (articleId !== null) {
    // Moving an article to a language its story already has would make two translations.
    const [self] = await tx
      .select({ group: articles.translationGroup })
      .from(articles)
      .where(eq(articles.id, articleId))
      .limit(1);
    if (self) {
      const [sibling] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(
          and(eq(articles.translationGroup, self.group), eq(articles.locale, input.locale), ne(articles.id, articleId)),
        )
        .limit(1);
      if (sibling) errors.locale = "translationExists";
    }
  }
  const topicIds = [...new Set(input.topicIds)];
  if (topicIds.length) {
    const found = await tx.select({ id: topics.id }).from(topics).where(inArray(topics.id, topicIds));
    if (found.length !== topicIds.length) errors.topicIds = "unknownId";
  }
  const authorIds = [...new Set(input.authorIds)];
  if (authorIds.length) {
    const found = await tx.select({ id: users.id }).from(users).where(inArray(users.id, authorIds));
    if (found.length !== authorIds.length) errors.authorIds = "unknownId";
  }
  if (input.leadMediaId !== null) {
    const [found] = await tx.select({ id: media.id }).from(media).where(eq(media.id, input.leadMediaId)).limit(1);
    if (!found) errors.leadMediaId = "unknownId";
  }
  if (Object.keys(errors).length) throw new DomainError("invalid", { fields: errors });
}

function articleColumns(input: ArticleFormInput) {
  const body = sanitizeArticleHtml(input.body);
  return { ...pickFields(input, articleRowFields), body, bodyText: htmlToText(body) };
}

/** Where an article showed before an edit: its address, topics and authors. */
export type PublicFootprint = { locale: string; slug: string; topicIds: number[]; authorIds: number[] };

async function writeLinks(tx: Executor, articleId: number, input: ArticleFormInput): Promise<void> {
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  await tx.delete(articleTopics).where(eq(articleTopics.articleId, articleId));
  const authorIds = [...new Set(input.authorIds)];
  if (authorIds.length) {
    await tx.insert(articleAuthors).values(authorIds.map((userId, position) => ({ articleId, userId, position })));
  }
  const topicIds = [...new Set(input.topicIds)];
  if (topicIds.length) await tx.insert(articleTopics).values(topicIds.map((topicId) => ({ articleId, topicId })));
}

/** A unique index hit by a concurrent save, as the field error the earlier check would give. */
function asInputError(error: unknown): never {
  const index = violatedUniqueIndex(error);
  if (index?.includes("slug")) throw new DomainError("invalid", { fields: { slug: "slugTaken" } });
  if (index?.includes("translation_group"))
    throw new DomainError("invalid", { fields: { locale: "translationExists" } });
  throw error;
}

/** Creates a draft. The creator is the first author when none is chosen. */
export async function createArticle(actor: StaffUser, input: ArticleFormInput): Promise<{ id: number }> {
  assertCan(actor, "article.create");
  const withAuthor = input.authorIds.length ? input : { ...input, authorIds: [actor.id] };
  return db
    .transaction(async (tx) => {
      await checkReferences(tx, withAuthor, null);
      const columns = articleColumns(withAuthor);
      const [row] = await tx
        .insert(articles)
        .values({
          ...columns,
          translationGroup: randomUUID(),
          status: "draft",
          createdById: actor.id,
        })
        .returning({ id: articles.id });
      if (!row) throw new Error("Article insert returned no row");
      await writeLinks(tx, row.id, withAuthor);
      await insertRevision(tx, {
        articleId: row.id,
        revision: 1,
        authorId: actor.id,
        snapshot: snapshotOf({ ...withAuthor, body: columns.body }),
      });
      return { id: row.id };
    })
    .catch(asInputError);
}

/**
 * Extra conditions for a save. Autosave passes `onlyStatuses: ["draft", "review"]`: work that
 * readers can see (or soon will) changes only when someone presses Save.
 */
export type SaveGuard = { onlyStatuses?: readonly ArticleStatus[] };

type SavedEdit = { version: number; locale: string; slug: string; status: ArticleStatus; previous: PublicFootprint };

/**
 * Saves an edit made from `expectedVersion`. Refused with ArticleConflictError when someone
 * else saved in between, so nothing is overwritten silently.
 */
export async function updateArticle(
  actor: StaffUser,
  id: number,
  expectedVersion: number,
  input: ArticleFormInput,
  guard: SaveGuard = {},
): Promise<SavedEdit> {
  return db.transaction((tx) => saveEdit(tx, actor, id, expectedVersion, input, guard)).catch(asInputError);
}

/**
 * Restores an earlier revision as a new save (a new version and a new revision: nothing is
 * lost), guarded by the version the editor was looking at like any other save. The article
 * keeps its current language.
 */
export async function restoreRevision(
  actor: StaffUser,
  id: number,
  revision: number,
  expectedVersion: number,
): Promise<SavedEdit> {
  return db
    .transaction(async (tx) => {
      const [current] = await tx.select({ locale: articles.locale }).from(articles).where(eq(articles.id, id)).limit(1);
      if (!current) throw new DomainError("notFound");
      const [stored] = await readRevisions(tx, id, [revision]);
      if (!stored) throw new DomainError("notFound");
      const input: ArticleFormInput = { ...stored.snapshot, locale: current.locale as ArticleFormInput["locale"] };
      const saved = await saveEdit(tx, actor, id, expectedVersion, input);
      await recordAudit(
        {
          action: "article.restore",
          actor,
          target: { type: "article", id },
          summary: `Restored revision ${revision} of “${input.title}” (${current.locale})`,
          details: { revision, version: saved.version },
        },
        tx,
      );
      return saved;
    })
    .catch(asInputError);
}

/** The one write path for edits: permission, version guard, references, row, links, revision. */
async function saveEdit(
  tx: Executor,
  actor: StaffUser,
  id: number,
  expectedVersion: number,
  input: ArticleFormInput,
  guard: SaveGuard = {},
): Promise<SavedEdit> {
  const [current] = await tx
    .select({
      createdById: articles.createdById,
      status: articles.status,
      version: articles.version,
      locale: articles.locale,
      slug: articles.slug,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!current) throw new DomainError("notFound");
  if (!canEditArticle(actor, current)) throw new DomainError("forbidden", { permission: "article.edit" });
  if (current.version !== expectedVersion) throw new DomainError("conflict", { currentVersion: current.version });
  if (guard.onlyStatuses && !guard.onlyStatuses.includes(current.status)) {
    throw new DomainError("invalid", { fields: { form: "autosaveStatus" } });
  }
  await checkReferences(tx, input, id);
  const previous = { locale: current.locale, slug: current.slug, ...(await readLinkIds(tx, id)) };
  const columns = articleColumns(input);
  if (current.status === "published") await requireAltText(tx, columns);
  const [row] = await tx
    .update(articles)
    .set({ ...columns, version: expectedVersion + 1, updatedAt: new Date() })
    .where(
      and(
        eq(articles.id, id),
        eq(articles.version, expectedVersion),
        guard.onlyStatuses ? inArray(articles.status, [...guard.onlyStatuses]) : undefined,
      ),
    )
    .returning({
      version: articles.version,
      locale: articles.locale,
      slug: articles.slug,
      status: articles.status,
    });
  if (!row) throw new DomainError("conflict", { currentVersion: current.version });
  await writeLinks(tx, id, input);
  // Readers (and search engines) may know the old address of an article that was ever public.
  const moved = row.slug !== current.slug || row.locale !== current.locale;
  if (moved && (current.publishedAt !== null || current.status === "published")) {
    await recordSlugChange(tx, id, current, row, actor.id);
  }
  await insertRevision(tx, {
    articleId: id,
    revision: row.version,
    authorId: actor.id,
    snapshot: snapshotOf({ ...input, body: columns.body }),
  });
  return { ...row, previous };
}
