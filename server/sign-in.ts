/**
 * The credentials check behind sign-in. Called by next-auth's `authorize` (auth.ts), so the
 * form and next-auth's own callback endpoint go through the same limits
 * (server/password-attempts.ts). It never says whether the email exists: unknown emails are
 * counted and slowed exactly like real ones, and a deactivated account is refused like a wrong
 * password.
 */
import "server-only";
import { recordSignIn } from "@/db/queries/accounts/sessions";
import { findUserForSignIn } from "@/db/queries/accounts/users";
import { verifyPassword } from "@/lib/password";
import { attemptPassword, type Sleep } from "./password-attempts";

export { minutesLeft, passwordLock as signInLock } from "./password-attempts";

export type SignInCheck =
  | {
      outcome: "signedIn";
      user: { id: number; email: string; name: string };
      /** The session row just opened (db/queries/accounts/sessions.ts). */
      sessionId: string;
      signedInAt: Date;
    }
  | { outcome: "refused" }
  | { outcome: "locked"; until: Date };

export async function checkSignIn(input: {
  email: string;
  password: string;
  address: string;
  sleep?: Sleep;
}): Promise<SignInCheck> {
  const email = input.email.trim().toLowerCase();
  // Filled in by verify(), which only accepts an active account with the right password.
  const found: { user?: { id: number; email: string; name: string } } = {};
  const attempt = await attemptPassword({
    email,
    address: input.address,
    actor: null,
    sleep: input.sleep,
    async verify() {
      const user = await findUserForSignIn(email);
      // Hashing runs for unknown emails too, so the answer takes as long either way.
      const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
      if (!user || !passwordOk || !user.active) return false;
      found.user = { id: user.id, email: user.email, name: user.name };
      return true;
    },
  });
  if (attempt.outcome !== "accepted") return attempt;
  if (!found.user) return { outcome: "refused" };
  const session = await recordSignIn(found.user, attempt.keys, input.address);
  return { outcome: "signedIn", user: found.user, ...session };
}
