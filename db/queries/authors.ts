/** Public author profiles. Access rule: anyone; only active users with a public slug. */
import { and, eq } from "drizzle-orm";
import { db, tables } from "../client";

const { users } = tables;

export type AuthorProfile = {
  id: number;
  name: string;
  slug: string;
  bio: Record<string, string>;
  jobTitle: Record<string, string>;
};

export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const [row] = await db
    .select({ id: users.id, name: users.name, slug: users.slug, bio: users.bio, jobTitle: users.jobTitle })
    .from(users)
    .where(and(eq(users.slug, slug), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}
