/** The media library. Access rule: listing is for staff (caller checks); inserting for seed/upload. */
import { desc, eq } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { db, tables } from "../../client";
import type { StaffUser } from "../types";

const { media } = tables;

export type MediaOption = {
  id: number;
  storageKey: string;
  alt: Record<string, string>;
  caption: string;
  credit: string;
};

/** Staff: images to choose a lead image from, newest first. */
export async function listMediaForPicker(actor: StaffUser): Promise<MediaOption[]> {
  assertCan(actor, "newsroom.enter");
  return db
    .select({
      id: media.id,
      storageKey: media.storageKey,
      alt: media.alt,
      caption: media.caption,
      credit: media.credit,
    })
    .from(media)
    .orderBy(desc(media.id))
    .limit(500);
}

/**
 * Anyone: where one library image is stored and its size. Used for images shown to every reader
 * (the site logo chosen in settings), so it reveals nothing that is not already public.
 */
export async function getMediaFile(id: number): Promise<{ storageKey: string; width: number; height: number } | null> {
  const [row] = await db
    .select({ storageKey: media.storageKey, width: media.width, height: media.height })
    .from(media)
    .where(eq(media.id, id))
    .limit(1);
  return row ?? null;
}

/** Seeding and the upload flow only: records a stored file. */
export async function insertMedia(input: typeof media.$inferInsert): Promise<number> {
  const [row] = await db.insert(media).values(input).returning({ id: media.id });
  if (!row) throw new Error("Media insert returned no row");
  return row.id;
}
