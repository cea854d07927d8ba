import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** The staff_sessions row this cookie belongs to; the session ends when that row does. */
    sid?: string;
    /** When this session was signed in (ms since the epoch). Never changes after sign-in. */
    signedInAt?: number;
  }
}

declare module "next-auth" {
  interface User {
    sessionId?: string;
    signedInAt?: number;
  }
  interface Session {
    sessionId?: string;
    signedInAt?: number;
  }
}
