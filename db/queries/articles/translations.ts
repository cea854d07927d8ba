/**
 * "Translate": a new draft in another language, linked to the source through its translation
 * group and prefilled from it, for a person to translate. Access rule: `article.create`, and the
 * source must be one the actor may work on (canTranslateArticle).
 */
import { DomainError } from "@/lib/domain-error";
import { and, eq, like } from "drizzle-orm";
import { assertCan, canTranslateArticle } from "@/lib/permissions";
import { isLocale } from "@/lib/locales";
import { firstFreeSlug, slugify, slugMaxLength } from "@/lib/slug";
import { snapshotOf } from "@/lib/revisions/snapshot";
import { db, tables, type Executor } from "../../client";
import { violatedUniqueIndex } from "../../errors";
import { readLinkIds } from "./links";
import { insertRevision } from "./revisions";
import type { StaffUser } from "../types";

const { articles, articleAuthors, articleTopics } = tables;

/**
 * The slug itself when free in the language, otherwise the first free `slug-2`, `slug-3`... A
 * free slug stays exactly as slugify made it from the headline, so the editor sees that it
 * follows the headline (and keeps it following as the translator retitles the story); room for
 * the number is made only when one is needed.
 */
async function freeSlug(tx: Executor, locale: string, wanted: string): Promise<string> {
  const base = wanted.slice(0, slugMaxLength - 4).replace(/-+$/, "");
  const rows = await tx
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.locale, locale), like(articles.slug, `${base}%`)));
  const taken = new Set(rows.map((r) => r.slug));
  return taken.has(wanted) ? firstFreeSlug(base, taken) : wanted;
}

export async function createTranslation(
  actor: StaffUser,
  sourceId: number,
  targetLocale: string,
): Promise<{ id: number }> {
  assertCan(actor, "article.create");
  if (!isLocale(targetLocale)) throw new DomainError("invalid", { fields: { locale: "invalidLocale" } });
  return db
    .transaction(async (tx) => {
      const [source] = await tx.select().from(articles).where(eq(articles.id, sourceId)).limit(1);
      if (!source) throw new DomainError("notFound");
      if (!canTranslateArticle(actor, source)) throw new DomainError("forbidden", { permission: "article.translate" });
      const [existing] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.translationGroup, source.translationGroup), eq(articles.locale, targetLocale)))
        .limit(1);
      if (existing || source.locale === targetLocale)
        throw new DomainError("invalid", { fields: { locale: "translationExists" } });

      const { topicIds, authorIds } = await readLinkIds(tx, sourceId);
      const slug = await freeSlug(tx, targetLocale, slugify(source.title) || source.slug);
      const { id: _id, createdAt: _c, updatedAt: _u, publishedAt: _p, version: _v, ...copied } = source;
      const [row] = await tx
        .insert(articles)
        .values({ ...copied, locale: targetLocale, slug, status: "draft", createdById: actor.id })
        .returning({ id: articles.id });
      if (!row) throw new Error("Translation insert returned no row");
      if (topicIds.length)
        await tx.insert(articleTopics).values(topicIds.map((topicId) => ({ articleId: row.id, topicId })));
      if (authorIds.length) {
        await tx
          .insert(articleAuthors)
          .values(authorIds.map((userId, position) => ({ articleId: row.id, userId, position })));
      }
      await insertRevision(tx, {
        articleId: row.id,
        revision: 1,
        authorId: actor.id,
        snapshot: snapshotOf({ ...source, slug, topicIds, authorIds }),
      });
      return { id: row.id };
    })
    .catch((error: unknown) => {
      // Two people translating at once: the unique index on (group, locale) decides.
      if (violatedUniqueIndex(error)?.includes("translation_group")) {
        throw new DomainError("invalid", { fields: { locale: "translationExists" } });
      }
      throw error;
    });
}

/** The other languages of an article's story, for the editor page. */
export async function listTranslationsOf(actor: StaffUser, id: number): Promise<{ locale: string; id: number }[]> {
  assertCan(actor, "newsroom.enter");
  const [self] = await db
    .select({ group: articles.translationGroup })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!self) return [];
  const rows = await db
    .select({ locale: articles.locale, id: articles.id })
    .from(articles)
    .where(eq(articles.translationGroup, self.group));
  return rows.filter((r) => r.id !== id);
}
