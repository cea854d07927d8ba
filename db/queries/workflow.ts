/**
 * The publication workflow beyond the plain status buttons: scheduled publication and
 * unpublication, the editors' review queue, and what the article page shows about both.
 * Access rule: every export takes the acting staff user and checks the permission table;
 * scheduling needs `article.publish`, reading needs `newsroom.enter`.
 */
import { and, asc, eq, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { assertCan, can } from "@/lib/permissions";
import type { ArticleStatus } from "@/lib/roles";
import { publishProblems, type PublishProblem } from "@/lib/workflow/publish-checks";
import { db, tables } from "../client";
import { publishReadiness } from "./publish-readiness";
import { recordAudit, type AuditEntry } from "./audit-log";
import { ArticleNotFoundError } from "./staff-articles";
import type { StaffUser } from "./types";

const { articles, articleAuthors, users } = tables;

export type WorkflowRefusal =
  /** The time is not after now. */
  | "pastTime"
  /** The unpublish time is not after the publication time. */
  | "unpublishBeforePublish"
  /** The article is not in a status this change applies to. */
  | "badTransition"
  /** The article fails the publish checks (see `problems`). */
  | "publishChecks";

/** A scheduling request refused because of the article or the time asked for. */
export class WorkflowError extends Error {
  constructor(
    readonly reason: WorkflowRefusal,
    readonly problems: PublishProblem[] = [],
  ) {
    super(`Workflow change refused: ${reason}`);
    this.name = "WorkflowError";
  }
}

const schedulableFrom: readonly ArticleStatus[] = ["draft", "review", "unpublished", "scheduled"];
const unpublishSchedulableFrom: readonly ArticleStatus[] = ["published", "scheduled"];

async function readForScheduling(id: number) {
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      slug: articles.slug,
      locale: articles.locale,
      leadMediaId: articles.leadMediaId,
      scheduledPublishAt: articles.scheduledPublishAt,
      scheduledUnpublishAt: articles.scheduledUnpublishAt,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) throw new ArticleNotFoundError();
  return row;
}

/**
 * One workflow change: an UPDATE guarded by the state read before it (a concurrent change makes
 * it match nothing, which is refused) and its audit entry, in one transaction.
 */
async function changeGuarded(
  id: number,
  values: Partial<typeof articles.$inferInsert>,
  guard: SQL | undefined,
  audit: Omit<AuditEntry, "target">,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(articles)
      .set(values)
      .where(and(eq(articles.id, id), guard))
      .returning({ id: articles.id });
    if (!row) throw new WorkflowError("badTransition");
    await recordAudit({ ...audit, target: { type: "article", id } }, tx);
  });
}

const label = (row: { title: string; locale: string }) => `“${row.title}” (${row.locale})`;

/**
 * Schedules (or moves) the publication of an article at `at`. From draft, review or
 * unpublished the article becomes "scheduled"; its content must pass the publish checks.
 */
export async function schedulePublication(
  actor: StaffUser,
  id: number,
  at: Date,
  now: Date = new Date(),
): Promise<void> {
  assertCan(actor, "article.publish");
  const current = await readForScheduling(id);
  if (!schedulableFrom.includes(current.status)) throw new WorkflowError("badTransition");
  if (at.getTime() <= now.getTime()) throw new WorkflowError("pastTime");
  const problems = await publishReadiness(db, current);
  if (problems.length) throw new WorkflowError("publishChecks", problems);
  if (current.scheduledUnpublishAt && current.scheduledUnpublishAt.getTime() <= at.getTime())
    throw new WorkflowError("unpublishBeforePublish");
  await changeGuarded(id, { status: "scheduled", scheduledPublishAt: at }, eq(articles.status, current.status), {
    action: "article.schedule",
    actor,
    summary: `Scheduled ${label(current)} for publication at ${at.toISOString()}`,
    details: {
      kind: "publish",
      at: at.toISOString(),
      previousStatus: current.status,
      previousAt: current.scheduledPublishAt?.toISOString() ?? null,
    },
  });
}

/** Cancels a scheduled publication: the article goes back to draft, with no schedule. */
export async function cancelScheduledPublication(actor: StaffUser, id: number): Promise<void> {
  assertCan(actor, "article.publish");
  const current = await readForScheduling(id);
  if (current.status !== "scheduled") throw new WorkflowError("badTransition");
  await changeGuarded(
    id,
    { status: "draft", scheduledPublishAt: null, scheduledUnpublishAt: null },
    eq(articles.status, "scheduled"),
    {
      action: "article.unschedule",
      actor,
      summary: `Cancelled the scheduled publication of ${label(current)}`,
      details: { kind: "publish", previousAt: current.scheduledPublishAt?.toISOString() ?? null },
    },
  );
}

/** Schedules (or moves) the automatic unpublication of a published or scheduled article. */
export async function scheduleUnpublication(
  actor: StaffUser,
  id: number,
  at: Date,
  now: Date = new Date(),
): Promise<void> {
  assertCan(actor, "article.publish");
  const current = await readForScheduling(id);
  if (!unpublishSchedulableFrom.includes(current.status)) throw new WorkflowError("badTransition");
  if (at.getTime() <= now.getTime()) throw new WorkflowError("pastTime");
  if (current.status === "scheduled" && current.scheduledPublishAt && at <= current.scheduledPublishAt)
    throw new WorkflowError("unpublishBeforePublish");
  await changeGuarded(id, { scheduledUnpublishAt: at }, inArray(articles.status, unpublishSchedulableFrom), {
    action: "article.schedule",
    actor,
    summary: `Scheduled ${label(current)} to be unpublished at ${at.toISOString()}`,
    details: {
      kind: "unpublish",
      at: at.toISOString(),
      previousAt: current.scheduledUnpublishAt?.toISOString() ?? null,
    },
  });
}

/** Cancels a scheduled unpublication; the article stays as it is. */
export async function cancelScheduledUnpublication(actor: StaffUser, id: number): Promise<void> {
  assertCan(actor, "article.publish");
  const current = await readForScheduling(id);
  if (!current.scheduledUnpublishAt) throw new WorkflowError("badTransition");
  await changeGuarded(id, { scheduledUnpublishAt: null }, isNotNull(articles.scheduledUnpublishAt), {
    action: "article.unschedule",
    actor,
    summary: `Cancelled the scheduled unpublication of ${label(current)}`,
    details: { kind: "unpublish", previousAt: current.scheduledUnpublishAt?.toISOString() ?? null },
  });
}

export type ArticleWorkflow = {
  id: number;
  status: ArticleStatus;
  createdById: number | null;
  scheduledPublishAt: Date | null;
  scheduledUnpublishAt: Date | null;
  submittedAt: Date | null;
  /** What would stop a publication now (empty when it may go live). */
  problems: PublishProblem[];
};

/** The workflow state the article page shows. */
export async function getArticleWorkflow(actor: StaffUser, id: number): Promise<ArticleWorkflow | null> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db
    .select({
      id: articles.id,
      status: articles.status,
      createdById: articles.createdById,
      scheduledPublishAt: articles.scheduledPublishAt,
      scheduledUnpublishAt: articles.scheduledUnpublishAt,
      submittedAt: articles.submittedAt,
      title: articles.title,
      summary: articles.summary,
      body: articles.body,
      slug: articles.slug,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  const { title, summary, body, slug, ...rest } = row;
  return { ...rest, problems: publishProblems({ title, summary, body, slug }) };
}

export type ReviewQueueItem = {
  id: number;
  title: string;
  locale: string;
  submittedAt: Date | null;
  authorNames: string[];
  /** Whether it may be published as it stands. */
  publishable: boolean;
};

/** Articles waiting in review, oldest submission first. Editors' screen, readable by staff. */
export async function listReviewQueue(actor: StaffUser): Promise<ReviewQueueItem[]> {
  assertCan(actor, "newsroom.enter");
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      locale: articles.locale,
      submittedAt: articles.submittedAt,
      summary: articles.summary,
      body: articles.body,
      slug: articles.slug,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.status, "review"))
    // Rows without a submission time (from before it was kept) come last on both dialects.
    .orderBy(
      sql`case when ${articles.submittedAt} is null then 1 else 0 end`,
      asc(articles.submittedAt),
      asc(articles.updatedAt),
      asc(articles.id),
    )
    .limit(500);
  const ids = rows.map((r) => r.id);
  const authorRows = ids.length
    ? await db
        .select({ articleId: articleAuthors.articleId, name: users.name })
        .from(articleAuthors)
        .innerJoin(users, eq(users.id, articleAuthors.userId))
        .where(inArray(articleAuthors.articleId, ids))
        .orderBy(asc(articleAuthors.position))
    : [];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    locale: row.locale,
    submittedAt: row.submittedAt,
    authorNames: authorRows.filter((a) => a.articleId === row.id).map((a) => a.name),
    publishable: publishProblems(row).length === 0,
  }));
}

/** Sends an article in review back to its writer as a draft (an editor's decision). */
export async function returnToDraft(actor: StaffUser, id: number): Promise<void> {
  assertCan(actor, "article.publish");
  const current = await readForScheduling(id);
  if (current.status !== "review") throw new WorkflowError("badTransition");
  await changeGuarded(id, { status: "draft" }, eq(articles.status, "review"), {
    action: "article.returnToDraft",
    actor,
    summary: `Sent ${label(current)} back to draft`,
  });
}

/** Whether `actor` may share a preview of, or revoke links to, an article. */
export function canSharePreview(actor: StaffUser, article: { createdById: number | null }): boolean {
  return can(actor.role, "article.publish") || article.createdById === actor.id;
}
