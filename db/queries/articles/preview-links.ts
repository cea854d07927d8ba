/**
 * Preview share links: expiring, revocable links that show an unpublished article to someone
 * without an account. Access rule: creating, listing and revoking take the acting staff user;
 * an editor, or the writer of the article, may share and revoke. `checkPreviewLink` is public:
 * it is what the token page asks, after the token's signature was verified.
 */
import { DomainError } from "@/lib/domain-error";
import { randomBytes } from "node:crypto";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import type { ArticleStatus } from "@/lib/roles";
import { db, tables } from "../../client";
import { recordAudit } from "../audit/record";
import { canSharePreview } from "./workflow";
import type { StaffUser } from "../types";

const { previewLinks, articles } = tables;

/** How long a link may live, in hours: the choices the article page offers. */
export const previewLinkLifetimes = [1, 24, 168] as const;
export type PreviewLinkLifetime = (typeof previewLinkLifetimes)[number];

async function articleFor(id: number) {
  const [row] = await db
    .select({ id: articles.id, createdById: articles.createdById, title: articles.title, locale: articles.locale })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) throw new DomainError("notFound");
  return row;
}

export async function createPreviewLink(
  actor: StaffUser,
  articleId: number,
  lifetimeHours: PreviewLinkLifetime,
  now: Date = new Date(),
): Promise<{ id: number; nonce: string; expiresAt: Date }> {
  assertCan(actor, "newsroom.enter");
  const article = await articleFor(articleId);
  if (!canSharePreview(actor, article)) throw new DomainError("forbidden", { permission: "preview.share" });
  const nonce = randomBytes(16).toString("hex");
  const expiresAt = new Date(now.getTime() + lifetimeHours * 3_600_000);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(previewLinks)
      .values({ articleId, nonce, expiresAt, createdById: actor.id, createdAt: now })
      .returning({ id: previewLinks.id });
    if (!row) throw new Error("preview link insert returned no row");
    await recordAudit(
      {
        action: "preview.share",
        actor,
        target: { type: "article", id: articleId },
        summary: `Shared a preview of “${article.title}” (${article.locale}) for ${lifetimeHours} h`,
        // The link's id only: the token itself is a secret.
        details: { linkId: row.id, expiresAt: expiresAt.toISOString() },
      },
      tx,
    );
    return { id: row.id, nonce, expiresAt };
  });
}

export type LivePreviewLink = { id: number; expiresAt: Date; createdAt: Date; createdByName: string | null };

/** Links not revoked and not expired, soonest to expire first. */
export async function listLivePreviewLinks(
  actor: StaffUser,
  articleId: number,
  now: Date = new Date(),
): Promise<LivePreviewLink[]> {
  assertCan(actor, "newsroom.enter");
  return db
    .select({
      id: previewLinks.id,
      expiresAt: previewLinks.expiresAt,
      createdAt: previewLinks.createdAt,
      createdByName: tables.users.name,
    })
    .from(previewLinks)
    .leftJoin(tables.users, eq(tables.users.id, previewLinks.createdById))
    .where(and(eq(previewLinks.articleId, articleId), isNull(previewLinks.revokedAt), gt(previewLinks.expiresAt, now)))
    .orderBy(asc(previewLinks.expiresAt), asc(previewLinks.id));
}

/** Revokes a link of the given article; returns false when it was already revoked or unknown. */
export async function revokePreviewLink(
  actor: StaffUser,
  articleId: number,
  linkId: number,
  now: Date = new Date(),
): Promise<boolean> {
  assertCan(actor, "newsroom.enter");
  const article = await articleFor(articleId);
  if (!canSharePreview(actor, article)) throw new DomainError("forbidden", { permission: "preview.revoke" });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(previewLinks)
      .set({ revokedAt: now })
      .where(and(eq(previewLinks.id, linkId), eq(previewLinks.articleId, articleId), isNull(previewLinks.revokedAt)))
      .returning({ id: previewLinks.id });
    if (!row) return false;
    await recordAudit(
      {
        action: "preview.revoke",
        actor,
        target: { type: "article", id: articleId },
        summary: `Revoked a preview link of “${article.title}” (${article.locale})`,
        details: { linkId },
      },
      tx,
    );
    return true;
  });
}

export type PreviewLinkCheck =
  | { valid: true; articleId: number; status: ArticleStatus; scheduledPublishAt: Date | null; expiresAt: Date }
  /** "gone": revoked or expired (410); "unknown": no such link (404). */
  | { valid: false; reason: "gone" | "unknown" };

/** Whether the link named by verified token claims still shows its article. */
export async function checkPreviewLink(
  claims: { id: number; nonce: string; expiresAt: Date },
  now: Date = new Date(),
): Promise<PreviewLinkCheck> {
  const [row] = await db
    .select({
      nonce: previewLinks.nonce,
      expiresAt: previewLinks.expiresAt,
      revokedAt: previewLinks.revokedAt,
      articleId: previewLinks.articleId,
      status: articles.status,
      scheduledPublishAt: articles.scheduledPublishAt,
    })
    .from(previewLinks)
    .innerJoin(articles, eq(articles.id, previewLinks.articleId))
    .where(eq(previewLinks.id, claims.id))
    .limit(1);
  if (!row || row.nonce !== claims.nonce || row.expiresAt.getTime() !== claims.expiresAt.getTime())
    return { valid: false, reason: "unknown" };
  if (row.revokedAt || row.expiresAt <= now) return { valid: false, reason: "gone" };
  return {
    valid: true,
    articleId: row.articleId,
    status: row.status,
    scheduledPublishAt: row.scheduledPublishAt,
    expiresAt: row.expiresAt,
  };
}
