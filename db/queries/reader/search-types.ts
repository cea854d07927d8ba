/** Types shared by the search module and its two dialect statements. */
export type SearchFilters = { topicId?: number; from?: Date; to?: Date };

/** One page of ranked article ids and how many matches were counted (at most the bound + 1). */
export type RankedIds = { ids: number[]; total: number };

export type HitRow = {
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
