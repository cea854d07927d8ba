/**
 * Search on SQLite: FTS5 (db/migrations/sqlite/0002_search.sql). Every statement starts from
 * the full-text match and reaches `articles` by primary key, so a word that matches little
 * costs little; the plan is checked in search.plan.test.ts.
 */
import { sql, type SQL } from "drizzle-orm";
import { highlightEnd, highlightStart } from "@/lib/highlight";
import { rawRows } from "../../client";
import { timeParameter } from "../../dialect";
import type { HitRow, RankedIds, SearchFilters } from "./search-types";

/** Each word quoted: FTS5 operators typed by readers (OR, NEAR, *, quotes) are just words. */
export function ftsMatch(terms: string[]): string {
  return terms.map((term) => `"${term.replace(/"/g, "")}"`).join(" ");
}

/**
 * Filters written on articles_fts.rowid, not a.id, so SQLite checks them before it reads the
 * article's row: the rows are wide (the body comes first), and a selective filter would
 * otherwise read one row per match.
 */
function filterSql(locale: string, filters: SearchFilters): SQL {
  const parts: SQL[] = [];
  if (filters.topicId !== undefined) {
    // One probe per match on article_topics' primary key (article_id, topic_id).
    parts.push(
      sql` AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = articles_fts.rowid AND t.topic_id = ${filters.topicId})`,
    );
  }
  if (filters.from || filters.to) {
    // published_at sits after the body in each row; the date range's ids come from the
    // listing index once, as a list each match is looked up in. The unary + keeps SQLite from
    // turning the list into FTS5 rowid probes, one full-text lookup per id in the range.
    const from = filters.from ? sql` AND published_at >= ${timeParameter(filters.from)}` : sql``;
    const to = filters.to ? sql` AND published_at < ${timeParameter(filters.to)}` : sql``;
    parts.push(
      sql` AND +articles_fts.rowid IN (SELECT id FROM articles WHERE locale = ${locale} AND status = 'published'${from}${to})`,
    );
  }
  return sql.join(parts, sql``);
}

/**
 * The ranking statement: the newest `candidates` matches (FTS5 walks its index by rowid
 * descending and stops there), ranked by bm25 with title > summary > body, one page of ids
 * out, with how many candidates there were.
 */
export function rankedIdsQuery(
  locale: string,
  terms: string[],
  filters: SearchFilters,
  candidates: number,
  limit: number,
  offset: number,
): SQL {
  return sql`
    WITH hits AS MATERIALIZED (
      SELECT articles_fts.rowid AS id, bm25(articles_fts, 10.0, 4.0, 1.0) AS score
      FROM articles_fts CROSS JOIN articles a ON a.id = articles_fts.rowid
      WHERE articles_fts MATCH ${ftsMatch(terms)} AND a.locale = ${locale} AND a.status = 'published'${filterSql(locale, filters)}
      ORDER BY articles_fts.rowid DESC
      LIMIT ${candidates}
    )
    SELECT id, count(*) OVER () AS total FROM hits ORDER BY score, id DESC LIMIT ${limit} OFFSET ${offset}`;
}

export async function rankedIdsSqlite(...args: Parameters<typeof rankedIdsQuery>): Promise<RankedIds> {
  const rows = await rawRows<{ id: number; total: number }>(rankedIdsQuery(...args));
  return { ids: rows.map((row) => Number(row.id)), total: Number(rows[0]?.total ?? 0) };
}

/** The page's rows with their snippets: one FTS5 probe per id of the page. */
export async function hitRowsSqlite(terms: string[], ids: number[]): Promise<HitRow[]> {
  return rawRows<HitRow>(sql`
    SELECT a.id, a.locale, a.slug, a.title, a.summary, a.source_name, a.published_at, a.breaking,
      m.id AS media_id, m.storage_key, m.width, m.height, m.alt,
      snippet(articles_fts, 2, ${highlightStart}, ${highlightEnd}, '…', 30) AS snippet
    FROM articles_fts
    CROSS JOIN articles a ON a.id = articles_fts.rowid
    LEFT JOIN media m ON m.id = a.lead_media_id
    WHERE articles_fts MATCH ${ftsMatch(terms)} AND articles_fts.rowid IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`);
}

/**
 * For the newsroom list: the ids of the newest `bound` articles of any status and language
 * matching `terms` and `where` (conditions on `articles`, which here names the matched row), as
 * a subquery. FTS5 walks its index by rowid descending and stops at the bound.
 */
export function staffMatchIdsSqlite(terms: string[], where: SQL | undefined, bound: number): SQL {
  return sql`SELECT articles_fts.rowid FROM articles_fts CROSS JOIN articles ON articles.id = articles_fts.rowid
    WHERE articles_fts MATCH ${ftsMatch(terms)}${where ? sql` AND ${where}` : sql``}
    ORDER BY articles_fts.rowid DESC LIMIT ${bound}`;
}
