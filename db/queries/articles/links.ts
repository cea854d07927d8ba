/**
 * An article's topics and authors as ids, authors in byline order. Access rule: none of its
 * own; it serves the articles module's functions after they have checked the actor.
 */
import { asc, eq } from "drizzle-orm";
import { tables, type Executor } from "../../client";

const { articleAuthors, articleTopics } = tables;

export async function readLinkIds(
  executor: Executor,
  articleId: number,
): Promise<{ topicIds: number[]; authorIds: number[] }> {
  const [topicRows, authorRows] = await Promise.all([
    executor.select({ id: articleTopics.topicId }).from(articleTopics).where(eq(articleTopics.articleId, articleId)),
    executor
      .select({ id: articleAuthors.userId })
      .from(articleAuthors)
      .where(eq(articleAuthors.articleId, articleId))
      .orderBy(asc(articleAuthors.position)),
  ]);
  return { topicIds: topicRows.map((t) => t.id), authorIds: authorRows.map((a) => a.id) };
}
