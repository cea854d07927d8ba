/**
 * Scheduled publication and unpublication: one pass publishes every scheduled article whose time
 * has come, then unpublishes every published article whose unpublish time has come, catching up
 * on everything overdue (after downtime the first pass does it all). A failure on one article
 * is logged and the pass goes on with the others.
 */
import { transitionIfDue } from "@/db/queries/articles/transitions";
import { listDueChanges } from "@/db/queries/articles/scheduled-changes";
import { logger } from "./logger";

export type SchedulerPass = { published: number[]; unpublished: number[]; failed: number[] };

/** Expires the reader caches of a changed article. */
export type ArticleInvalidator = (articleId: number) => Promise<void>;

export async function runScheduledChanges(now: Date, invalidate: ArticleInvalidator): Promise<SchedulerPass> {
  const pass: SchedulerPass = { published: [], unpublished: [], failed: [] };
  const apply = async (kind: "publish" | "unpublish", id: number) => {
    try {
      const changed = await transitionIfDue(id, kind === "publish" ? "scheduledPublish" : "scheduledUnpublish", now);
      if (!changed) return;
      (kind === "publish" ? pass.published : pass.unpublished).push(id);
    } catch (error) {
      pass.failed.push(id);
      logger.error({ err: error, articleId: id, kind }, "scheduled change failed");
      return;
    }
    try {
      await invalidate(id);
    } catch (error) {
      logger.error({ err: error, articleId: id, kind }, "cache invalidation after a scheduled change failed");
    }
  };
  for (const id of (await listDueChanges(now)).publish) await apply("publish", id);
  // Read again: an article published just now may already be due to come down.
  for (const id of (await listDueChanges(now)).unpublish) await apply("unpublish", id);
  if (pass.published.length || pass.unpublished.length || pass.failed.length)
    logger.info({ ...pass }, "scheduler pass");
  return pass;
}
