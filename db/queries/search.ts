/**
 * Reader search over published articles in one language. Access rule: anyone. The only
 * dialect-specific query module: SQLite uses FTS5 (db/migrations/sqlite/0002_search.sql),
 * PostgreSQL a weighted tsvector with per-language stemming and accent folding
 * (db/migrations/pg/0002_search.sql). User text never reaches either query language raw:
 * SQLite gets quoted terms, PostgreSQL websearch_to_tsquery, which accepts any input.
 */
import { sql, type SQL } from "drizzle-orm";
import { highlightEnd, highlightStart } from "@/lib/highlight";
import { mediaUrl } from "@/lib/media-url";
import { rawHandle } from "../client";
import type { ArticleTeaser, Page } from "./types";

export const searchPageSize = 10;

export type SearchFilters = { topicId?: number; from?: Date; to?: Date };
export type SearchHit = ArticleTeaser & { snippet: string };

type HitRow = {
  id: number;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  source_name: string;
  published_at: number | string | Date | null;
  breaking: number | boolean;
  media_id: number | null;
  storage_key: string | null;
  width: number | null;
  height: number | null;
  alt: string | Record<string, string> | null;
  snippet: string | null;
};

/** Words of the query, accents kept (both engines fold them), at most 16. */
export function searchTerms(text: string): string[] {
  return (text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 16);
}

/** Readers' text, bounded and without characters that databases refuse. */
function cleanQuery(text: string): string {
  return text
    .replace(/[\u0000-\u001f]/g, " ")
    .slice(0, 500)
    .trim();
}

function toHit(row: HitRow): SearchHit {
  const alt = typeof row.alt === "string" ? (JSON.parse(row.alt) as Record<string, string>) : row.alt;
  const published =
    row.published_at === null
      ? new Date(0)
      : new Date(
          typeof row.published_at === "string" && /^\d+$/.test(row.published_at)
            ? Number(row.published_at)
            : row.published_at,
        );
  return {
    id: Number(row.id),
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    sourceName: row.source_name,
    publishedAt: published.toISOString(),
    breaking: Boolean(row.breaking),
    topic: null,
    image:
      row.media_id === null || row.storage_key === null
        ? null
        : {
            id: Number(row.media_id),
            storageKey: row.storage_key,
            src: mediaUrl(row.storage_key),
            width: Number(row.width),
            height: Number(row.height),
            alt: alt?.[row.locale] ?? "",
          },
    snippet: row.snippet ?? "",
  };
}

function filterSql(filters: SearchFilters, dialect: "sqlite" | "pg"): SQL {
  const parts: SQL[] = [];
  const time = (d: Date) => (dialect === "sqlite" ? sql`${d.getTime()}` : sql`${d.toISOString()}::timestamptz`);
  if (filters.topicId !== undefined) {
    parts.push(sql` AND a.id IN (SELECT article_id FROM article_topics WHERE topic_id = ${filters.topicId})`);
  }
  if (filters.from) parts.push(sql` AND a.published_at >= ${time(filters.from)}`);
  if (filters.to) parts.push(sql` AND a.published_at < ${time(filters.to)}`);
  return sql.join(parts, sql``);
}

async function searchSqlite(locale: string, text: string, filters: SearchFilters, page: number) {
  const handle = rawHandle();
  if (handle.dialect !== "sqlite") throw new Error("not SQLite");
  const terms = searchTerms(text);
  if (terms.length === 0) return { rows: [] as HitRow[], total: 0 };
  // Each word quoted: FTS5 operators typed by readers (OR, NEAR, *, quotes) are just words.
  const match = terms.map((term) => `"${term.replace(/"/g, "")}"`).join(" ");
  const where = sql`articles_fts MATCH ${match} AND a.locale = ${locale} AND a.status = 'published'${filterSql(filters, "sqlite")}`;
  const [count] = await handle.db.all<{ total: number }>(
    sql`SELECT count(*) AS total FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE ${where}`,
  );
  const rows = await handle.db.all<HitRow>(sql`
    SELECT a.id, a.locale, a.slug, a.title, a.summary, a.source_name, a.published_at, a.breaking,
      m.id AS media_id, m.storage_key, m.width, m.height, m.alt,
      snippet(articles_fts, 2, ${highlightStart}, ${highlightEnd}, '…', 30) AS snippet
    FROM articles_fts
    JOIN articles a ON a.id = articles_fts.rowid
    LEFT JOIN media m ON m.id = a.lead_media_id
    WHERE ${where}
    ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0), a.published_at DESC
    LIMIT ${searchPageSize} OFFSET ${(page - 1) * searchPageSize}`);
  return { rows, total: Number(count?.total ?? 0) };
}

async function searchPostgres(locale: string, text: string, filters: SearchFilters, page: number) {
  const handle = rawHandle();
  if (handle.dialect === "sqlite") throw new Error("not PostgreSQL");
  if (searchTerms(text).length === 0) return { rows: [] as HitRow[], total: 0 };
  const query = sql`websearch_to_tsquery(heraldo_search_config(${locale}), ${text})`;
  const where = sql`a.search_vector @@ ${query} AND a.locale = ${locale} AND a.status = 'published'${filterSql(filters, "pg")}`;
  const headlineOptions = `StartSel=${highlightStart}, StopSel=${highlightEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
  const countQuery = sql`SELECT count(*)::int AS total FROM articles a WHERE ${where}`;
  // The headline is computed for the one page of hits only, after ranking.
  const pageQuery = sql`
    SELECT hit.*, ts_headline(heraldo_search_config(hit.locale), hit.body_text, ${query}, ${headlineOptions}) AS snippet
    FROM (
      SELECT a.id, a.locale, a.slug, a.title, a.summary, a.source_name, a.published_at, a.breaking, a.body_text,
        m.id AS media_id, m.storage_key, m.width, m.height, m.alt,
        ts_rank_cd(a.search_vector, ${query}) AS rank
      FROM articles a
      LEFT JOIN media m ON m.id = a.lead_media_id
      WHERE ${where}
      ORDER BY rank DESC, a.published_at DESC
      LIMIT ${searchPageSize} OFFSET ${(page - 1) * searchPageSize}
    ) hit
    ORDER BY hit.rank DESC, hit.published_at DESC`;
  if (handle.dialect === "postgres") {
    const [count] = await handle.native.execute<{ total: number }>(countQuery);
    const rows = await handle.native.execute<HitRow>(pageQuery);
    return { rows: [...rows], total: Number(count?.total ?? 0) };
  }
  const count = await handle.native.execute<{ total: number }>(countQuery);
  const rows = await handle.native.execute<HitRow>(pageQuery);
  return { rows: rows.rows, total: Number(count.rows[0]?.total ?? 0) };
}

/**
 * A page of published articles in `locale` matching `text`, best first. `null` when the page
 * number is past the end (page 1 always exists, possibly empty).
 */
export async function searchArticles(
  locale: string,
  rawText: string,
  filters: SearchFilters,
  page: number,
): Promise<Page<SearchHit> | null> {
  const text = cleanQuery(rawText);
  const run = rawHandle().dialect === "sqlite" ? searchSqlite : searchPostgres;
  const { rows, total } = await run(locale, text, filters, page);
  const pageCount = Math.max(1, Math.ceil(total / searchPageSize));
  if (page < 1 || page > pageCount) return null;
  return { items: rows.map(toHit), page, pageCount, total };
}
