import "next-auth";
import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    /** When this session was signed in (ms since the epoch); sessions issued before the account's sessionsValidAfter are refused. */
    issuedAt?: number;
  }
}

declare module "next-auth" {
  interface Session {
    issuedAt?: number;
  }
}
