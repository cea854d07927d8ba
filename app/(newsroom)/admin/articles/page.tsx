import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { listActiveAuthors } from "@/db/queries/accounts/users";
import { listArticlesForStaff } from "@/db/queries/articles/staff-list";
import { listTopics } from "@/db/queries/topics/reads";
import { Button, buttonClass } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { SelectField, TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { defaultLocale, isLocale, localeNames, locales } from "@/lib/locales";
import { can } from "@/lib/permissions";
import { articleStatuses } from "@/lib/roles";
import {
  articleListHref,
  articleListOrders,
  orderOf,
  parseArticleListParams,
  type ArticleListParams,
} from "@/lib/validation/article-list";
import { formatSiteTime } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { articleListColumns, type ArticleListLabel } from "./_components/article-list-columns";
import { BulkToolbar } from "./_components/bulk-toolbar.client";
import { commentCountsByArticle } from "@/db/queries/comments/moderation";
import { ArticleCommentCount } from "../comments/_components/article-comment-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: t("articles") };
}

const bulkFormId = "bulk-articles";

export default async function ArticleListPage({ searchParams }: PageProps<"/admin/articles">) {
  const user = await requireStaffPage();
  const query = await searchParams;
  const params = parseArticleListParams(query);
  const t = await getTranslations("admin");
  const tList = await getTranslations("articleList");
  const tWorkflow = await getTranslations("workflow");
  const format = await getFormatter();
  const uiLocale = await getLocale();
  const zone = siteTimeZone();
  const [list, topics, authors] = await Promise.all([
    listArticlesForStaff(user, params),
    listTopics(isLocale(uiLocale) ? uiLocale : defaultLocale),
    listActiveAuthors(),
  ]);
  const filtered = Boolean(params.text || params.status || params.locale || params.authorId || params.topicId);

  const labels: Record<ArticleListLabel, (values?: Record<string, string | number>) => string> = {
    select: () => tList("columns.select"),
    selectArticle: (v) => tList("select", v),
    title: () => t("list.title"),
    status: () => t("list.status"),
    language: () => t("list.language"),
    authors: () => t("list.authors"),
    words: () => tList("columns.words"),
    wordCount: (v) => tList("words", v),
    updated: () => t("list.updated"),
    published: () => tList("columns.published"),
    notPublished: () => tList("notPublished"),
    translations: () => t("list.translations"),
    openTranslation: (v) => t("translate.open", v),
  };
  const columns = articleListColumns({
    bulkFormId,
    label: (key, values) => labels[key](values),
    status: (status) => t(`status.${status}`),
    time: (at) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }),
    number: (value) => format.number(value),
    scheduleNotes: (row) => (
      <>
        {row.status === "scheduled" && row.scheduledPublishAt && (
          <p className="mt-1 text-xs text-ink-muted">
            {tWorkflow("list.scheduled", { time: formatSiteTime(row.scheduledPublishAt, uiLocale, zone) })}
          </p>
        )}
        {row.scheduledUnpublishAt && (
          <p className="mt-1 text-xs text-ink-muted">
            {tWorkflow("list.unpublishAt", { time: formatSiteTime(row.scheduledUnpublishAt, uiLocale, zone) })}
          </p>
        )}
      </>
    ),
  });
  // Reader comments per listed article (one query over the page's ids), after the word count.
  const [commentCounts, tComments] = await Promise.all([
    commentCountsByArticle(list.items.map((row) => row.id)),
    getTranslations("comments"),
  ]);
  columns.splice(columns.findIndex((column) => column.header === tList("columns.words")) + 1, 0, {
    header: tComments("listColumn"),
    cell: (row) => <ArticleCommentCount articleId={row.id} counts={commentCounts.get(row.id)} />,
  });

  return (
    <>
      <PageHeader
        title={t("articles")}
        actions={
          <Link prefetch={false} href="/admin/articles/new" className={buttonClass("primary")}>
            {t("newArticle")}
          </Link>
        }
      />
      {query.done === "deleted" && (
        <Notice tone="success" className="mt-6">
          {t("delete.done")}
        </Notice>
      )}
      {query.error === "notFound" && (
        <Notice tone="error" className="mt-6">
          {t("errors.notFound")}
        </Notice>
      )}
      <ArticleListFilters
        params={params}
        topics={topics}
        authors={authors}
        statusLabel={(status) => t(`status.${status}`)}
        t={tList}
      />
      <BulkToolbar formId={bulkFormId} mayPublish={can(user.role, "article.publish")} topics={topics} />
      <p className="mt-6 text-sm font-medium" role="status">
        {tList("results.count", { total: list.total })}
      </p>
      {list.moreThanTotal && (
        <Notice tone="info" className="mt-2">
          {tList("results.moreThan", { total: list.total })}
        </Notice>
      )}
      {list.items.length === 0 ? (
        <p className="mt-6 text-ink-muted">{tList(filtered ? "results.none" : "results.noneAtAll")}</p>
      ) : (
        <DataTable
          className="mt-3"
          caption={t("articles")}
          rows={list.items}
          rowKey={(row) => row.id}
          columns={columns}
        />
      )}
      {list.pageCount > 1 && (
        <Pagination params={{ ...params, page: list.page }} pageCount={list.pageCount} t={tList} />
      )}
    </>
  );
}

type ListTexts = Awaited<ReturnType<typeof getTranslations<"articleList">>>;

/** The search and filter form: a GET form, so the list's state is its address. */
function ArticleListFilters({
  params,
  topics,
  authors,
  statusLabel,
  t,
}: {
  params: ArticleListParams;
  topics: readonly { id: number; name: string }[];
  authors: readonly { id: number; name: string }[];
  statusLabel: (status: (typeof articleStatuses)[number]) => string;
  t: ListTexts;
}) {
  const any = <option value="">{t("search.any")}</option>;
  return (
    <form method="get" action="/admin/articles" role="search" aria-label={t("search.legend")} className="mt-6">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-5">
        <TextField
          type="search"
          name="q"
          label={t("search.text")}
          defaultValue={params.text}
          fieldClassName="col-span-2 min-w-0"
          maxLength={200}
        />
        <SelectField
          name="status"
          fieldClassName="min-w-0"
          label={t("search.status")}
          defaultValue={params.status ?? ""}
          options={articleStatuses.map((s) => ({ value: s, label: statusLabel(s) }))}
        >
          {any}
        </SelectField>
        <SelectField
          name="locale"
          fieldClassName="min-w-0"
          label={t("search.language")}
          defaultValue={params.locale ?? ""}
          options={locales.map((l) => ({ value: l, label: localeNames[l] }))}
        >
          {any}
        </SelectField>
        <SelectField
          name="author"
          fieldClassName="min-w-0"
          label={t("search.author")}
          defaultValue={params.authorId ?? ""}
          options={authors.map((a) => ({ value: a.id, label: a.name }))}
        >
          {any}
        </SelectField>
        <SelectField
          name="topic"
          fieldClassName="min-w-0"
          label={t("search.topic")}
          defaultValue={params.topicId ?? ""}
          options={topics.map((topic) => ({ value: topic.id, label: topic.name }))}
        >
          {any}
        </SelectField>
        <SelectField
          name="sort"
          label={t("search.sort")}
          fieldClassName="col-span-2 min-w-0"
          defaultValue={orderOf(params)}
          options={articleListOrders.map((order) => ({ value: order, label: t(`sort.${order}`) }))}
        />
        <div className="col-span-2 flex flex-wrap items-end gap-3 lg:col-span-1">
          <Button type="submit" variant="primary">
            {t("search.apply")}
          </Button>
          <Link prefetch={false} href="/admin/articles" className="py-2 text-sm text-link hover:underline">
            {t("search.clear")}
          </Link>
        </div>
      </div>
    </form>
  );
}

/** Previous and next, with where the reader is; the links keep the search, filters and sort. */
function Pagination({ params, pageCount, t }: { params: ArticleListParams; pageCount: number; t: ListTexts }) {
  const linkClass = buttonClass("secondary", "sm");
  return (
    <nav aria-label={t("pages.label")} className="mt-6 flex flex-wrap items-center justify-between gap-3 text-sm">
      {params.page > 1 ? (
        <Link
          prefetch={false}
          rel="prev"
          href={articleListHref(params, { page: params.page - 1 })}
          className={linkClass}
        >
          {t("pages.previous")}
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page">{t("pages.status", { page: params.page, count: pageCount })}</p>
      {params.page < pageCount ? (
        <Link
          prefetch={false}
          rel="next"
          href={articleListHref(params, { page: params.page + 1 })}
          className={linkClass}
        >
          {t("pages.next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
