/**
 * Library images for the article editor's picker: searchable and paged. Access rule: anyone who
 * may write articles (`article.create`); the data is what their articles may show.
 */
import { and, desc, like, or, sql } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { mediaUrl } from "@/lib/media-url";
import { db, tables } from "../../client";
import type { Page, StaffUser } from "../types";

const { media } = tables;

export type PickerImage = {
  id: number;
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  name: string;
};

export const pickerPageSize = 12;

/** `%text%` for LIKE, with the wildcard characters of the text itself taken literally. */
function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function searchMediaForEditor(
  actor: StaffUser,
  options: { query: string; page: number; locale: string },
): Promise<Page<PickerImage>> {
  assertCan(actor, "article.create");
  const query = options.query.trim().slice(0, 100);
  const pattern = containing(query);
  const matches = (column: Parameters<typeof sql>[1]) =>
    sql`lower(cast(${column} as text)) like ${pattern} escape '\\'`;
  const where = and(
    like(media.mimeType, "image/%"),
    query
      ? or(matches(media.originalName), matches(media.caption), matches(media.credit), matches(media.alt))
      : undefined,
  );
  const total = await db.$count(media, where);
  const pageCount = Math.max(1, Math.ceil(total / pickerPageSize));
  const page = Math.min(Math.max(1, Math.trunc(options.page) || 1), pageCount);
  const rows = await db
    .select({
      id: media.id,
      storageKey: media.storageKey,
      width: media.width,
      height: media.height,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
      originalName: media.originalName,
    })
    .from(media)
    .where(where)
    .orderBy(desc(media.id))
    .limit(pickerPageSize)
    .offset((page - 1) * pickerPageSize);
  return {
    items: rows.map((row) => ({
      id: row.id,
      src: mediaUrl(row.storageKey),
      width: row.width,
      height: row.height,
      alt: row.alt[options.locale] || row.alt.es || Object.values(row.alt)[0] || "",
      caption: row.caption,
      credit: row.credit,
      name: row.originalName || row.storageKey.split("/").pop() || row.storageKey,
    })),
    page,
    pageCount,
    total,
  };
}
