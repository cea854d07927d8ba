/**
 * The scheduler's writes: publishing and unpublishing what is due. Access rule: called only by
 * server/scheduler.ts (no user acts; the audit entry says so). Several server instances may run
 * the scheduler on one database at the same moment: each change claims its article with a
 * conditional UPDATE (status and time in the WHERE) and does nothing when another claimed it
 * first, so every item is changed, revised and audited exactly once.
 */
import { and, asc, eq, lte } from "drizzle-orm";
import { snapshotOf } from "@/lib/revisions/snapshot";
import { db, tables, type Executor } from "../client";
import { insertRevision } from "./article-revisions";
import { publishReadiness } from "./publish-readiness";
import { recordAudit } from "./audit-log";
import { WorkflowError } from "./workflow";

const { articles, articleAuthors, articleTopics } = tables;

/**
 * The scheduler's two questions, as statements (the plan test reads them): each is answered
 * from an index on (status, time), never by walking every published article, since the
 * scheduler asks every few seconds and SQLite answers on the event loop.
 */
export function duePublicationsQuery(now: Date) {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, "scheduled"), lte(articles.scheduledPublishAt, now)))
    .orderBy(asc(articles.scheduledPublishAt), asc(articles.id));
}

export function dueUnpublicationsQuery(now: Date) {
  return db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, "published"), lte(articles.scheduledUnpublishAt, now)))
    .orderBy(asc(articles.scheduledUnpublishAt), asc(articles.id));
}

/** Ids of the articles whose scheduled publication or unpublication time has come. */
export async function listDueChanges(now: Date): Promise<{ publish: number[]; unpublish: number[] }> {
  const [publish, unpublish] = await Promise.all([duePublicationsQuery(now), dueUnpublicationsQuery(now)]);
  return { publish: publish.map((r) => r.id), unpublish: unpublish.map((r) => r.id) };
}

async function readArticle(tx: Executor, id: number) {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).limit(1);
  if (!row) return null;
  const [topicRows, authorRows] = await Promise.all([
    tx.select({ id: articleTopics.topicId }).from(articleTopics).where(eq(articleTopics.articleId, id)),
    tx
      .select({ id: articleAuthors.userId })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, id))
      .orderBy(asc(articleAuthors.position)),
  ]);
  const snapshot = snapshotOf({ ...row, topicIds: topicRows.map((t) => t.id), authorIds: authorRows.map((a) => a.id) });
  return { row, snapshot };
}

/**
 * Publishes a scheduled article whose time has come. Returns false when there was nothing to
 * do (another instance got there first, or it was rescheduled or cancelled meanwhile). Throws
 * WorkflowError("publishChecks") when the content would not pass the publish checks.
 */
export async function publishIfDue(id: number, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await readArticle(tx, id);
    if (!current) return false;
    const { row, snapshot } = current;
    if (row.status !== "scheduled" || !row.scheduledPublishAt || row.scheduledPublishAt > now) return false;
    const problems = await publishReadiness(tx, row);
    if (problems.length) throw new WorkflowError("publishChecks", problems);
    const [claimed] = await tx
      .update(articles)
      .set({
        status: "published",
        publishedAt: row.publishedAt ?? now,
        scheduledPublishAt: null,
        updatedAt: now,
        version: row.version + 1,
      })
      .where(
        and(
          eq(articles.id, id),
          eq(articles.status, "scheduled"),
          lte(articles.scheduledPublishAt, now),
          eq(articles.version, row.version),
        ),
      )
      .returning({ version: articles.version });
    if (!claimed) return false;
    await insertRevision(tx, { articleId: id, revision: claimed.version, authorId: null, snapshot });
    await recordAudit(
      {
        action: "article.publish",
        actor: null,
        target: { type: "article", id },
        summary: `Published “${row.title}” (${row.locale}) as scheduled`,
        details: { scheduled: true, scheduledAt: row.scheduledPublishAt.toISOString() },
      },
      tx,
    );
    return true;
  });
}

/** Unpublishes a published article whose scheduled unpublication time has come; as above. */
export async function unpublishIfDue(id: number, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const current = await readArticle(tx, id);
    if (!current) return false;
    const { row, snapshot } = current;
    if (row.status !== "published" || !row.scheduledUnpublishAt || row.scheduledUnpublishAt > now) return false;
    const [claimed] = await tx
      .update(articles)
      .set({ status: "unpublished", scheduledUnpublishAt: null, updatedAt: now, version: row.version + 1 })
      .where(
        and(
          eq(articles.id, id),
          eq(articles.status, "published"),
          lte(articles.scheduledUnpublishAt, now),
          eq(articles.version, row.version),
        ),
      )
      .returning({ version: articles.version });
    if (!claimed) return false;
    await insertRevision(tx, { articleId: id, revision: claimed.version, authorId: null, snapshot });
    await recordAudit(
      {
        action: "article.unpublish",
        actor: null,
        target: { type: "article", id },
        summary: `Unpublished “${row.title}” (${row.locale}) as scheduled`,
        details: { scheduled: true, scheduledAt: row.scheduledUnpublishAt.toISOString() },
      },
      tx,
    );
    return true;
  });
}
