/**
 * Every change of an article's status, and of its scheduled times, goes through here: the
 * Publish, Unpublish and Submit buttons, the review queue's decisions, scheduling and
 * cancelling, and the scheduler. One table says which statuses each change starts from, who may
 * make it and whether the publish checks apply; one function runs it, in one transaction:
 * checks, a guarded UPDATE that bumps the version, a revision and the audit entry. A concurrent
 * change makes the UPDATE match nothing, so a change never applies twice or to a state it did
 * not check.
 *
 * Access rule: transitionArticle takes the acting staff user and checks the permission table;
 * transitionIfDue is for the scheduler only (no user acts; the audit entry says so).
 */
import { DomainError } from "@/lib/domain-error";
import { and, eq, lte } from "drizzle-orm";
import type { AuditAction } from "@/lib/audit-actions";
import { assertCan, canEditArticle, type Permission } from "@/lib/permissions";
import type { ArticleStatus } from "@/lib/roles";
import { snapshotOf } from "@/lib/revisions/snapshot";
import { publishProblems } from "@/lib/workflow/publish-checks";
import { returnNoteSchema } from "@/lib/workflow/return-note";
import { db, tables, type Executor } from "../../client";
import { readLinkIds } from "./links";
import { insertRevision } from "./revisions";
import { recordAudit } from "../audit/record";
import { clearReturnNote, keepReturnNote } from "./return-notes";
import { findMissingAltText } from "../media/usage";
import type { StaffUser } from "../types";

const { articles } = tables;

export type WorkflowRefusal =
  /** The time is not after now. */
  | "pastTime"
  /** The unpublish time is not after the publication time. */
  | "unpublishBeforePublish"
  /** The article is not in a status this change applies to, or changed meanwhile. */
  | "badTransition"
  /** The article fails the publish checks (see `problems`). */
  | "publishChecks";

type Row = typeof articles.$inferSelect;

type Rule = {
  from: readonly ArticleStatus[];
  /** Who may ask for it; null: only the scheduler makes this change. */
  permission: Permission | null;
  /** The writer's own work only (unless the role edits anyone's). */
  ownWork?: boolean;
  /** Whether the content must pass the publish checks first. */
  publishChecks?: boolean;
  audit: AuditAction;
  /** The columns to write; `at` is the time asked for, `now` the moment of the change. */
  change: (row: Row, at: Date | null, now: Date) => Partial<typeof articles.$inferInsert>;
  /** A refusal that depends on the time asked for. */
  refuse?: (row: Row, at: Date | null, now: Date) => WorkflowRefusal | null;
  /** For the scheduler: whether the change is due at `now`. */
  due?: (row: Row, now: Date) => boolean;
  summary: (label: string, row: Row, at: Date | null) => string;
};

/** The note checked like the form checks it; the data layer refuses a missing one itself. */
function parseReturnNote(note: string | null): string {
  const parsed = returnNoteSchema.safeParse(note ?? "");
  if (!parsed.success)
    throw new DomainError("invalid", { fields: { note: parsed.error.issues[0]?.message ?? "noteRequired" } });
  return parsed.data;
}

const needsFutureTime = (at: Date | null, now: Date): WorkflowRefusal | null =>
  !at || at.getTime() <= now.getTime() ? "pastTime" : null;

/** Publishing by hand, from the article page (any unpublished status) or the review queue. */
const publishByHand: Rule = {
  from: ["draft", "review", "scheduled", "unpublished"],
  permission: "article.publish",
  publishChecks: true,
  audit: "article.publish",
  // The first publication time stays (a republish is an update, shown as such); going live
  // by hand replaces whatever was scheduled.
  change: (row, _at, now) => ({ status: "published", publishedAt: row.publishedAt ?? now, scheduledPublishAt: null }),
  summary: (label) => `Published ${label}`,
};

/** The one transition table. */
export const transitionRules = {
  submit: {
    from: ["draft"],
    permission: "article.submit",
    ownWork: true,
    audit: "article.submit",
    // Entering review starts the editors' queue clock.
    change: (_row, _at, now) => ({ status: "review", submittedAt: now }),
    summary: (label) => `Submitted ${label} for review`,
  },
  /** "Send back": the editor's note to the writer is required (see ./return-notes.ts). */
  returnToDraft: {
    from: ["review"],
    permission: "article.publish",
    audit: "article.returnToDraft",
    change: () => ({ status: "draft" }),
    summary: (label) => `Sent ${label} back to draft`,
  },
  publish: publishByHand,
  /** The review queue's Publish: only what is still in review, checked inside the transaction. */
  publishFromReview: { ...publishByHand, from: ["review"] },
  unpublish: {
    from: ["published", "scheduled"],
    permission: "article.publish",
    audit: "article.unpublish",
    change: () => ({ status: "unpublished", scheduledPublishAt: null, scheduledUnpublishAt: null }),
    summary: (label) => `Unpublished ${label}`,
  },
  schedule: {
    from: ["draft", "review", "unpublished", "scheduled"],
    permission: "article.publish",
    publishChecks: true,
    audit: "article.schedule",
    change: (_row, at) => ({ status: "scheduled", scheduledPublishAt: at }),
    refuse: (row, at, now) =>
      needsFutureTime(at, now) ??
      (at && row.scheduledUnpublishAt && row.scheduledUnpublishAt.getTime() <= at.getTime()
        ? "unpublishBeforePublish"
        : null),
    summary: (label, _row, at) => `Scheduled ${label} for publication at ${at?.toISOString()}`,
  },
  cancelSchedule: {
    from: ["scheduled"],
    permission: "article.publish",
    audit: "article.unschedule",
    change: () => ({ status: "draft", scheduledPublishAt: null, scheduledUnpublishAt: null }),
    summary: (label) => `Cancelled the scheduled publication of ${label}`,
  },
  scheduleUnpublish: {
    from: ["published", "scheduled"],
    permission: "article.publish",
    audit: "article.schedule",
    change: (_row, at) => ({ scheduledUnpublishAt: at }),
    refuse: (row, at, now) =>
      needsFutureTime(at, now) ??
      (at && row.status === "scheduled" && row.scheduledPublishAt && at <= row.scheduledPublishAt
        ? "unpublishBeforePublish"
        : null),
    summary: (label, _row, at) => `Scheduled ${label} to be unpublished at ${at?.toISOString()}`,
  },
  cancelUnpublish: {
    from: ["published", "scheduled"],
    permission: "article.publish",
    audit: "article.unschedule",
    change: () => ({ scheduledUnpublishAt: null }),
    refuse: (row) => (row.scheduledUnpublishAt ? null : "badTransition"),
    summary: (label) => `Cancelled the scheduled unpublication of ${label}`,
  },
  scheduledPublish: {
    from: ["scheduled"],
    permission: null,
    publishChecks: true,
    audit: "article.publish",
    change: (row, _at, now) => ({ status: "published", publishedAt: row.publishedAt ?? now, scheduledPublishAt: null }),
    due: (row, now) => row.scheduledPublishAt !== null && row.scheduledPublishAt <= now,
    summary: (label) => `Published ${label} as scheduled`,
  },
  scheduledUnpublish: {
    from: ["published"],
    permission: null,
    audit: "article.unpublish",
    change: () => ({ status: "unpublished", scheduledUnpublishAt: null }),
    due: (row, now) => row.scheduledUnpublishAt !== null && row.scheduledUnpublishAt <= now,
    summary: (label) => `Unpublished ${label} as scheduled`,
  },
} as const satisfies Record<string, Rule>;

export type TransitionName = keyof typeof transitionRules;
export type StaffTransition = {
  [K in TransitionName]: (typeof transitionRules)[K]["permission"] extends null ? never : K;
}[TransitionName];
export type ScheduledTransition = Exclude<TransitionName, StaffTransition>;

export type TransitionResult = {
  locale: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  topicIds: number[];
  authorIds: number[];
};

async function readWithLinks(tx: Executor, id: number) {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id)).limit(1);
  if (!row) return null;
  return { row, ...(await readLinkIds(tx, id)) };
}

/** What stops the article going live: the content checks and images without alt text. */
async function requirePublishable(tx: Executor, row: Row): Promise<void> {
  const problems = publishProblems(row);
  const missingAlt = await findMissingAltText(tx, row);
  if (missingAlt.length) problems.push("imageAltMissing");
  if (problems.length) throw new DomainError("publishChecks", { problems, missingAlt });
}

/**
 * Runs one transition. Returns null only for the scheduler when there was nothing to do
 * (another instance got there first, or the article was rescheduled or cancelled meanwhile).
 */
async function applyTransition(
  actor: StaffUser | null,
  id: number,
  name: TransitionName,
  at: Date | null,
  now: Date,
  note: string | null = null,
): Promise<TransitionResult | null> {
  const rule: Rule = transitionRules[name];
  if (rule.permission) {
    if (!actor) throw new DomainError("forbidden", { permission: rule.permission });
    assertCan(actor, rule.permission);
  }
  return db.transaction(async (tx) => {
    const current = await readWithLinks(tx, id);
    if (!current) {
      if (rule.due) return null;
      throw new DomainError("notFound");
    }
    const { row, topicIds, authorIds } = current;
    if (actor && rule.ownWork && rule.permission && !canEditArticle(actor, row))
      throw new DomainError("forbidden", { permission: rule.permission });
    if (rule.due && (!rule.from.includes(row.status) || !rule.due(row, now))) return null;
    if (!rule.from.includes(row.status)) throw new DomainError("badTransition");
    const refusal = rule.refuse?.(row, at, now);
    if (refusal) throw new DomainError(refusal);
    const returnNote = name === "returnToDraft" ? parseReturnNote(note) : null;
    if (rule.publishChecks) await requirePublishable(tx, row);

    const [changed] = await tx
      .update(articles)
      .set({ ...rule.change(row, at, now), version: row.version + 1, updatedAt: now })
      .where(
        and(
          eq(articles.id, id),
          eq(articles.status, row.status),
          eq(articles.version, row.version),
          // The scheduler's claim: still due, so two instances never both apply it.
          name === "scheduledPublish" ? lte(articles.scheduledPublishAt, now) : undefined,
          name === "scheduledUnpublish" ? lte(articles.scheduledUnpublishAt, now) : undefined,
        ),
      )
      .returning({ locale: articles.locale, slug: articles.slug, status: articles.status, version: articles.version });
    if (!changed) {
      if (rule.due) return null;
      throw new DomainError("badTransition");
    }
    await insertRevision(tx, {
      articleId: id,
      revision: changed.version,
      authorId: actor?.id ?? null,
      snapshot: snapshotOf({ ...row, topicIds, authorIds }),
    });
    // The writer reads the note until the article next changes status.
    if (returnNote !== null) await keepReturnNote(tx, { articleId: id, note: returnNote, authorId: actor?.id ?? null });
    else if (changed.status !== row.status) await clearReturnNote(tx, id);
    const label = `“${row.title}” (${row.locale})`;
    const scheduledAt = name === "scheduledPublish" ? row.scheduledPublishAt : row.scheduledUnpublishAt;
    await recordAudit(
      {
        action: rule.audit,
        actor,
        target: { type: "article", id },
        summary: rule.summary(label, row, at),
        details: {
          transition: name,
          from: row.status,
          to: changed.status,
          // The revision this change wrote, so the article's history can tell it from an edit.
          version: changed.version,
          ...(returnNote !== null ? { note: returnNote } : {}),
          ...(at ? { at: at.toISOString() } : {}),
          ...(rule.due ? { scheduled: true, scheduledAt: scheduledAt?.toISOString() ?? null } : {}),
        },
      },
      tx,
    );
    return { ...changed, topicIds, authorIds };
  });
}

/**
 * A staff member's change of status or schedule; `at` for the scheduling transitions, `note`
 * (required) for sending an article back to its writer.
 */
export async function transitionArticle(
  actor: StaffUser,
  id: number,
  name: StaffTransition,
  options: { at?: Date; now?: Date; note?: string } = {},
): Promise<TransitionResult> {
  const result = await applyTransition(
    actor,
    id,
    name,
    options.at ?? null,
    options.now ?? new Date(),
    options.note ?? null,
  );
  if (!result) throw new DomainError("badTransition");
  return result;
}

/**
 * The scheduler's change of a due article. Returns null when there was nothing to do; throws
 * WorkflowError("publishChecks") when the content would not pass the publish checks.
 */
export async function transitionIfDue(
  id: number,
  name: ScheduledTransition,
  now: Date,
): Promise<TransitionResult | null> {
  return applyTransition(null, id, name, null, now);
}
