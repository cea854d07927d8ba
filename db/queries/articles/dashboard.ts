/**
 * The newsroom dashboard. Access rule: any staff member (`newsroom.enter`); what each section
 * holds depends on the role: editors see everyone's work and the activity log's content events,
 * admins all events, writers only their own articles and no activity.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, like, or, type SQL } from "drizzle-orm";
import { assertCan, can } from "@/lib/permissions";
import type { ArticleStatus } from "@/lib/roles";
import { db, tables } from "../../client";
import { auditEntryColumns, newestEntriesFirst } from "../audit/entries";
import { listMostRead, readDay } from "./read-counts";
import { articleLinkColumns } from "./staff-reads";
import type { StaffUser } from "../types";

const { articles, auditLog, users } = tables;

export type DashboardArticle = {
  id: number;
  locale: string;
  title: string;
  status: ArticleStatus;
  authorName: string | null;
  /** When it entered review, or when it is scheduled to go live / come down. */
  at: Date | null;
};

const articleColumns = {
  id: articles.id,
  locale: articles.locale,
  title: articles.title,
  status: articles.status,
  authorName: users.name,
};

/**
 * Editors: articles waiting for review, oldest submission first. Writers: their own drafts and
 * submissions, most recently changed first.
 */
export async function listWaitingArticles(
  actor: StaffUser,
  limit = 10,
): Promise<{ items: DashboardArticle[]; total: number; scope: "review" | "own" }> {
  assertCan(actor, "newsroom.enter");
  const editor = can(actor.role, "article.publish");
  const condition = editor
    ? eq(articles.status, "review")
    : and(eq(articles.createdById, actor.id), inArray(articles.status, ["draft", "review"]));
  const [total] = await db.select({ n: count() }).from(articles).where(condition);
  const rows = await db
    .select({ ...articleColumns, submittedAt: articles.submittedAt, updatedAt: articles.updatedAt })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdById))
    .where(condition)
    .orderBy(
      ...(editor ? [asc(articles.submittedAt), asc(articles.id)] : [desc(articles.updatedAt), desc(articles.id)]),
    )
    .limit(limit);
  return {
    items: rows.map(({ submittedAt, updatedAt, ...row }) => ({
      ...row,
      at: row.status === "review" ? submittedAt : updatedAt,
    })),
    total: Number(total?.n ?? 0),
    scope: editor ? "review" : "own",
  };
}

export type ScheduledItem = DashboardArticle & { change: "publish" | "unpublish" };

/** Scheduled publications and take-downs, soonest first (writers: their own articles). */
export async function listScheduledItems(actor: StaffUser, limit = 10): Promise<ScheduledItem[]> {
  assertCan(actor, "newsroom.enter");
  const own: SQL[] = can(actor.role, "article.editAny") ? [] : [eq(articles.createdById, actor.id)];
  const rows = await db
    .select({
      ...articleColumns,
      scheduledPublishAt: articles.scheduledPublishAt,
      scheduledUnpublishAt: articles.scheduledUnpublishAt,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdById))
    .where(
      and(
        or(
          and(eq(articles.status, "scheduled"), isNotNull(articles.scheduledPublishAt)),
          and(eq(articles.status, "published"), isNotNull(articles.scheduledUnpublishAt)),
        ),
        ...own,
      ),
    )
    .limit(200);
  return rows
    .map(({ scheduledPublishAt, scheduledUnpublishAt, ...row }) =>
      row.status === "scheduled"
        ? { ...row, at: scheduledPublishAt, change: "publish" as const }
        : { ...row, at: scheduledUnpublishAt, change: "unpublish" as const },
    )
    .sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0))
    .slice(0, limit);
}

export type ActivityItem = {
  id: number;
  occurredAt: Date;
  actorLabel: string;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  summary: string;
};

// What editors may see of the log: work on content, not sign-ins, accounts or settings.
const contentEvents = ["article.%", "topic.%", "media.%", "redirect.%", "preview.%"];

/** Editors and admins: the latest audit entries (editors: content events only). Writers: none. */
export async function listRecentActivity(actor: StaffUser, limit = 10): Promise<ActivityItem[] | null> {
  assertCan(actor, "newsroom.enter");
  if (!can(actor.role, "article.publish")) return null;
  const scope = can(actor.role, "audit.read")
    ? undefined
    : or(...contentEvents.map((pattern) => like(auditLog.action, pattern)));
  return db
    .select(auditEntryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(scope)
    .orderBy(...newestEntriesFirst)
    .limit(limit);
}

export type MostReadArticle = {
  id: number;
  locale: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  reads: number;
};

/** Any staff member: the most-read articles over the last `days` days (today included). */
export async function listMostReadArticles(
  actor: StaffUser,
  days = 7,
  limit = 10,
  now: Date = new Date(),
): Promise<MostReadArticle[]> {
  assertCan(actor, "newsroom.enter");
  const from = new Date(now);
  from.setUTCDate(from.getUTCDate() - (days - 1));
  const top = await listMostRead(readDay(from), limit);
  if (top.length === 0) return [];
  const rows = await db
    .select(articleLinkColumns)
    .from(articles)
    .where(
      inArray(
        articles.id,
        top.map((t) => t.articleId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return top.flatMap((t) => {
    const row = byId.get(t.articleId);
    return row ? [{ ...row, reads: t.reads }] : [];
  });
}
