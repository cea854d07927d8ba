/**
 * The redirect store: old reader addresses (/{locale}/news/{fromSlug}) that send readers on.
 * Redirects to an article name its id, not its address, so a chain of slug changes collapses to
 * one hop. Access rule: resolveRedirect is public (reader pages); listing, adding and removing
 * need `redirect.manage`; recordSlugChange is called by the article save path only.
 */
import { DomainError } from "@/lib/domain-error";
import { and, desc, eq } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { paths } from "@/lib/paths";
import { db, tables, type Executor } from "../../client";
import { violatedUniqueIndex } from "../../errors";
import type { StaffUser } from "../types";

const { redirects, articles } = tables;

export type RedirectTarget = { path: string; permanent: boolean };

type Address = { locale: string; slug: string };

/**
 * Called inside the save that moved an article: its old address now leads to the article, and
 * a redirect from its new address (an address it had before, brought back by an edit or a
 * restored revision) goes, since the article answers there itself again.
 */
export async function recordSlugChange(tx: Executor, articleId: number, old: Address, now: Address, actorId: number) {
  await tx.delete(redirects).where(and(eq(redirects.locale, now.locale), eq(redirects.fromSlug, now.slug)));
  await tx
    .insert(redirects)
    .values({ locale: old.locale, fromSlug: old.slug, toArticleId: articleId, permanent: true, createdById: actorId })
    .onConflictDoUpdate({
      target: [redirects.locale, redirects.fromSlug],
      set: { toArticleId: articleId, toPath: null, permanent: true },
    });
}

/** For the reader page when no article has this address: where to send the reader, if anywhere. */
export async function resolveRedirect(locale: string, slug: string): Promise<RedirectTarget | null> {
  const [row] = await db
    .select({
      toPath: redirects.toPath,
      permanent: redirects.permanent,
      articleLocale: articles.locale,
      articleSlug: articles.slug,
      articleStatus: articles.status,
    })
    .from(redirects)
    .leftJoin(articles, eq(articles.id, redirects.toArticleId))
    .where(and(eq(redirects.locale, locale), eq(redirects.fromSlug, slug)))
    .limit(1);
  if (!row) return null;
  if (row.toPath) return { path: row.toPath, permanent: row.permanent };
  // An article that is not public (any more) is not a destination: the old address is a 404.
  if (row.articleLocale === null || row.articleSlug === null || row.articleStatus !== "published") return null;
  const path = paths.article(row.articleLocale, row.articleSlug);
  // Never answer an address with itself.
  return path === paths.article(locale, slug) ? null : { path, permanent: row.permanent };
}

export type RedirectRow = {
  id: number;
  locale: string;
  fromSlug: string;
  toArticleId: number | null;
  toArticleTitle: string | null;
  toPath: string | null;
  permanent: boolean;
  createdAt: Date;
};

export async function listRedirects(actor: StaffUser): Promise<RedirectRow[]> {
  assertCan(actor, "redirect.manage");
  return db
    .select({
      id: redirects.id,
      locale: redirects.locale,
      fromSlug: redirects.fromSlug,
      toArticleId: redirects.toArticleId,
      toArticleTitle: articles.title,
      toPath: redirects.toPath,
      permanent: redirects.permanent,
      createdAt: redirects.createdAt,
    })
    .from(redirects)
    .leftJoin(articles, eq(articles.id, redirects.toArticleId))
    .orderBy(desc(redirects.createdAt), desc(redirects.id))
    .limit(500);
}

export type NewRedirect = {
  locale: string;
  fromSlug: string;
  toArticleId: number | null;
  toPath: string | null;
  permanent: boolean;
};

/** A manual redirect; refused when an article lives at the old address or one already leads away. */
export async function addRedirect(actor: StaffUser, input: NewRedirect): Promise<{ id: number }> {
  assertCan(actor, "redirect.manage");
  if ((input.toArticleId === null) === (input.toPath === null)) throw new DomainError("redirectTarget");
  return db
    .transaction(async (tx) => {
      const [live] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.locale, input.locale), eq(articles.slug, input.fromSlug)))
        .limit(1);
      if (live) throw new DomainError("redirectLoop");
      if (input.toArticleId !== null) {
        const [target] = await tx
          .select({ id: articles.id })
          .from(articles)
          .where(eq(articles.id, input.toArticleId))
          .limit(1);
        if (!target) throw new DomainError("unknownId");
      }
      const [row] = await tx
        .insert(redirects)
        .values({ ...input, createdById: actor.id })
        .returning({ id: redirects.id });
      if (!row) throw new Error("Redirect insert returned no row");
      return row;
    })
    .catch((error: unknown) => {
      if (violatedUniqueIndex(error)?.includes("from_slug")) throw new DomainError("redirectTaken");
      throw error;
    });
}

/** Returns the removed redirect's address (for cache invalidation), or null when it was gone. */
export async function removeRedirect(
  actor: StaffUser,
  id: number,
): Promise<{ locale: string; fromSlug: string } | null> {
  assertCan(actor, "redirect.manage");
  const [row] = await db
    .delete(redirects)
    .where(eq(redirects.id, id))
    .returning({ locale: redirects.locale, fromSlug: redirects.fromSlug });
  return row ?? null;
}
