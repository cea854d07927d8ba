/**
 * A staff member's portrait is a library image, chosen with the image picker
 * (db/queries/media/picker.ts); a save checks that the image is still there.
 */
import { eq } from "drizzle-orm";
import { tables, type Executor } from "../../client";

const { media } = tables;

export async function photoExists(executor: Executor, id: number): Promise<boolean> {
  const [row] = await executor.select({ id: media.id }).from(media).where(eq(media.id, id)).limit(1);
  return Boolean(row);
}
