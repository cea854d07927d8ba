/**
 * One article's history as a timeline of who did what when: the workflow events from the audit
 * log (submitted, sent back with the editor's note, published, unpublished, scheduled, restored)
 * and, between them, the edits from the revision store, each run of saves by one person shown
 * once. Access rule: newsroom staff (`newsroom.enter`), like the revisions page.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { db, tables } from "../../client";
import type { StaffUser } from "../types";

const { auditLog, articleRevisions, users } = tables;

/** The audit actions that belong in an article's history, in the words of the timeline. */
const eventKinds = {
  "article.submit": "submitted",
  "article.returnToDraft": "sentBack",
  "article.publish": "published",
  "article.unpublish": "unpublished",
  "article.schedule": "scheduled",
  "article.unschedule": "unscheduled",
  "article.restore": "restored",
} as const;

type EventKind = (typeof eventKinds)[keyof typeof eventKinds];

export type HistoryItem =
  | {
      kind: EventKind;
      at: Date;
      /** Who did it; null for the scheduler (automatic) or an account since deleted. */
      actorName: string | null;
      automatic: boolean;
      /** The editor's note, for "sentBack". */
      note?: string;
      /** For "scheduled": the time asked for, and whether it is a publication or an unpublication. */
      scheduledFor?: Date;
      unpublication?: boolean;
      /** For "restored": the revision brought back. */
      revision?: number;
    }
  | {
      kind: "created";
      at: Date;
      actorName: string | null;
      automatic: false;
    }
  | {
      kind: "edited";
      /** The last save of the run. */
      at: Date;
      actorName: string | null;
      automatic: false;
      saves: number;
      /** The revisions before and after the run, to compare on the revisions page. */
      fromRevision: number;
      toRevision: number;
    };

/** How close in time an old audit entry (recorded before entries named their version) and its revision are. */
const sameMomentMs = 2000;

function isEventAction(action: string): action is keyof typeof eventKinds {
  return action in eventKinds;
}

/** Newest first. */
export async function listArticleHistory(actor: StaffUser, articleId: number): Promise<HistoryItem[]> {
  assertCan(actor, "newsroom.enter");
  const [entries, revisions] = await Promise.all([
    db
      .select({
        action: auditLog.action,
        at: auditLog.occurredAt,
        actorId: auditLog.actorId,
        actorName: users.name,
        details: auditLog.details,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(
        and(
          eq(auditLog.targetType, "article"),
          eq(auditLog.targetId, String(articleId)),
          inArray(auditLog.action, Object.keys(eventKinds)),
        ),
      )
      .orderBy(asc(auditLog.occurredAt), asc(auditLog.id)),
    db
      .select({
        revision: articleRevisions.revision,
        authorId: articleRevisions.authorId,
        authorName: users.name,
        at: articleRevisions.createdAt,
      })
      .from(articleRevisions)
      .leftJoin(users, eq(users.id, articleRevisions.authorId))
      .where(eq(articleRevisions.articleId, articleId))
      .orderBy(asc(articleRevisions.revision)),
  ]);

  // Every workflow event also wrote a revision: those are not edits.
  const claimed = new Set<number>();
  const events: HistoryItem[] = [];
  for (const entry of entries) {
    if (!isEventAction(entry.action)) continue;
    const details = entry.details ?? {};
    const version = typeof details.version === "number" ? details.version : null;
    const match =
      version ??
      revisions.find(
        (r) =>
          !claimed.has(r.revision) &&
          r.authorId === entry.actorId &&
          Math.abs(r.at.getTime() - entry.at.getTime()) <= sameMomentMs,
      )?.revision;
    if (match !== undefined && match !== null) claimed.add(match);
    const kind = eventKinds[entry.action];
    const scheduledFor = kind === "scheduled" && typeof details.at === "string" ? new Date(details.at) : undefined;
    events.push({
      kind,
      at: entry.at,
      actorName: entry.actorName,
      automatic: entry.actorId === null && details.scheduled === true,
      ...(kind === "sentBack" && typeof details.note === "string" ? { note: details.note } : {}),
      ...(scheduledFor && !Number.isNaN(scheduledFor.getTime())
        ? { scheduledFor, unpublication: details.transition === "scheduleUnpublish" }
        : {}),
      ...(kind === "restored" && typeof details.revision === "number" ? { revision: details.revision } : {}),
    });
  }

  // The first revision is the article's creation; later unclaimed ones are edits, a run of
  // consecutive saves by one person (with no event between) shown as one item.
  const items: HistoryItem[] = [...events];
  let run: Extract<HistoryItem, { kind: "edited" }> | null = null;
  let runAuthor: number | null = null;
  let previous = 0;
  for (const r of revisions) {
    if (r.revision === 1 && !claimed.has(1)) {
      items.push({ kind: "created", at: r.at, actorName: r.authorName, automatic: false });
    } else if (claimed.has(r.revision)) {
      run = null;
    } else if (run && runAuthor === r.authorId) {
      run.saves += 1;
      run.at = r.at;
      run.toRevision = r.revision;
    } else {
      run = {
        kind: "edited",
        at: r.at,
        actorName: r.authorName,
        automatic: false,
        saves: 1,
        fromRevision: previous || r.revision,
        toRevision: r.revision,
      };
      runAuthor = r.authorId;
      items.push(run);
    }
    previous = r.revision;
  }
  return items.sort((a, b) => b.at.getTime() - a.at.getTime());
}
