/**
 * Writing down a wrong password: the counters and the audit entries in one transaction. Used by
 * sign-in and by the password change's current-password check (server/password-attempts.ts).
 */
import { db } from "../../client";
import { recordAudit } from "../audit/record";
import { accountSlowdown, recordFailure, type FailureOutcome, type ThrottleKeys } from "./sign-in-throttles";

export type PasswordFailure = {
  keys: ThrottleKeys;
  /** The email typed at sign-in, or the signed-in person's own for a password change. */
  email: string;
  address: string;
  /** Who was signed in, for a password change; null at sign-in. */
  actor: { id: number; email: string } | null;
};

export async function recordPasswordFailure(failure: PasswordFailure, now: Date = new Date()): Promise<FailureOutcome> {
  const email = failure.email.slice(0, 320);
  return db.transaction(async (tx) => {
    const outcome = await recordFailure(tx, failure.keys, now);
    const lockDetails = outcome.lockedUntil ? { lockedUntil: outcome.lockedUntil.toISOString() } : {};
    await recordAudit(
      failure.actor
        ? {
            action: "auth.passwordChangeFailed",
            actor: failure.actor,
            target: { type: "user", id: failure.actor.id },
            summary: `Wrong current password in a password change: ${email}`,
            details: lockDetails,
            ipAddress: failure.address,
          }
        : {
            action: "auth.signInFailed",
            actor: null,
            // The typed email helps an admin spot an attack; whether it exists is not recorded.
            summary: `Failed sign-in for ${email}`,
            details: { email, ...lockDetails },
            ipAddress: failure.address,
          },
      tx,
    );
    // Once per window, when the account starts being slowed down: the notice admins look for.
    if (outcome.accountFailures === accountSlowdown.freeFailures)
      await recordAudit(
        {
          action: "auth.repeatedFailures",
          actor: null,
          summary: `Repeated wrong passwords for ${email}: sign-ins to it are slowed down`,
          details: { email, failures: outcome.accountFailures },
          ipAddress: failure.address,
        },
        tx,
      );
    return outcome;
  });
}
