/**
 * The credentials check behind sign-in, rate-limited per account and per client address.
 * Called by next-auth's `authorize` (auth.ts), so the form and next-auth's own callback
 * endpoint go through the same limits. It never says whether the email exists: unknown emails
 * are counted and locked exactly like real ones.
 */
import "server-only";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { recordAudit } from "@/db/queries/audit-log";
import { clearAccountLock, lockedUntil, recordFailure, throttleKeys } from "@/db/queries/sign-in-throttles";
import { findUserForSignIn } from "@/db/queries/users";
import { verifyPassword } from "@/lib/password";

export type SignInCheck =
  | { outcome: "signedIn"; user: { id: number; email: string; name: string } }
  | { outcome: "refused" }
  | { outcome: "locked"; until: Date };

export async function checkSignIn(input: { email: string; password: string; address: string }): Promise<SignInCheck> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.address);
  const now = new Date();
  // A locked account is refused before the password is looked at, even the right one.
  const lock = await lockedUntil(keys, now);
  if (lock) return { outcome: "locked", until: lock };

  const user = await findUserForSignIn(email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (user && passwordOk && user.active) {
    const signedIn = { id: user.id, email: user.email, name: user.name };
    await db.transaction(async (tx) => {
      await clearAccountLock(tx, email);
      await tx.update(tables.users).set({ lastSignInAt: now }).where(eq(tables.users.id, user.id));
      await recordAudit(
        {
          action: "auth.signIn",
          actor: signedIn,
          target: { type: "user", id: user.id },
          summary: `Signed in: ${user.email}`,
          ipAddress: input.address,
        },
        tx,
      );
    });
    return { outcome: "signedIn", user: signedIn };
  }

  const until = await db.transaction(async (tx) => {
    const started = await recordFailure(tx, keys, now);
    await recordAudit(
      {
        action: "auth.signInFailed",
        actor: null,
        // The typed email helps an admin spot an attack; whether it exists is not recorded.
        summary: `Failed sign-in for ${email.slice(0, 320)}`,
        details: { email: email.slice(0, 320), ...(started ? { lockedUntil: started.toISOString() } : {}) },
        ipAddress: input.address,
      },
      tx,
    );
    return started;
  });
  return until ? { outcome: "locked", until } : { outcome: "refused" };
}

/** The lock in force for this email from this address, if any (for the sign-in form's message). */
export async function signInLock(email: string, address: string): Promise<Date | null> {
  return lockedUntil(throttleKeys(email.trim().toLowerCase(), address));
}

/** Whole minutes left until `until`, at least 1 (the form says "try again in N minutes"). */
export function minutesLeft(until: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
