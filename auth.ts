/** next-auth with email and password; the account is re-checked against the database. */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { endStaffSession } from "./db/queries/accounts/sessions";
import { clientAddressHeader } from "./lib/client-address";
import { logger } from "./server/logger";
import { checkedSessionToken } from "./server/session-token";
import { checkSignIn } from "./server/sign-in";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    /**
     * Every read of a session after sign-in asks the database whether its row is still live
     * (not signed out, not cut off by a password change or deactivation, not expired). Returning
     * null makes next-auth treat the request as signed out and clear the cookie, on pages,
     * actions and its own /api/auth/session alike. An "update" changes nothing in the token.
     */
    async jwt(params) {
      // At sign-in the shared callback writes the token; every later read checks it here.
      if (params.user) return authConfig.callbacks.jwt(params);
      return checkedSessionToken(params.token);
    },
  },
  events: {
    // Signing out ends the session row, so a copy of the cookie is refused from the next request on.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endStaffSession(sid);
    },
  },
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
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        // Set by server/http-server.ts for every request (see lib/client-address.ts).
        const address = request.headers.get(clientAddressHeader) ?? "unknown";
        const result = await checkSignIn({ ...parsed.data, address });
        if (result.outcome !== "signedIn") return null;
        const { user, sessionId, signedInAt } = result;
        return { id: String(user.id), email: user.email, name: user.name, sessionId, signedInAt: signedInAt.getTime() };
      },
    }),
  ],
});
