/** Public author profiles. Access rule: anyone; only active users with a public slug. */
import { and, eq } from "drizzle-orm";
import { mediaUrl } from "@/lib/media-url";
import { db, tables } from "../../client";
import type { ImageRef } from "../types";

const { users, media } = tables;

export type AuthorProfile = {
  id: number;
  name: string;
  slug: string;
  bio: Record<string, string>;
  jobTitle: Record<string, string>;
  /** Portrait with alt text per locale. */
  photo: (Omit<ImageRef, "alt"> & { alt: Record<string, string> }) | null;
};

export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      slug: users.slug,
      bio: users.bio,
      jobTitle: users.jobTitle,
      photoId: media.id,
      storageKey: media.storageKey,
      width: media.width,
      height: media.height,
      alt: media.alt,
    })
    .from(users)
    .leftJoin(media, eq(media.id, users.photoMediaId))
    .where(and(eq(users.slug, slug), eq(users.active, true)))
    .limit(1);
  if (!row) return null;
  const { photoId, storageKey, width, height, alt, ...profile } = row;
  return {
    ...profile,
    photo:
      photoId !== null && storageKey !== null
        ? { id: photoId, storageKey, src: mediaUrl(storageKey), width: width ?? 0, height: height ?? 0, alt: alt ?? {} }
        : null,
  };
}
