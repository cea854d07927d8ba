/** Reader search parameters from the URL. Anything malformed is dropped, never an error. */
import { z } from "zod";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((s) => new Date(`${s}T00:00:00Z`))
  .refine((d) => !Number.isNaN(d.getTime()));

export type SearchParams = { q: string; topic?: string; from?: Date; to?: Date; page: number | null };

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `page` is null when present but not a positive whole number (the page answers 404). */
export function readSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  const from = day.safeParse(first(raw.from));
  const to = day.safeParse(first(raw.to));
  const pageText = first(raw.page);
  const page = pageText === undefined ? 1 : /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : null;
  return {
    q: (first(raw.q) ?? "").slice(0, 500),
    topic: first(raw.topic) || undefined,
    from: from.success ? from.data : undefined,
    // The "to" day is included: the filter runs to the start of the next day.
    to: to.success ? new Date(to.data.getTime() + 86_400_000) : undefined,
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
