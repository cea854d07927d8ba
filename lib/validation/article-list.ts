/**
 * The newsroom article list's address: search text, filters, sort and page as search params.
 * Every value is checked on its own and a bad one falls back to its default, so a hand-edited or
 * stale address shows a list (never an error page).
 */
import { z } from "zod";
import { locales } from "@/lib/locales";
import { articleStatuses } from "@/lib/roles";

export const articleListSorts = ["updated", "published", "headline"] as const;
export type ArticleListSort = (typeof articleListSorts)[number];
export const sortDirections = ["desc", "asc"] as const;
export type SortDirection = (typeof sortDirections)[number];

/** Rows on one page of the list. */
export const articleListPageSize = 25;
/** Pages reachable by number; past them the list asks for a narrower search. */
export const articleListMaxPages = 400;
/** Search text longer than this is cut (headlines and phrases fit easily). */
const maxSearchLength = 200;

/** The direction a sort starts in: newest first for times, A to Z for headlines. */
export function defaultDirection(sort: ArticleListSort): SortDirection {
  return sort === "headline" ? "asc" : "desc";
}

/** Every order the list offers, as the `sort` parameter spells it: "published-asc". */
export const articleListOrders = articleListSorts.flatMap((sort) =>
  (sort === "headline" ? (["asc", "desc"] as const) : (["desc", "asc"] as const)).map(
    (dir) => `${sort}-${dir}` as const,
  ),
);
export type ArticleListOrder = (typeof articleListOrders)[number];

export function orderOf(params: { sort: ArticleListSort; dir: SortDirection }): ArticleListOrder {
  return `${params.sort}-${params.dir}`;
}

/** A repeated parameter (`?status=a&status=b`) counts by its first value. */
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (single(value) === "" ? undefined : single(value)), schema.optional()).catch(undefined);
const positiveId = z.coerce.number().int().positive().max(2_147_483_647);

const paramsSchema = z.object({
  q: z.preprocess(
    single,
    z
      .string()
      .transform((text) =>
        text
          .replace(/[\u0000-\u001f]/g, " ")
          .trim()
          .slice(0, maxSearchLength),
      )
      .catch(""),
  ),
  status: optional(z.enum(articleStatuses)),
  locale: optional(z.enum(locales)),
  author: optional(positiveId),
  topic: optional(positiveId),
  /** "updated-desc", "headline-asc"…; a bare sort ("headline") takes its usual direction. */
  sort: z.preprocess(single, z.union([z.enum(articleListOrders), z.enum(articleListSorts)])).catch("updated-desc"),
  page: z.preprocess(single, z.coerce.number().int().min(1).max(articleListMaxPages)).catch(1),
});

export type ArticleListParams = {
  text: string;
  status?: (typeof articleStatuses)[number];
  locale?: (typeof locales)[number];
  authorId?: number;
  topicId?: number;
  sort: ArticleListSort;
  dir: SortDirection;
  page: number;
};

/** The list's parameters from a page's search params; never throws. */
export function parseArticleListParams(raw: Record<string, string | string[] | undefined>): ArticleListParams {
  const parsed = paramsSchema.parse(raw);
  const [sort, dir] = parsed.sort.split("-") as [ArticleListSort, SortDirection | undefined];
  return {
    text: parsed.q,
    status: parsed.status,
    locale: parsed.locale,
    authorId: parsed.author,
    topicId: parsed.topic,
    sort,
    dir: dir ?? defaultDirection(sort),
    page: parsed.page,
  };
}

/** The address of the list with these parameters; defaults are left out, so addresses stay short. */
export function articleListHref(params: ArticleListParams, changes: Partial<ArticleListParams> = {}): string {
  const next = { ...params, ...changes };
  const search = new URLSearchParams();
  if (next.text) search.set("q", next.text);
  if (next.status) search.set("status", next.status);
  if (next.locale) search.set("locale", next.locale);
  if (next.authorId) search.set("author", String(next.authorId));
  if (next.topicId) search.set("topic", String(next.topicId));
  if (next.sort !== "updated" || next.dir !== "desc") search.set("sort", orderOf(next));
  if (next.page > 1) search.set("page", String(next.page));
  const query = search.toString();
  return query ? `/admin/articles?${query}` : "/admin/articles";
}
