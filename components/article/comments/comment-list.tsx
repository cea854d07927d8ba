/**
 * An article's approved comments, oldest first, each with its replies (one level), a permalink
 * and a localised date; the newsroom's replies are marked as such. Never shows an email or an
 * address: the reader query does not even select them.
 */
import { getTranslations } from "next-intl/server";
import type { ReaderComment, ReaderComments } from "@/db/queries/comments/reader";
import { PublishedTime } from "../published-time";
import { CommentText } from "./comment-text";

async function CommentItem({
  comment,
  replyHref,
}: {
  comment: Omit<ReaderComment, "replies">;
  /** Where "Reply" leads (top-level comments only, while comments are open). */
  replyHref: string | null;
}) {
  const t = await getTranslations("readerComments");
  return (
    <article id={`comment-${comment.id}`} aria-labelledby={`comment-${comment.id}-author`} className="scroll-mt-4">
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
        <h3 id={`comment-${comment.id}-author`} className="font-semibold">
          {comment.authorName}
          {comment.isStaff && (
            <span className="ml-2 rounded-sm bg-ink px-1.5 py-0.5 text-xs font-semibold text-paper">
              <span className="sr-only">{" · "}</span>
              {t("staff")}
            </span>
          )}
        </h3>
        <a href={`#comment-${comment.id}`} className="text-ink-muted hover:underline">
          <PublishedTime iso={comment.createdAt} withTime />
          <span className="sr-only"> ({t("permalink")})</span>
        </a>
      </header>
      <CommentText body={comment.body} className="mt-1" />
      {replyHref && (
        <p className="mt-1 text-sm">
          <a href={replyHref} className="font-medium text-link hover:underline">
            {t("replyTo", { name: comment.authorName })}
          </a>
        </p>
      )}
    </article>
  );
}

export async function CommentList({
  comments,
  replyHref,
}: {
  comments: ReaderComments;
  replyHref: ((commentId: number) => string) | null;
}) {
  const t = await getTranslations("readerComments");
  if (comments.threads.length === 0) return <p className="mt-4 text-ink-muted">{t("none")}</p>;
  return (
    <ol className="mt-6 flex flex-col gap-6">
      {comments.threads.map((thread) => (
        <li key={thread.id} className="border-t border-rule pt-4">
          <CommentItem comment={thread} replyHref={replyHref ? replyHref(thread.id) : null} />
          {thread.replies.length > 0 && (
            <ol
              aria-label={t("replies", { name: thread.authorName })}
              className="mt-4 ml-4 flex flex-col gap-4 border-l-2 border-rule pl-4 sm:ml-8"
            >
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentItem comment={reply} replyHref={null} />
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ol>
  );
}
