/**
 * Deleting an article that never went public (an abandoned draft, a duplicate). Its revisions,
 * links and preview links go with it; the audit log keeps a line saying who deleted what.
 */
import { DomainError } from "@/lib/domain-error";
import { and, eq } from "drizzle-orm";
import { canDeleteArticle } from "@/lib/permissions";
import { db, tables } from "../../client";
import { recordAudit } from "../audit/record";
import type { StaffUser } from "../types";

const { articles } = tables;

export async function deleteArticle(actor: StaffUser, id: number, expectedVersion: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        title: articles.title,
        locale: articles.locale,
        status: articles.status,
        version: articles.version,
        createdById: articles.createdById,
        publishedAt: articles.publishedAt,
      })
      .from(articles)
      .where(eq(articles.id, id))
      .limit(1);
    if (!row) throw new DomainError("notFound");
    if (!canDeleteArticle(actor, row)) throw new DomainError("forbidden", { permission: "article.delete" });
    // Once public, an article may have been read, linked and indexed: it is unpublished instead.
    if (row.publishedAt !== null || row.status === "published" || row.status === "scheduled")
      throw new DomainError("invalid", { fields: { form: "deletePublished" } });
    const deleted = await tx
      .delete(articles)
      .where(and(eq(articles.id, id), eq(articles.version, expectedVersion)))
      .returning({ id: articles.id });
    if (deleted.length === 0) throw new DomainError("conflict", { currentVersion: row.version });
    await recordAudit(
      {
        action: "article.delete",
        actor,
        target: { type: "article", id },
        summary: `Deleted “${row.title}” (${row.locale}), never published`,
        details: { status: row.status, version: row.version },
      },
      tx,
    );
  });
}
