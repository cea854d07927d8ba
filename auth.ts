/** next-auth with email and password; the account is re-checked against the database. */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { findUserForSignIn } from "./db/queries/users";
import { verifyPassword } from "./lib/password";
import { logger } from "./server/logger";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // A wrong password is an expected event, not an error with a stack trace; nothing secret is logged.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) logger.warn({ event: "sign-in failed" }, "sign-in refused");
      else logger.error({ err: error }, "auth error");
    },
    warn(code) {
      logger.warn({ code }, "auth warning");
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserForSignIn(parsed.data.email);
        const ok = await verifyPassword(user?.passwordHash ?? null, parsed.data.password);
        if (!user || !ok || !user.active) return null;
        return { id: String(user.id), email: user.email, name: user.name };
      },
    }),
  ],
});
