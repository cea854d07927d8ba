/**
 * Reader search parameters from the URL. Nothing a reader types is an error: a malformed page
 * number is a 404, anything else malformed is left out of the search.
 */

/**
 * Dates filter from 0001-01-01 to 9999-12-31: a real calendar day with a four-digit year.
 * Both databases compare within that range alike; past it PostgreSQL refuses the instant (year
 * 0 does not exist, and year 10000 does not parse), which answered 500 where SQLite coped.
 */
function calendarDay(text: string | undefined): Date | "invalid" | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return "invalid";
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0-99 to 1900-1999; setting the year again keeps the one typed.
  date.setUTCFullYear(year);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1 ? date : "invalid";
}

/** The first instant after 9999-12-31: a "to" day reaching it needs no upper bound. */
const endOfRange = Date.UTC(10_000, 0, 1);

export type SearchParams = {
  q: string;
  topic?: string;
  from?: Date;
  /** The first instant after the "to" day, which is included. */
  to?: Date;
  /** Date fields given but not a valid day; the search runs without them and says so. */
  invalidDates: ("from" | "to")[];
  page: number | null;
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `page` is null when present but not a positive whole number (the page answers 404). */
export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const from = calendarDay(first(raw.from));
  const to = calendarDay(first(raw.to));
  const pageText = first(raw.page);
  const page = pageText === undefined ? 1 : /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : null;
  const toEnd = to instanceof Date ? to.getTime() + 86_400_000 : null;
  return {
    q: (first(raw.q) ?? "").slice(0, 500),
    topic: first(raw.topic) || undefined,
    from: from instanceof Date ? from : undefined,
    to: toEnd !== null && toEnd < endOfRange ? new Date(toEnd) : undefined,
    invalidDates: [...(from === "invalid" ? ["from" as const] : []), ...(to === "invalid" ? ["to" as const] : [])],
    page,
  };
}

/** The same filters as a query string, for pagination links. */
export function searchQueryString(params: Record<string, string | undefined>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set("page", String(page));
  return query.toString();
}
