/**
 * The image picker's reads: one searchable, paged list of library images and one image by id,
 * for every field that names a library image (an article's lead image and body images, the site
 * logo, a staff member's portrait). Access rule: whoever may browse the media library
 * (`media.upload`); a page never holds more than one page of the library.
 */
import { and, desc, eq, like, or, sql } from "drizzle-orm";
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
  /** Alt text in the asked language (else Spanish, else any); may be empty. */
  alt: string;
  caption: string;
  credit: string;
  /** The uploaded file's name; the storage key's last part for images that have none. */
  name: string;
};

export const pickerPageSize = 12;

const columns = {
  id: media.id,
  storageKey: media.storageKey,
  width: media.width,
  height: media.height,
  alt: media.alt,
  caption: media.caption,
  credit: media.credit,
  originalName: media.originalName,
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]["_"]["data"] };

function toPickerImage(row: Row, locale: string): PickerImage {
  return {
    id: row.id,
    src: mediaUrl(row.storageKey),
    width: row.width,
    height: row.height,
    alt: row.alt[locale] || row.alt.es || Object.values(row.alt)[0] || "",
    caption: row.caption,
    credit: row.credit,
    name: row.originalName || row.storageKey.split("/").pop() || row.storageKey,
  };
}

/** `%text%` for LIKE, with the wildcard characters of the text itself taken literally. */
function containing(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * One page of library images, newest first; `query` matches the file name, alt text (any
 * language), caption or credit, ignoring case. A page past the end gives the last page.
 */
export async function searchPickerImages(
  actor: StaffUser,
  options: { query: string; page: number; locale: string },
): Promise<Page<PickerImage>> {
  assertCan(actor, "media.upload");
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
    .select(columns)
    .from(media)
    .where(where)
    .orderBy(desc(media.id))
    .limit(pickerPageSize)
    .offset((page - 1) * pickerPageSize);
  return { items: rows.map((row) => toPickerImage(row, options.locale)), page, pageCount, total };
}

/** The image a field names today (to show it before anything is searched); null when gone. */
export async function getPickerImage(actor: StaffUser, id: number, locale: string): Promise<PickerImage | null> {
  assertCan(actor, "media.upload");
  const [row] = await db
    .select(columns)
    .from(media)
    .where(and(eq(media.id, id), like(media.mimeType, "image/%")))
    .limit(1);
  return row ? toPickerImage(row, locale) : null;
}
