/**
 * Search on PostgreSQL: a weighted tsvector with per-language stemming and accent folding and
 * a GIN index on it (db/migrations/pg/0002_search.sql). User text only reaches
 * websearch_to_tsquery, which accepts any input. The plan is checked in search.plan.test.ts.
 */
import { sql, type SQL } from "drizzle-orm";
import { highlightEnd, highlightStart } from "@/lib/highlight";
import { rawRows } from "../../client";
import { timeParameter } from "../../dialect";
import type { HitRow, RankedIds, SearchFilters } from "./search-types";

const tsQuery = (locale: string, text: string) => sql`websearch_to_tsquery(heraldo_search_config(${locale}), ${text})`;

function filterSql(filters: SearchFilters): SQL {
  const parts: SQL[] = [];
  if (filters.topicId !== undefined) {
    parts.push(sql` AND a.id IN (SELECT article_id FROM article_topics WHERE topic_id = ${filters.topicId})`);
  }
  if (filters.from) parts.push(sql` AND a.published_at >= ${timeParameter(filters.from)}`);
  if (filters.to) parts.push(sql` AND a.published_at < ${timeParameter(filters.to)}`);
  return sql.join(parts, sql``);
}

/**
 * The ranking statement: the newest `candidates` matches, found through the GIN index, then
 * ranked with ts_rank_cd (computed for those candidates only, after the limit), one page of
 * ids out, with how many candidates there were. Ordering by `id + 0` keeps the planner from
 * walking the primary key backwards and testing every row against the query.
 */
export function rankedIdsQuery(
  locale: string,
  text: string,
  filters: SearchFilters,
  candidates: number,
  limit: number,
  offset: number,
): SQL {
  const query = tsQuery(locale, text);
  return sql`
    WITH hits AS MATERIALIZED (
      SELECT a.id FROM articles a
      WHERE a.search_vector @@ ${query} AND a.locale = ${locale} AND a.status = 'published'${filterSql(filters)}
      ORDER BY a.id + 0 DESC
      LIMIT ${candidates}
    ), ranked AS (
      SELECT hits.id, ts_rank_cd(a.search_vector, ${query}) AS rank, count(*) OVER () AS total
      FROM hits JOIN articles a ON a.id = hits.id
    )
    SELECT id, total FROM ranked ORDER BY rank DESC, id DESC LIMIT ${limit} OFFSET ${offset}`;
}

export async function rankedIdsPg(...args: Parameters<typeof rankedIdsQuery>): Promise<RankedIds> {
  const found = await rawRows<{ id: number; total: number }>(rankedIdsQuery(...args));
  return { ids: found.map((row) => Number(row.id)), total: Number(found[0]?.total ?? 0) };
}

const headlineOptions = `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

/** The page's rows, by primary key, with headlines computed for these rows only. */
export function hitRowsPg(locale: string, text: string, ids: number[]): Promise<HitRow[]> {
  return rawRows<HitRow>(sql`
    SELECT a.id, a.locale, a.slug, a.title, a.summary, a.source_name, a.published_at, a.breaking,
      m.id AS media_id, m.storage_key, m.width, m.height, m.alt,
      ts_headline(heraldo_search_config(a.locale), a.body_text, ${tsQuery(locale, text)}, ${headlineOptions}) AS snippet
    FROM articles a
    LEFT JOIN media m ON m.id = a.lead_media_id
    WHERE a.id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
}

/**
 * For the newsroom list: the ids of the newest `bound` articles of any status matching `text`
 * and `where` (conditions on `articles`, which here names the matched row), as a subquery. Each
 * article's vector is stemmed in its own language, so the query is stemmed in `locale`'s, or in
 * every language's (any one matching) when the list is not limited to one; the GIN index serves
 * either form.
 */
export function staffMatchIdsPg(text: string, locales: readonly string[], where: SQL | undefined, bound: number): SQL {
  const query = sql.join(
    locales.map((locale) => tsQuery(locale, text)),
    sql` || `,
  );
  return sql`SELECT articles.id FROM articles
    WHERE articles.search_vector @@ (${query})${where ? sql` AND ${where}` : sql``}
    ORDER BY articles.id + 0 DESC LIMIT ${bound}`;
}
