/**
 * Reader search over published articles in one language. Access rule: anyone. The dialect
 * statements live in search-sqlite.ts (FTS5) and search-pg.ts (tsvector + GIN); both start from
 * the full-text index and look at a bounded set of candidates, so a common word costs about
 * what a rare one does: the newest `searchResultBound + 1` matches are ranked, which gives an
 * exact total up to the bound and "more than the bound" past it.
 */
import { mediaUrl } from "@/lib/media-url";
import { isSqlite, jsonFromRow, timeFromRow } from "../../dialect";
import { hitRowsPg, rankedIdsPg } from "./search-pg";
import { hitRowsSqlite, rankedIdsSqlite } from "./search-sqlite";
import type { HitRow, SearchFilters } from "./search-types";
import type { ArticleTeaser, Page } from "../types";

export type { SearchFilters } from "./search-types";

export const searchPageSize = 10;
/** Matches counted and ranked at most; past it the total reads "more than 1,000". */
export const searchResultBound = 1000;

export type SearchHit = ArticleTeaser & { snippet: string };
/** `total` is exact unless `moreThanTotal`, in which case there are more matches than it. */
export type SearchResults = Page<SearchHit> & { moreThanTotal: boolean };

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
  const alt = jsonFromRow<Record<string, string>>(row.alt);
  const published = row.published_at === null ? new Date(0) : timeFromRow(row.published_at);
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

/**
 * A page of published articles in `locale` matching `text`, best first. `null` when the page
 * number is past the end (page 1 always exists, possibly empty).
 */
export async function searchArticles(
  locale: string,
  rawText: string,
  filters: SearchFilters,
  page: number,
): Promise<SearchResults | null> {
  const text = cleanQuery(rawText);
  const terms = searchTerms(text);
  if (page < 1) return null;
  const empty = { items: [], page, pageCount: 1, total: 0, moreThanTotal: false };
  if (terms.length === 0) return page === 1 ? empty : null;
  const candidates = searchResultBound + 1;
  const offset = (page - 1) * searchPageSize;
  const ranked = isSqlite
    ? await rankedIdsSqlite(locale, terms, filters, candidates, searchPageSize, offset)
    : await rankedIdsPg(locale, text, filters, candidates, searchPageSize, offset);
  // No ids: either nothing matched (page 1, empty) or the page is past the end.
  if (ranked.ids.length === 0) return page === 1 ? empty : null;
  const moreThanTotal = ranked.total > searchResultBound;
  const total = Math.min(ranked.total, searchResultBound);
  const pageCount = Math.max(1, Math.ceil(total / searchPageSize));
  // The candidate past the bound is only there to tell "more than"; its page is not served.
  if (page > pageCount) return null;
  const rows = isSqlite ? await hitRowsSqlite(terms, ranked.ids) : await hitRowsPg(locale, text, ranked.ids);
  const byId = new Map(rows.map((row) => [Number(row.id), row]));
  const items = ranked.ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toHit(row)] : [];
  });
  return { items, page, pageCount, total, moreThanTotal };
}
