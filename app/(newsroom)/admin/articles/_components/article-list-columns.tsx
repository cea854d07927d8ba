/**
 * The columns of the newsroom article list, one entry each: a new column (a comment count, say)
 * is one more entry here, with its data added to StaffArticleRow by the list query. On a phone
 * the table stacks (components/ui/data-table.tsx) and each cell shows its column's name.
 */
import Link from "next/link";
import type { ReactNode } from "react";
import type { Column } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/newsroom/status-badge";
import type { StaffArticleRow } from "@/db/queries/types";
import { isLocale, localeNames } from "@/lib/locales";
import { ArticleTitleLink } from "./article-title-link";

/** Everything a cell needs that is not in the row: texts and formatters in the reader's language. */
export type ArticleListCellContext = {
  /** The id of the bulk-action form the row check boxes belong to. */
  bulkFormId: string;
  label: (key: ArticleListLabel, values?: Record<string, string | number>) => string;
  status: (status: StaffArticleRow["status"]) => string;
  time: (at: Date) => string;
  /** A scheduled time in the site's zone ("goes live at …"), for the status cell. */
  scheduleNotes: (row: StaffArticleRow) => ReactNode;
  number: (value: number) => string;
};

export type ArticleListLabel =
  | "select"
  | "selectArticle"
  | "title"
  | "status"
  | "language"
  | "authors"
  | "words"
  | "wordCount"
  | "updated"
  | "published"
  | "notPublished"
  | "translations"
  | "openTranslation";

export function articleListColumns(c: ArticleListCellContext): Column<StaffArticleRow>[] {
  return [
    {
      header: c.label("select"),
      headerHidden: true,
      className: "max-sm:float-right max-sm:ml-3 max-sm:before:hidden sm:w-8",
      cell: (row) => (
        <input
          type="checkbox"
          name="items"
          value={`${row.id}:${row.version}`}
          form={c.bulkFormId}
          aria-label={c.label("selectArticle", { title: row.title })}
          className="size-5 align-middle"
        />
      ),
    },
    {
      header: c.label("title"),
      rowHeader: true,
      className: "max-sm:text-base max-sm:before:hidden sm:min-w-48",
      cell: (row) => <ArticleTitleLink id={row.id} title={row.title} />,
    },
    {
      header: c.label("status"),
      cell: (row) => (
        <>
          <StatusBadge status={row.status} label={c.status(row.status)} />
          {c.scheduleNotes(row)}
        </>
      ),
    },
    {
      header: c.label("language"),
      className: "uppercase",
      cell: (row) => (
        <abbr title={isLocale(row.locale) ? localeNames[row.locale] : row.locale} className="no-underline">
          {row.locale}
        </abbr>
      ),
    },
    { header: c.label("authors"), cell: (row) => row.authorNames.join(", ") || "—" },
    {
      header: c.label("words"),
      className: "tabular-nums sm:text-right",
      cell: (row) => <span aria-label={c.label("wordCount", { count: row.wordCount })}>{c.number(row.wordCount)}</span>,
    },
    {
      header: c.label("translations"),
      className: "uppercase",
      cell: (row) =>
        row.translations.length === 0
          ? "—"
          : row.translations.map((tr, index) => (
              <span key={tr.id}>
                {index > 0 && ", "}
                <Link
                  prefetch={false}
                  href={`/admin/articles/${tr.id}`}
                  className="text-link hover:underline"
                  aria-label={c.label("openTranslation", {
                    language: isLocale(tr.locale) ? localeNames[tr.locale] : tr.locale,
                  })}
                >
                  {tr.locale}
                </Link>
              </span>
            )),
    },
    {
      header: c.label("updated"),
      className: "text-ink-muted sm:whitespace-nowrap",
      cell: (row) => <time dateTime={row.updatedAt.toISOString()}>{c.time(row.updatedAt)}</time>,
    },
    {
      header: c.label("published"),
      className: "text-ink-muted sm:whitespace-nowrap",
      cell: (row) =>
        row.publishedAt ? (
          <time dateTime={row.publishedAt.toISOString()}>{c.time(row.publishedAt)}</time>
        ) : (
          c.label("notPublished")
        ),
    },
  ];
}
