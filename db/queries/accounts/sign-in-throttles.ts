/**
 * Failed password counters in the database, so the limits hold across restarts and instances.
 * Sign-in and the password change's current-password check count alike. One row per key:
 *
 * - "pair:<email>|<address>": one client guessing one account. Five failures lock that pair
 *   for 15 minutes; the account's owner elsewhere is not affected.
 * - "address:<address>": one client guessing many accounts. Fifty failures lock the address.
 * - "account:<email>": every failure for the account, from anywhere. It never locks (whoever
 *   knows a staff email could otherwise keep its owner out); past five failures each attempt
 *   waits longer before its answer, and the account's admins are told.
 *
 * Unknown emails are counted exactly like real ones, so the answers never tell which exist.
 * Access rule: the password checks (server/password-attempts.ts), plus the admin reads below
 * (user.manage, checked by the caller's data function).
 */
import { and, eq, gt, gte, inArray, isNull, like, lt, or, sql } from "drizzle-orm";
import { db, tables, type Executor } from "../../client";

const { signInThrottles } = tables;

type LockRule = { maxFailures: number; windowMs: number; lockMs: number };

const minute = 60_000;

export const throttleRules = {
  pair: { maxFailures: 5, windowMs: 15 * minute, lockMs: 15 * minute },
  // An office behind one NAT shares an address: it gets more room before it is locked out.
  address: { maxFailures: 50, windowMs: 15 * minute, lockMs: 15 * minute },
} as const satisfies Record<string, LockRule>;

/** The per-account slowdown: free attempts, then 1 s, 2 s, 4 s … up to 10 s per attempt. */
export const accountSlowdown = { freeFailures: 5, windowMs: 15 * minute, firstDelayMs: 1000, maxDelayMs: 10_000 };

export type ThrottleKeys = { pair: string; address: string; account: string };

export function throttleKeys(email: string, address: string): ThrottleKeys {
  const normalised = normaliseEmail(email);
  return {
    pair: `${pairPrefix(normalised)}${address}`.slice(0, 500),
    address: `address:${address}`.slice(0, 200),
    account: accountKey(normalised),
  };
}

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 320);
}

function accountKey(email: string): string {
  return `account:${normaliseEmail(email)}`;
}

function pairPrefix(email: string): string {
  return `pair:${normaliseEmail(email)}|`;
}

/** How long an attempt waits before it is answered, after `failures` recent failures. */
export function slowdownMs(failures: number): number {
  const { freeFailures, firstDelayMs, maxDelayMs } = accountSlowdown;
  if (failures < freeFailures) return 0;
  return Math.min(maxDelayMs, firstDelayMs * 2 ** Math.min(failures - freeFailures, 20));
}

/** When the later of the pair's and the address's locks ends, or null when neither is locked. */
export async function lockedUntil(keys: ThrottleKeys, now: Date = new Date()): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: signInThrottles.lockedUntil })
    .from(signInThrottles)
    .where(and(inArray(signInThrottles.key, [keys.pair, keys.address]), gt(signInThrottles.lockedUntil, now)));
  const ends = rows.flatMap((row) => (row.lockedUntil ? [row.lockedUntil.getTime()] : []));
  return ends.length ? new Date(Math.max(...ends)) : null;
}

/** The account's failures within the current window (from every address). */
export async function recentAccountFailures(keys: ThrottleKeys, now: Date = new Date()): Promise<number> {
  const [row] = await db
    .select({ failures: signInThrottles.failures })
    .from(signInThrottles)
    .where(
      and(
        eq(signInThrottles.key, keys.account),
        gte(signInThrottles.windowStartedAt, new Date(now.getTime() - accountSlowdown.windowMs)),
      ),
    )
    .limit(1);
  return row?.failures ?? 0;
}

export type FailureOutcome = {
  /** The lock's end when this failure started one for the pair or the address. */
  lockedUntil: Date | null;
  /** The account's failures in the window, this one included. */
  accountFailures: number;
};

/** Counts one failure against all three keys. Each count is one atomic upsert. */
export async function recordFailure(tx: Executor, keys: ThrottleKeys, now: Date = new Date()): Promise<FailureOutcome> {
  const pair = await countFailure(tx, keys.pair, throttleRules.pair, now);
  const address = await countFailure(tx, keys.address, throttleRules.address, now);
  const account = await countFailure(tx, keys.account, { ...accountSlowdown, lockMs: 0 }, now);
  const ends = [pair.lockedUntil, address.lockedUntil].flatMap((end) => (end ? [end.getTime()] : []));
  return { lockedUntil: ends.length ? new Date(Math.max(...ends)) : null, accountFailures: account.failures };
}

async function countFailure(
  tx: Executor,
  key: string,
  rule: { windowMs: number; lockMs: number; maxFailures?: number },
  now: Date,
): Promise<{ failures: number; lockedUntil: Date | null }> {
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
  const failures = row?.failures ?? 1;
  if (!rule.maxFailures || failures < rule.maxFailures) return { failures, lockedUntil: null };
  const until = new Date(now.getTime() + rule.lockMs);
  await tx
    .update(signInThrottles)
    .set({ lockedUntil: until, failures: 0, windowStartedAt: now, updatedAt: now })
    .where(eq(signInThrottles.key, key));
  return { failures, lockedUntil: until };
}

/** After a successful password check: this client's count for the account starts again. */
export async function clearPairCount(tx: Executor, keys: ThrottleKeys): Promise<void> {
  await tx.delete(signInThrottles).where(eq(signInThrottles.key, keys.pair));
}

/** After a password reset: every count and lock for the account starts again. */
export async function clearAccountCounts(tx: Executor, email: string): Promise<void> {
  const prefix = pairPrefix(email).replace(/[\\%_]/g, (c) => `\\${c}`);
  await tx
    .delete(signInThrottles)
    .where(or(eq(signInThrottles.key, accountKey(email)), like(signInThrottles.key, sql`${`${prefix}%`} escape '\\'`)));
}

/**
 * For the users screen and the admins' dashboard: which of these emails have had more failed
 * password attempts than the free ones within the window, and how many.
 */
export async function repeatedFailures(emails: string[], now: Date = new Date()): Promise<Map<string, number>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({ key: signInThrottles.key, failures: signInThrottles.failures })
    .from(signInThrottles)
    .where(
      and(
        inArray(signInThrottles.key, emails.map(accountKey)),
        gte(signInThrottles.failures, accountSlowdown.freeFailures),
        gte(signInThrottles.windowStartedAt, new Date(now.getTime() - accountSlowdown.windowMs)),
      ),
    );
  return new Map(rows.map((row) => [row.key.slice("account:".length), row.failures]));
}
