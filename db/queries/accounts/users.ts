/** Staff accounts. Each export names who may call it. */
import { and, count, eq, isNull, lte, or } from "drizzle-orm";
import { db, tables } from "../../client";
import type { StaffUser } from "../types";
import type { Role } from "@/lib/roles";

const { users } = tables;

/** For the sign-in flow only: the account behind an email, with its hash. */
export async function findUserForSignIn(email: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      active: users.active,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

/**
 * For the session helpers only: the current state of the signed-in account. Re-read on every
 * request, so deactivation and role changes take effect at once. `sessionIssuedAt` is when the
 * session was signed in: one older than the account's sessionsValidAfter has been revoked.
 */
export async function getActiveStaffUser(id: number, sessionIssuedAt: Date): Promise<StaffUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.id, id),
        eq(users.active, true),
        or(isNull(users.sessionsValidAfter), lte(users.sessionsValidAfter, sessionIssuedAt)),
      ),
    )
    .limit(1);
  return row ?? null;
}

/** For start-up and seeding only (no session exists yet). */
export async function countActiveAdmins(): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.active, true)));
  return row?.n ?? 0;
}

/** For start-up, seeding and tests only: creates an account from an already-hashed password. */
export async function insertUser(input: {
  email: string;
  name: string;
  slug: string;
  role: Role;
  passwordHash: string;
  bio?: Record<string, string>;
  jobTitle?: Record<string, string>;
}): Promise<number> {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: input.email.trim().toLowerCase() })
    .returning({ id: users.id });
  if (!row) throw new Error("User insert returned no row");
  return row.id;
}

/** For start-up and staff pages: all active authors, for the byline picker. */
export async function listActiveAuthors(): Promise<{ id: number; name: string }[]> {
  return db.select({ id: users.id, name: users.name }).from(users).where(eq(users.active, true)).orderBy(users.name);
}
