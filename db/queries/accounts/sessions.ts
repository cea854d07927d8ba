/**
 * Staff sessions: one row per sign-in, named by a random id that the (encrypted) session cookie
 * carries. The cookie alone proves nothing: a session counts only while its row is live, so
 * signing out, "sign out everywhere", a password change, a reset or a deactivation end it for
 * every copy of the cookie at once.
 *
 * Access rule: startStaffSession for the sign-in flow; liveSession for the session callbacks;
 * the revoking functions for the signed-in person's own sessions (the callers check who that is).
 */
import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, lte, ne, or } from "drizzle-orm";
import { db, tables, type Executor } from "../../client";
import { recordAudit } from "../audit/record";
import { clearPairCount, type ThrottleKeys } from "./sign-in-throttles";
import type { StaffUser } from "../types";

const { staffSessions, users } = tables;

/** A staff session lasts one working day from sign-in; it is never extended. */
export const staffSessionMs = 8 * 60 * 60 * 1000;

/** Rows this long past their expiry are deleted at the next sign-in (they only serve as history). */
const keepExpiredMs = 24 * 60 * 60 * 1000;

/** Opens a session for a successful sign-in, inside the sign-in's transaction; returns its id. */
export async function startStaffSession(tx: Executor, userId: number, now: Date = new Date()): Promise<string> {
  const id = randomBytes(24).toString("base64url");
  await tx.delete(staffSessions).where(lt(staffSessions.expiresAt, new Date(now.getTime() - keepExpiredMs)));
  await tx.insert(staffSessions).values({
    id,
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + staffSessionMs),
  });
  return id;
}

/**
 * Whether the session `sessionId` of account `userId` still counts at `now`: not revoked, not
 * expired, the account active and the session started after the account's sessionsValidAfter.
 */
export async function liveSession(sessionId: string, userId: number, now: Date = new Date()): Promise<boolean> {
  const [row] = await db
    .select({ id: staffSessions.id })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.id, sessionId),
        eq(staffSessions.userId, userId),
        isNull(staffSessions.revokedAt),
        gt(staffSessions.expiresAt, now),
        eq(users.active, true),
        or(isNull(users.sessionsValidAfter), lte(users.sessionsValidAfter, staffSessions.createdAt)),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Ends one session (sign-out). Audited when the session was still live. */
export async function endStaffSession(sessionId: string, address: string | null = null): Promise<void> {
  const now = new Date();
  await db.transaction(async (tx) => {
    const [ended] = await tx
      .update(staffSessions)
      .set({ revokedAt: now })
      .where(and(eq(staffSessions.id, sessionId), isNull(staffSessions.revokedAt)))
      .returning({ userId: staffSessions.userId });
    if (!ended) return;
    const [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.id, ended.userId))
      .limit(1);
    if (!user) return;
    await recordAudit(
      {
        action: "auth.signOut",
        actor: user,
        target: { type: "user", id: user.id },
        summary: `Signed out: ${user.email}`,
        ipAddress: address,
      },
      tx,
    );
  });
}

/**
 * Ends the account's sessions except `keepSessionId` (the browser that changed the password
 * keeps working); with no id to keep, every session ends. Runs in the caller's transaction.
 */
export async function endOtherSessions(
  tx: Executor,
  userId: number,
  keepSessionId: string | null,
  now: Date = new Date(),
): Promise<number> {
  const ended = await tx
    .update(staffSessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(staffSessions.userId, userId),
        isNull(staffSessions.revokedAt),
        keepSessionId ? ne(staffSessions.id, keepSessionId) : undefined,
      ),
    )
    .returning({ id: staffSessions.id });
  return ended.length;
}

/** "Sign out everywhere": the signed-in person ends all of their own sessions, this one included. */
export async function endAllOwnSessions(actor: StaffUser, address: string | null = null): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await endOtherSessions(tx, actor.id, null);
    await recordAudit(
      {
        action: "auth.signOutEverywhere",
        actor,
        target: { type: "user", id: actor.id },
        summary: `Signed out everywhere: ${actor.email} (${ended} sessions)`,
        details: { sessions: ended },
        ipAddress: address,
      },
      tx,
    );
    return ended;
  });
}

/** For the profile screen: how many sessions of this account are live now. */
export async function countLiveSessions(actor: StaffUser, now: Date = new Date()): Promise<number> {
  const rows = await db
    .select({ id: staffSessions.id })
    .from(staffSessions)
    .where(and(eq(staffSessions.userId, actor.id), isNull(staffSessions.revokedAt), gt(staffSessions.expiresAt, now)));
  return rows.length;
}

/**
 * A successful sign-in, in one transaction: this client's failure count is cleared, the time
 * noted, the sign-in audited and its session opened.
 */
export async function recordSignIn(
  user: { id: number; email: string },
  keys: ThrottleKeys,
  address: string,
  now: Date = new Date(),
): Promise<{ sessionId: string; signedInAt: Date }> {
  return db.transaction(async (tx) => {
    await clearPairCount(tx, keys);
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    await recordAudit(
      {
        action: "auth.signIn",
        actor: user,
        target: { type: "user", id: user.id },
        summary: `Signed in: ${user.email}`,
        ipAddress: address,
      },
      tx,
    );
    return { sessionId: await startStaffSession(tx, user.id, now), signedInAt: now };
  });
}
