/**
 * A staff member's own profile and password. Access rule: any active staff member
 * (`newsroom.enter`), and only for their own account: every export takes the acting user and
 * works on that user's row, never on an id from a form.
 */
import { DomainError } from "@/lib/domain-error";
import { and, eq } from "drizzle-orm";
import type { Locale } from "@/lib/locales";
import { assertCan } from "@/lib/permissions";
import { verifyPassword } from "@/lib/password";
import type { ProfileInput } from "@/lib/validation/accounts";
import { db, tables } from "../../client";
import { recordAudit } from "../audit/record";
import { photoExists } from "./profile-photos";
import { endOtherSessions } from "./sessions";
import type { StaffUser } from "../types";

const { users, articles, articleAuthors } = tables;

export type OwnProfile = {
  id: number;
  email: string;
  name: string;
  slug: string;
  jobTitle: Record<string, string>;
  bio: Record<string, string>;
  photoMediaId: number | null;
};

export async function getOwnProfile(actor: StaffUser): Promise<OwnProfile | null> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      slug: users.slug,
      jobTitle: users.jobTitle,
      bio: users.bio,
      photoMediaId: users.photoMediaId,
    })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  return row ?? null;
}

/**
 * Saves name, job title, biography and portrait. Returns the published articles the person
 * signs when the name changed (their bylines must be refreshed), else none.
 */
export async function updateOwnProfile(
  actor: StaffUser,
  input: ProfileInput,
): Promise<{ bylinePages: { locale: string; slug: string }[] }> {
  assertCan(actor, "newsroom.enter");
  return db.transaction(async (tx) => {
    if (input.photoMediaId !== null && !(await photoExists(tx, input.photoMediaId)))
      throw new DomainError("unknownPhoto");
    const [before] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.id)).limit(1);
    if (!before) throw new DomainError("notFound");
    await tx
      .update(users)
      .set({
        name: input.name,
        jobTitle: input.jobTitle,
        bio: input.bio,
        photoMediaId: input.photoMediaId,
        updatedAt: new Date(),
      })
      .where(eq(users.id, actor.id));
    if (before.name === input.name) return { bylinePages: [] };
    const bylinePages = await tx
      .select({ locale: articles.locale, slug: articles.slug })
      .from(articleAuthors)
      .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
      .where(and(eq(articleAuthors.userId, actor.id), eq(articles.status, "published")));
    return { bylinePages };
  });
}

/** Checks the current password (for the password change form). */
export async function verifyOwnPassword(actor: StaffUser, password: string): Promise<boolean> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.id, actor.id), eq(users.active, true)))
    .limit(1);
  return verifyPassword(row?.passwordHash ?? null, password);
}

/**
 * Stores the new password and ends every other session of the account in the same
 * transaction; `keepSessionId` (the browser that made the change) goes on.
 */
export async function changeOwnPassword(
  actor: StaffUser,
  passwordHash: string,
  keepSessionId: string | null,
): Promise<void> {
  assertCan(actor, "newsroom.enter");
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date() })
      .where(and(eq(users.id, actor.id), eq(users.active, true)))
      .returning({ id: users.id });
    if (!row) throw new DomainError("notFound");
    await endOtherSessions(tx, actor.id, keepSessionId);
    await recordAudit(
      {
        action: "auth.passwordChange",
        actor,
        target: { type: "user", id: actor.id },
        summary: `Password changed: ${actor.email}`,
      },
      tx,
    );
  });
}

/** The language the person chose for the newsroom, or null to follow the browser. */
export async function getOwnNewsroomLocale(actor: StaffUser): Promise<Locale | null> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db
    .select({ newsroomLocale: users.newsroomLocale })
    .from(users)
    .where(eq(users.id, actor.id))
    .limit(1);
  return row?.newsroomLocale ?? null;
}

/** Stores the newsroom language (null: as the browser says). Applies from the next page. */
export async function setOwnNewsroomLocale(actor: StaffUser, locale: Locale | null): Promise<void> {
  assertCan(actor, "newsroom.enter");
  const [row] = await db
    .update(users)
    .set({ newsroomLocale: locale, updatedAt: new Date() })
    .where(and(eq(users.id, actor.id), eq(users.active, true)))
    .returning({ id: users.id });
  if (!row) throw new DomainError("notFound");
}
