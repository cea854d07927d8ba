/**
 * The library images a staff member may choose as their portrait. Access rule: any active
 * staff member (`newsroom.enter`); these images are shown to readers anyway once chosen.
 */
import { desc, eq } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { db, tables, type Executor } from "../../client";
import type { StaffUser } from "../types";

const { media } = tables;

export type PhotoChoice = { id: number; storageKey: string; alt: Record<string, string>; originalName: string };

/** Newest first; a bounded list is enough for a portrait picker. */
export async function listPhotoChoices(actor: StaffUser): Promise<PhotoChoice[]> {
  assertCan(actor, "newsroom.enter");
  return db
    .select({ id: media.id, storageKey: media.storageKey, alt: media.alt, originalName: media.originalName })
    .from(media)
    .orderBy(desc(media.id))
    .limit(200);
}

export async function photoExists(executor: Executor, id: number): Promise<boolean> {
  const [row] = await executor.select({ id: media.id }).from(media).where(eq(media.id, id)).limit(1);
  return Boolean(row);
}
