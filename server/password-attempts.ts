/**
 * The one gate every password check goes through: sign-in and the current-password check of a
 * password change. Locks come from the pair (this client and this account) and the client
 * address; an account under attack from many addresses is slowed down, never locked, so
 * knowing a staff email is not enough to keep its owner out (db/queries/accounts/sign-in-throttles.ts).
 */
import "server-only";
import { recordPasswordFailure } from "@/db/queries/accounts/password-failures";
import { lockedUntil, recentAccountFailures, slowdownMs, throttleKeys } from "@/db/queries/accounts/sign-in-throttles";
import type { ThrottleKeys } from "@/db/queries/accounts/sign-in-throttles";

export type Sleep = (ms: number) => Promise<void>;

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export type PasswordAttempt =
  { outcome: "accepted"; keys: ThrottleKeys } | { outcome: "refused" } | { outcome: "locked"; until: Date };

export type PasswordAttemptInput = {
  email: string;
  address: string;
  /** Checks the password; only called when no lock is in force. */
  verify: () => Promise<boolean>;
  /** The signed-in person for a password change; null at sign-in. */
  actor: { id: number; email: string } | null;
  /** Waits out the account's slowdown (tests pass a recorder). */
  sleep?: Sleep;
};

export async function attemptPassword(input: PasswordAttemptInput): Promise<PasswordAttempt> {
  const email = input.email.trim().toLowerCase();
  const keys = throttleKeys(email, input.address);
  // A locked pair or address is refused before the password is looked at, even the right one.
  const lock = await lockedUntil(keys);
  if (lock) return { outcome: "locked", until: lock };
  const delay = slowdownMs(await recentAccountFailures(keys));
  // The wait is an await, not busy work: other requests go on meanwhile.
  if (delay > 0) await (input.sleep ?? realSleep)(delay);

  if (await input.verify()) return { outcome: "accepted", keys };
  const failure = await recordPasswordFailure({ keys, email, address: input.address, actor: input.actor });
  return failure.lockedUntil ? { outcome: "locked", until: failure.lockedUntil } : { outcome: "refused" };
}

/** The lock in force for this email from this address, if any (for the forms' message). */
export async function passwordLock(email: string, address: string): Promise<Date | null> {
  return lockedUntil(throttleKeys(email.trim().toLowerCase(), address));
}

/** Whole minutes left until `until`, at least 1 (the forms say "try again in N minutes"). */
export function minutesLeft(until: Date, now: Date = new Date()): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
