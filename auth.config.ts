/**
 * next-auth settings shared by the proxy and the server. Kept free of database and hashing
 * imports so the proxy stays light; providers are added in auth.ts.
 */
import type { NextAuthConfig } from "next-auth";

/** A staff session lasts one working day; signing in again is cheap. */
export const sessionMaxAgeSeconds = 8 * 60 * 60;

export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // At sign-in only: later reads keep the original moment, so revocation can compare with it.
      if (user?.id) {
        token.uid = user.id;
        token.issuedAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      if (typeof token.issuedAt === "number") session.issuedAt = token.issuedAt;
      return session;
    },
  },
} satisfies NextAuthConfig;
