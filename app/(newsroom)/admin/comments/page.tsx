/**
 * The comment queue: newest first, filtered by status (waiting by default) and article. Editors
 * and admins moderate one comment or many at once (one form: each row's buttons name their
 * comment, the bulk buttons take the ticked rows); writers see the comments on their own
 * articles, read-only. Emails and addresses are shown here, to staff, and nowhere else.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listCommentedArticles, listStaffComments } from "@/db/queries/comments/moderation";
import { CommentText } from "@/components/article/comments/comment-text";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button.client";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { commentStatuses, isCommentStatus, type CommentStatus } from "@/lib/comments/statuses";
import { can } from "@/lib/permissions";
import { paths } from "@/lib/paths";
import { RefusalNotice, refusalCode } from "../_components/refusal-notice";
import { moderateCommentsAction } from "./actions";

export const metadata: Metadata = { title: "Comments" };

const doneActions = ["approve", "reject", "spam", "delete"] as const;

export default async function CommentsQueuePage({ searchParams }: PageProps<"/admin/comments">) {
  const user = await requireStaffPage();
  const t = await getTranslations("comments");
  const format = await getFormatter();
  const query = await searchParams;
  const status: CommentStatus | "all" =
    query.status === "all" ? "all" : isCommentStatus(query.status) ? query.status : "pending";
  const articleId =
    typeof query.article === "string" && /^[1-9]\d{0,9}$/.test(query.article) ? Number(query.article) : null;
  const page = typeof query.page === "string" && /^[1-9]\d{0,5}$/.test(query.page) ? Number(query.page) : 1;
  const [list, articles] = await Promise.all([
    listStaffComments(user, { status, articleId, page }),
    listCommentedArticles(user),
  ]);
  const moderator = can(user.role, "comment.moderate");
  const done = doneActions.find((action) => action === query.done) ?? null;
  const doneCount = typeof query.count === "string" && /^\d{1,4}$/.test(query.count) ? Number(query.count) : 1;
  const filterQuery = (extra: Record<string, string>) => {
    const params = new URLSearchParams();
    if (status !== "pending") params.set("status", status);
    if (articleId !== null) params.set("article", String(articleId));
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    const text = params.toString();
    return text ? `/admin/comments?${text}` : "/admin/comments";
  };
  const rowActions = (row: (typeof list.rows)[number]) => (
    <div className="flex flex-wrap gap-2">
      {row.status !== "approved" && (
        <Button
          type="submit"
          size="sm"
          name="one"
          value={`approve:${row.id}`}
          aria-label={t("actions.approveLabel", { name: row.authorName })}
        >
          {t("actions.approve")}
        </Button>
      )}
      {row.status !== "rejected" && (
        <Button
          type="submit"
          size="sm"
          name="one"
          value={`reject:${row.id}`}
          aria-label={t("actions.rejectLabel", { name: row.authorName })}
        >
          {t("actions.reject")}
        </Button>
      )}
      {row.status !== "spam" && !row.isStaff && (
        <Button
          type="submit"
          size="sm"
          name="one"
          value={`spam:${row.id}`}
          aria-label={t("actions.spamLabel", { name: row.authorName })}
        >
          {t("actions.spam")}
        </Button>
      )}
      <Link
        prefetch={false}
        href={`/admin/comments/${row.id}`}
        className="inline-block rounded-sm border border-rule px-3 py-1.5 text-sm font-medium hover:border-ink"
        aria-label={t("actions.replyLabel", { name: row.authorName })}
      >
        {t("actions.reply")}
      </Link>
      <ConfirmButton
        size="sm"
        name="one"
        value={`delete:${row.id}`}
        title={t("actions.deleteLabel", { name: row.authorName })}
        message={t("deleteConfirm")}
        confirmLabel={t("actions.delete")}
        cancelLabel={t("actions.cancel")}
      >
        <span aria-hidden="true">{t("actions.delete")}</span>
        <span className="sr-only">{t("actions.deleteLabel", { name: row.authorName })}</span>
      </ConfirmButton>
    </div>
  );

  const table = (
    <DataTable
      className="mt-4"
      caption={t("title")}
      rows={list.rows}
      rowKey={(row) => row.id}
      columns={[
        ...(moderator
          ? [
              {
                header: t("columns.select"),
                cell: (row: (typeof list.rows)[number]) => (
                  <input
                    type="checkbox"
                    name="ids"
                    value={row.id}
                    aria-label={t("selectOne", { name: row.authorName })}
                    className="size-4"
                  />
                ),
              },
            ]
          : []),
        {
          header: t("columns.comment"),
          rowHeader: true,
          className: "max-w-xl",
          cell: (row) => (
            <div id={`queue-comment-${row.id}`}>
              <p className="font-semibold">
                {row.authorName}
                {row.isStaff && <span className="ml-2 text-xs font-semibold uppercase">{t("staff")}</span>}
              </p>
              <p className="text-xs text-ink-muted">
                <time dateTime={row.createdAt.toISOString()}>
                  {format.dateTime(row.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
                {" · "}
                {row.authorEmail ? t("email", { email: row.authorEmail }) : t("noEmail")}
                {row.clientAddress && <> · {t("address", { address: row.clientAddress })}</>}
              </p>
              {row.parentAuthorName && (
                <p className="text-xs text-ink-muted">{t("replyTo", { name: row.parentAuthorName })}</p>
              )}
              <CommentText body={row.body} className="mt-1" />
            </div>
          ),
        },
        {
          header: t("columns.article"),
          cell: (row) => (
            <>
              <Link prefetch={false} href={`/admin/articles/${row.articleId}`} className="text-link hover:underline">
                {row.articleTitle}
              </Link>{" "}
              <span className="text-xs text-ink-muted uppercase">({row.articleLocale})</span>
              {row.articlePublished ? (
                row.status === "approved" && (
                  <a
                    href={`${paths.article(row.articleLocale, row.articleSlug)}#comment-${row.id}`}
                    className="mt-1 inline-block py-1 text-sm text-link hover:underline"
                  >
                    {t("viewOnSite")}
                  </a>
                )
              ) : (
                <span className="block text-xs text-ink-muted">{t("notPublished")}</span>
              )}
            </>
          ),
        },
        { header: t("columns.status"), cell: (row) => t(`statuses.${row.status}`) },
        ...(moderator ? [{ header: t("columns.actions"), cell: rowActions }] : []),
      ]}
    />
  );

  return (
    <>
      <PageHeader title={t("title")} description={moderator ? t("intro") : t("introWriter")} />
      {done && (
        <Notice tone="success" className="mt-6">
          {t(`done.${done}`, { count: doneCount })}
        </Notice>
      )}
      <RefusalNotice code={refusalCode(query.error)} t={t} className="mt-6" />

      <form method="get" action="/admin/comments" className="mt-6 flex flex-wrap items-end gap-4 text-sm">
        <SelectField
          name="status"
          label={t("filters.status")}
          defaultValue={status}
          options={[...commentStatuses, "all" as const].map((value) => ({ value, label: t(`statuses.${value}`) }))}
        />
        <SelectField
          name="article"
          label={t("filters.article")}
          defaultValue={articleId === null ? "" : String(articleId)}
          options={articles.map((article) => ({ value: article.id, label: `${article.title} (${article.locale})` }))}
          className="max-w-xs"
        >
          <option value="">{t("filters.anyArticle")}</option>
        </SelectField>
        <Button type="submit">{t("filters.apply")}</Button>
        {(status !== "pending" || articleId !== null) && (
          <Link prefetch={false} href="/admin/comments" className="py-2 text-link hover:underline">
            {t("filters.clear")}
          </Link>
        )}
      </form>

      <p className="mt-6 text-sm text-ink-muted" role="status">
        {t("count", { count: list.total })}
      </p>
      {list.rows.length > 0 &&
        (moderator ? (
          <form action={moderateCommentsAction}>
            <input type="hidden" name="status" value={status === "pending" ? "" : status} />
            <input type="hidden" name="article" value={articleId === null ? "" : String(articleId)} />
            <fieldset className="mt-4 flex flex-wrap items-center gap-2 text-sm">
              <legend className="mb-2 font-semibold">{t("bulk.legend")}</legend>
              {doneActions.map((action) => (
                <Button
                  key={action}
                  type="submit"
                  size="sm"
                  name="bulk"
                  value={action}
                  variant={action === "delete" ? "danger" : "secondary"}
                >
                  {t(`bulk.${action}`)}
                </Button>
              ))}
            </fieldset>
            {table}
          </form>
        ) : (
          table
        ))}
      {list.pages > 1 && (
        <nav aria-label={t("pagination")} className="mt-6 flex items-center gap-4 text-sm">
          {page > 1 && (
            <Link prefetch={false} href={filterQuery({ page: String(page - 1) })} className="text-link hover:underline">
              {t("newer")}
            </Link>
          )}
          <span>{t("pageOf", { page, pages: list.pages })}</span>
          {page < list.pages && (
            <Link prefetch={false} href={filterQuery({ page: String(page + 1) })} className="text-link hover:underline">
              {t("older")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
