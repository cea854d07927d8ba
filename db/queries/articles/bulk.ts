/**
 * Bulk actions on the newsroom list: one change applied to several articles, each on its own.
 * Every article goes through the same function as the single-article button (transitions,
 * deletion, a save for "add topic"), so the same rules and permissions apply, each in its own
 * transaction: one article refused or failing leaves the others done and itself untouched, and
 * the answer says, per article, what was done or why it was refused.
 *
 * Access rule: any staff member may ask; each article's change checks the permission table
 * itself. An article the actor may not see (another writer's draft) is reported as not found.
 */
import { eq, inArray } from "drizzle-orm";
import { DomainError, type DomainErrorCode } from "@/lib/domain-error";
import { assertCan, canSeeArticle } from "@/lib/permissions";
import type { ArticleStatus } from "@/lib/roles";
import { articleRowFields, pickFields, type ArticleFormInput } from "@/lib/validation/article-form";
import type { PublishProblem } from "@/lib/workflow/publish-checks";
import { db, tables } from "../../client";
import { deleteArticle } from "./deletion";
import { readLinkIds } from "./links";
import { updateArticle, type PublicFootprint } from "./saves";
import { transitionArticle } from "./transitions";
import type { StaffUser } from "../types";

const { articles, topics } = tables;

export const bulkOperations = ["submit", "publish", "unpublish", "delete", "addTopic"] as const;
export type BulkOperation = (typeof bulkOperations)[number];

/** Operations that change the public site or lose work at once: the list asks before them. */
export const confirmedOperations: readonly BulkOperation[] = ["unpublish", "delete"];

/** An article as the list showed it: its id and the version the row was read at. */
export type BulkItem = { id: number; version: number };

/**
 * Why an article was refused: a refusal code, or for an "invalid" one the field message
 * ("deletePublished": published work is unpublished instead; "media.altTextMissing").
 */
export type BulkRefusal = Exclude<DomainErrorCode, "invalid"> | "deletePublished" | "altTextMissing" | "invalid";

export type BulkOutcome = {
  id: number;
  /** As it was before the change; null when the actor may not see it or it does not exist. */
  title: string | null;
  locale: string | null;
  /** "done"; "unchanged" when there was nothing to do (the topic was already there). */
  result: "done" | "unchanged" | "refused";
  reason: BulkRefusal | null;
  /** For a refused publication: what the publish checks found. */
  problems: PublishProblem[];
  /** Where the article showed on the site before the change (for cache invalidation). */
  previous?: PublicFootprint;
  /** The article's status after the change (published work needs its reader pages refreshed). */
  status?: ArticleStatus;
};

/** The titles of the articles `actor` may see among `ids`, for a confirmation or a summary. */
export async function describeArticlesForStaff(
  actor: StaffUser,
  ids: readonly number[],
): Promise<Map<number, { title: string; locale: string; status: ArticleStatus }>> {
  assertCan(actor, "newsroom.enter");
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      locale: articles.locale,
      status: articles.status,
      createdById: articles.createdById,
    })
    .from(articles)
    .where(inArray(articles.id, [...ids]));
  return new Map(
    rows
      .filter((row) => canSeeArticle(actor, row))
      .map((row) => [row.id, { title: row.title, locale: row.locale, status: row.status }]),
  );
}

function refusalOf(error: DomainError): BulkRefusal {
  if (error.code !== "invalid") return error.code;
  const form = error.fields.form;
  if (form === "deletePublished") return "deletePublished";
  if (form === "media.altTextMissing") return "altTextMissing";
  return "invalid";
}

/**
 * Adds a topic to an article as a save from the version the list showed: a new version and
 * revision, refused like any edit (role, status for writers, someone saving first).
 */
async function addTopic(actor: StaffUser, item: BulkItem, topicId: number): Promise<BulkOutcome["result"]> {
  const [row] = await db.select().from(articles).where(eq(articles.id, item.id)).limit(1);
  if (!row) throw new DomainError("notFound");
  const links = await readLinkIds(db, item.id);
  if (links.topicIds.includes(topicId)) return "unchanged";
  const input: ArticleFormInput = {
    ...pickFields(row, articleRowFields),
    locale: row.locale as ArticleFormInput["locale"],
    authorIds: links.authorIds,
    topicIds: [...links.topicIds, topicId],
  };
  await updateArticle(actor, item.id, item.version, input);
  return "done";
}

async function applyOne(
  actor: StaffUser,
  operation: BulkOperation,
  item: BulkItem,
  topicId: number | null,
): Promise<BulkOutcome["result"]> {
  switch (operation) {
    case "submit":
    case "publish":
    case "unpublish":
      await transitionArticle(actor, item.id, operation);
      return "done";
    case "delete":
      await deleteArticle(actor, item.id, item.version);
      return "done";
    case "addTopic":
      if (topicId === null) throw new DomainError("invalid", { fields: { topicId: "topicRequired" } });
      return addTopic(actor, item, topicId);
  }
}

/**
 * Applies `operation` to each article in turn (ids repeated count once) and reports each
 * outcome, in the order given. Anything but a refusal (an outage) stops the run and is thrown:
 * the articles before it keep their change, as each was committed on its own.
 */
export async function applyBulkOperation(
  actor: StaffUser,
  operation: BulkOperation,
  items: readonly BulkItem[],
  options: { topicId?: number } = {},
): Promise<BulkOutcome[]> {
  assertCan(actor, "newsroom.enter");
  const topicId = options.topicId ?? null;
  if (operation === "addTopic") {
    const [topic] = topicId
      ? await db.select({ id: topics.id }).from(topics).where(eq(topics.id, topicId)).limit(1)
      : [];
    if (!topic) throw new DomainError("invalid", { fields: { topicId: topicId ? "unknownId" : "topicRequired" } });
  }
  const unique = [...new Map(items.map((item) => [item.id, item])).values()];
  const described = await describeArticlesForStaff(
    actor,
    unique.map((item) => item.id),
  );
  const outcomes: BulkOutcome[] = [];
  for (const item of unique) {
    const seen = described.get(item.id);
    const base = { id: item.id, title: seen?.title ?? null, locale: seen?.locale ?? null, problems: [] };
    if (!seen) {
      outcomes.push({ ...base, result: "refused", reason: "notFound" });
      continue;
    }
    try {
      const previous = seen.status === "published" ? await footprintOf(item.id) : undefined;
      const result = await applyOne(actor, operation, item, topicId);
      const [after] = await db.select({ status: articles.status }).from(articles).where(eq(articles.id, item.id));
      outcomes.push({ ...base, result, reason: null, previous, status: after?.status });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const problems = [...error.problems];
      outcomes.push({ ...base, result: "refused", reason: refusalOf(error), problems });
    }
  }
  return outcomes;
}

/** Where a published article shows now: its address, topics and authors. */
async function footprintOf(id: number): Promise<PublicFootprint | undefined> {
  const [row] = await db
    .select({ locale: articles.locale, slug: articles.slug })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  return row ? { ...row, ...(await readLinkIds(db, id)) } : undefined;
}
