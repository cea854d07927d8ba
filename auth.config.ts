/**
 * next-auth settings shared by the proxy and the server. Kept free of database and hashing
 * imports so the proxy stays light; providers and the database check are added in auth.ts.
 */
import type { NextAuthConfig } from "next-auth";
import type { JWT } from "next-auth/jwt";

/** A staff session lasts one working day from sign-in; signing in again is cheap. */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

/**
 * The token as written at sign-in, or null once it is past its 8 hours. Nothing in the token
 * changes after sign-in: next-auth's public "update" trigger (POST /api/auth/session) cannot
 * move the sign-in time, so a copied cookie cannot be kept alive by replaying it.
 */
export function tokenWithinLifetime(token: JWT, now: number = Date.now()): JWT | null {
  const { uid, sid, signedInAt } = token;
  if (typeof uid !== "string" || typeof sid !== "string" || typeof signedInAt !== "number") return null;
  if (signedInAt > now || now - signedInAt >= sessionMaxAgeSeconds * 1000) return null;
  return token;
}

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // At sign-in only: the account, its session row (auth.ts) and the moment it began.
      if (user?.id && user.sessionId && user.signedInAt) {
        token.uid = user.id;
        token.sid = user.sessionId;
        token.signedInAt = user.signedInAt;
        return token;
      }
      return tokenWithinLifetime(token);
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.sid === "string") session.sessionId = token.sid;
      if (typeof token.signedInAt === "number") session.signedInAt = token.signedInAt;
      return session;
    },
  },
} satisfies NextAuthConfig;
