/** The media library's files. Access rule: reading one file is public; inserting is for seed/upload. */
import { eq } from "drizzle-orm";
import { db, tables } from "../../client";

const { media } = tables;

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
