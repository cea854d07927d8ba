/**
 * Failed sign-in counters in the database, so a lockout holds across restarts and instances.
 * One row per key: "account:<email>" (whether or not such an account exists, so the answer
 * never tells) and "address:<client address>". Access rule: the sign-in flow only, plus
 * clearAccountLock for admins (user.manage, checked by the caller's data function).
 */
import { and, eq, gt, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { db, tables, type Executor } from "../client";

const { signInThrottles } = tables;

type Rule = { maxFailures: number; windowMs: number; lockMs: number };

const minute = 60_000;

/**
 * Five wrong passwords for one account within 15 minutes lock it for 15 minutes. One address
 * gets more room (an office behind one NAT shares it) before it is locked out of every account.
 */
export const throttleRules = {
  account: { maxFailures: 5, windowMs: 15 * minute, lockMs: 15 * minute },
  address: { maxFailures: 50, windowMs: 15 * minute, lockMs: 15 * minute },
} as const satisfies Record<string, Rule>;

export type ThrottleKeys = { account: string; address: string };

export function throttleKeys(email: string, address: string): ThrottleKeys {
  return { account: accountKey(email), address: `address:${address}`.slice(0, 200) };
}

export function accountKey(email: string): string {
  return `account:${email.trim().toLowerCase()}`.slice(0, 400);
}

/** When the later of the keys' locks ends, or null when neither is locked at `now`. */
export async function lockedUntil(keys: ThrottleKeys, now: Date = new Date()): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(and(inArray(signInThrottles.key, [keys.account, keys.address]), gt(signInThrottles.lockedUntil, now)));
  const ends = rows.flatMap((row) => (row.lockedUntil ? [row.lockedUntil.getTime()] : []));
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/**
 * Counts one failure against both keys; returns the lock's end when this failure started one.
 * Each key's count is one atomic upsert, so failures arriving together are all counted.
 */
export async function recordFailure(tx: Executor, keys: ThrottleKeys, now: Date = new Date()): Promise<Date | null> {
  const account = await countFailure(tx, keys.account, throttleRules.account, now);
  const address = await countFailure(tx, keys.address, throttleRules.address, now);
  const ends = [account, address].flatMap((end) => (end ? [end.getTime()] : []));
  return ends.length ? new Date(Math.max(...ends)) : null;
}

async function countFailure(tx: Executor, key: string, rule: Rule, now: Date): Promise<Date | null> {
  // A window that has run out (and no lock still running) starts again from zero.
  await tx
    .update(signInThrottles)
    .set({ failures: 0, windowStartedAt: now, lockedUntil: null, updatedAt: now })
    .where(
      and(
        eq(signInThrottles.key, key),
        lt(signInThrottles.windowStartedAt, new Date(now.getTime() - rule.windowMs)),
        or(isNull(signInThrottles.lockedUntil), lt(signInThrottles.lockedUntil, now)),
      ),
    );
  const [row] = await tx
    .insert(signInThrottles)
    .values({ key, failures: 1, windowStartedAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: signInThrottles.key,
      set: { failures: sql`${signInThrottles.failures} + 1`, updatedAt: now },
    })
    .returning({ failures: signInThrottles.failures });
  if (!row || row.failures < rule.maxFailures) return null;
  const until = new Date(now.getTime() + rule.lockMs);
  await tx
    .update(signInThrottles)
    .set({ lockedUntil: until, failures: 0, windowStartedAt: now, updatedAt: now })
    .where(eq(signInThrottles.key, key));
  return until;
}

/** After a successful sign-in, or when an admin unlocks an account: its count starts again. */
export async function clearAccountLock(tx: Executor, email: string): Promise<void> {
  await tx.delete(signInThrottles).where(eq(signInThrottles.key, accountKey(email)));
}

/** For the users screen: which of these emails are locked at `now`, and until when. */
export async function accountLocks(emails: string[], now: Date = new Date()): Promise<Map<string, Date>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ key: signInThrottles.key, lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(and(inArray(signInThrottles.key, emails.map(accountKey)), gt(signInThrottles.lockedUntil, now)));
  const locks = new Map<string, Date>();
  for (const row of rows) if (row.lockedUntil) locks.set(row.key.slice("account:".length), row.lockedUntil);
  return locks;
}
