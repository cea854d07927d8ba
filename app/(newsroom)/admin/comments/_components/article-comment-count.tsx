/** An article's comments in the newsroom's article list: approved, and waiting when any. */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleCommentCounts } from "@/db/queries/comments/moderation";

export async function ArticleCommentCount({ articleId, counts }: { articleId: number; counts?: ArticleCommentCounts }) {
  if (!counts) return <span className="text-ink-muted">0</span>;
  const t = await getTranslations("comments");
  return (
    <Link
      prefetch={false}
      href={`/admin/comments?status=all&article=${articleId}`}
      className="text-link hover:underline"
      title={t("articleCountLabel")}
    >
      {t("articleCount", { approved: counts.approved, pending: counts.pending })}
    </Link>
  );
}
