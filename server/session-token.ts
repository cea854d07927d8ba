/**
 * The session token check behind every staff request (auth.ts's jwt callback): the token as
 * written at sign-in, and only while its session row is live. Returning null makes next-auth
 * treat the request as signed out and clear the cookie, on pages, server actions and its own
 * /api/auth/session alike.
 */
import "server-only";
import type { JWT } from "next-auth/jwt";
import { tokenWithinLifetime } from "@/auth.config";
import { liveSession } from "@/db/queries/accounts/sessions";

export async function checkedSessionToken(token: JWT, now: number = Date.now()): Promise<JWT | null> {
  const valid = tokenWithinLifetime(token, now);
  if (!valid || typeof valid.sid !== "string") return null;
  return (await liveSession(valid.sid, Number(valid.uid), new Date(now))) ? valid : null;
}
