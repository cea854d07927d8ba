/** next-auth with email and password; the account is re-checked against the database. */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { authConfig } from "./auth.config";
import { getActiveStaffUser } from "./db/queries/users";
import { clientAddressHeader } from "./lib/client-address";
import { logger } from "./server/logger";
import { checkSignIn } from "./server/sign-in";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(1024),
});

export const { handlers, auth, signIn, signOut, unstable_update } = NextAuth({
  ...authConfig,
  callbacks: {
    ...authConfig.callbacks,
    /**
     * An "update" re-issues the session with a new issue time: the password change does this
     * for the browser that changed it, right before the older sessions are cut off. Only a
     * session that is still valid may be renewed, so a revoked one cannot revive itself
     * through next-auth's session endpoint.
     */
    async jwt(params) {
      const token = await authConfig.callbacks.jwt(params);
      if (params.trigger !== "update") return token;
      const id = Number(token.uid);
      const issuedAt = token.issuedAt;
      const valid =
        Number.isInteger(id) && typeof issuedAt === "number" && (await getActiveStaffUser(id, new Date(issuedAt)));
      if (valid) token.issuedAt = Date.now();
      return token;
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
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
  ],
});
