/**
 * What the scheduler has to do: the articles whose scheduled publication or unpublication time
 * has come. Access rule: called only by server/scheduler.ts. The changes themselves go through
 * the one transition path (transitions.ts, transitionIfDue), which claims each article
 * with a guarded UPDATE, so several instances running the scheduler change, revise and audit
 * every item exactly once.
 */
import { and, asc, eq, lte } from "drizzle-orm";
import { db, tables } from "../../client";

const { articles } = tables;

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
