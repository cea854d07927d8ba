/** One comment's thread, with the newsroom's reply form (editors and admins). */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { getStaffCommentThread } from "@/db/queries/comments/moderation";
import { CommentText } from "@/components/article/comments/comment-text";
import { PageHeader } from "@/components/ui/page-header";
import { replyToCommentAction } from "../actions";
import { ReplyForm } from "../_components/reply-form.client";

export const metadata: Metadata = { title: "Reply to a comment" };

export default async function CommentReplyPage({ params }: PageProps<"/admin/comments/[id]">) {
  const user = await requireStaffPage("comment.moderate");
  const { id } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id)) notFound();
  const thread = await getStaffCommentThread(user, Number(id));
  if (!thread) notFound();
  const t = await getTranslations("comments");
  const format = await getFormatter();
  return (
    <>
      <PageHeader title={t("reply.title")} description={t("reply.intro")} />
      <p className="mt-4 text-sm">
        <Link prefetch={false} href="/admin/comments" className="text-link hover:underline">
          {t("reply.back")}
        </Link>
      </p>
      <section aria-labelledby="thread-heading" className="mt-6 max-w-2xl">
        <h2 id="thread-heading" className="text-lg font-semibold">
          {t("reply.thread")}: {thread.articleTitle}
        </h2>
        <ol className="mt-3 flex flex-col gap-4">
          {thread.comments.map((comment) => (
            <li
              key={comment.id}
              className={`rounded-sm border border-rule p-3 ${comment.parentId !== null ? "ml-6" : ""} ${comment.id === thread.focusId ? "border-ink" : ""}`}
            >
              <p className="text-sm font-semibold">
                {comment.authorName}
                {comment.isStaff && <span className="ml-2 text-xs uppercase">{t("staff")}</span>}
                <span className="ml-2 font-normal text-ink-muted">
                  {t(`statuses.${comment.status}`)} ·{" "}
                  <time dateTime={comment.createdAt.toISOString()}>
                    {format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </span>
              </p>
              <CommentText body={comment.body} className="mt-1 text-sm" />
            </li>
          ))}
        </ol>
      </section>
      <ReplyForm action={replyToCommentAction} commentId={thread.focusId} />
    </>
  );
}
