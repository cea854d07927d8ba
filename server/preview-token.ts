/**
 * Share-link tokens for previews: `<id>.<expiry ms>.<nonce>.<signature>`, signed with
 * HMAC-SHA256 under AUTH_SECRET over the preview_links row's id, nonce and expiry. The
 * signature stops made-up or edited tokens before the database is asked; the row (revocation,
 * expiry) has the last word.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "./env";

export type PreviewTokenClaims = { id: number; nonce: string; expiresAt: Date };

function signingKey(): string {
  const secret = env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: preview links cannot be signed");
  return secret;
}

function signature(claims: PreviewTokenClaims, key: string): string {
  return createHmac("sha256", key)
    .update(`preview-link:${claims.id}:${claims.nonce}:${claims.expiresAt.getTime()}`)
    .digest("base64url");
}

export function signPreviewToken(claims: PreviewTokenClaims, key: string = signingKey()): string {
  return `${claims.id}.${claims.expiresAt.getTime()}.${claims.nonce}.${signature(claims, key)}`;
}

const tokenPattern = /^([1-9]\d{0,15})\.(\d{1,15})\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

/** The claims of a well-formed token with a valid signature; null for anything else. */
export function verifyPreviewToken(token: string, key: string = signingKey()): PreviewTokenClaims | null {
  const match = tokenPattern.exec(token);
  if (!match) return null;
  const [, id, expires, nonce, given] = match;
  if (!id || !expires || !nonce || !given) return null;
  const claims = { id: Number(id), nonce, expiresAt: new Date(Number(expires)) };
  const expected = Buffer.from(signature(claims, key));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? claims : null;
}
