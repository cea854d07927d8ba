/**
 * Under an article: the count, the approved comments and the form, or "Comments are closed."
 * when the article or the site takes none (the approved ones stay on show unless the settings
 * say to hide them). The form element comes from the page (it is bound to a server action,
 * which lives under app/).
 */
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ReaderComments } from "@/db/queries/comments/reader";
import { CommentList } from "./comment-list";

export async function CommentsSection({
  comments,
  open,
  showWhenClosed,
  replyHref,
  form,
}: {
  comments: ReaderComments;
  open: boolean;
  showWhenClosed: boolean;
  replyHref: (commentId: number) => string;
  form: ReactNode;
}) {
  const t = await getTranslations("readerComments");
  const listed = open || showWhenClosed;
  if (!open && (!listed || comments.count === 0))
    return (
      <p className="mx-auto mt-8 max-w-3xl border-t border-rule pt-4 text-sm text-ink-muted no-print">{t("closed")}</p>
    );
  return (
    <section aria-labelledby="comments-heading" id="comments" className="mx-auto mt-10 max-w-3xl no-print">
      <h2 id="comments-heading" className="border-t-2 border-ink pt-4 font-serif text-2xl font-bold">
        {t("heading", { count: comments.count })}
      </h2>
      <CommentList comments={comments} replyHref={open ? replyHref : null} />
      {open ? form : <p className="mt-8 border-t border-rule pt-4 text-sm text-ink-muted">{t("closed")}</p>}
    </section>
  );
}
