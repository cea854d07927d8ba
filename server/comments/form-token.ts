/**
 * The comment form's token and its challenge, both HMAC-SHA256 under AUTH_SECRET.
 *
 * Why the token works the way it does: article pages are cached (Next's full-route cache, the
 * in-process reader cache, a CDN), so a token made per request cannot be in them without making
 * every page uncacheable. The form on a cached page therefore carries a token issued for the
 * article at the start of a 15-minute slot: the same bytes for every reader in that slot, so
 * the page's ETag and compressed copies stay put, and valid for 24 hours, far longer than any
 * cache keeps the page. The form's own page (`…/comment`, rendered per request, where refusals
 * and the outcome are shown) issues a token of the moment. What the token buys:
 *
 * - a form is for one article: it cannot be posted to another;
 * - an expired form (older than a day) is refused and handed back with a fresh token;
 * - a form sent within seconds of its token is suspicious, so the question is asked; from a
 *   cached page that only catches a program that is fast after a slot starts, which is why the
 *   limits per address and per article (counted in the database) do the heavy lifting;
 * - replays: the database keeps a hash of token and text with each comment (unique), so sending
 *   the same form again stores nothing.
 *
 * No script is needed for any of it, so the form works without JavaScript.
 */
import "server-only";
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { formTokenTiming } from "@/lib/comments/limits";
import { env } from "../env";

function key(): string {
  const secret = env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: comment forms cannot be signed");
  return secret;
}

function sign(text: string): string {
  return createHmac("sha256", key()).update(text).digest("base64url");
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A token for the form of one article, issued at `issuedAt` (ms). */
export function issueFormToken(articleId: number, issuedAt: number): string {
  return `${articleId}.${issuedAt}.${sign(`comment-form:${articleId}:${issuedAt}`)}`;
}

/** A token of this moment (the form's own page, rendered per request). */
export function freshFormToken(articleId: number): string {
  return issueFormToken(articleId, Date.now());
}

/** The token a cached page carries: the same for everyone within a slot. */
export function cachedPageFormToken(articleId: number, now: number = Date.now()): string {
  return issueFormToken(articleId, now - (now % formTokenTiming.cachedSlotMs));
}

export type FormTokenCheck = { kind: "valid"; ageMs: number } | { kind: "invalid" } | { kind: "expired" };

const tokenPattern = /^([1-9]\d{0,9})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

export function checkFormToken(token: string, articleId: number, now: number = Date.now()): FormTokenCheck {
  const match = tokenPattern.exec(token);
  if (!match || Number(match[1]) !== articleId) return { kind: "invalid" };
  const issuedAt = Number(match[2]);
  if (!same(match[3] ?? "", sign(`comment-form:${articleId}:${issuedAt}`))) return { kind: "invalid" };
  // A token from the future (a clock a little ahead on another instance) counts as just issued.
  const ageMs = Math.max(0, now - issuedAt);
  if (ageMs > formTokenTiming.maxFormAgeMs) return { kind: "expired" };
  return { kind: "valid", ageMs };
}

export type Challenge = { token: string; a: number; b: number };

/**
 * A question asked only after something suspicious (a form sent too soon, a busy address or
 * article): the sum of two small numbers, answerable without JavaScript and by screen readers.
 * The answer is in the signature, never in the page.
 */
export function issueChallenge(articleId: number, now: number = Date.now()): Challenge {
  const a = randomInt(2, 10);
  const b = randomInt(2, 10);
  const expires = now + formTokenTiming.challengeValidityMs;
  const signature = sign(`comment-challenge:${articleId}:${a}:${b}:${expires}:${a + b}`);
  return { token: `${a}.${b}.${expires}.${signature}`, a, b };
}

const challengePattern = /^(\d{1,2})\.(\d{1,2})\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

/** Whether `answer` is the right answer to a question this server asked, still in time. */
export function challengeAnswered(token: string, answer: string, articleId: number, now: number = Date.now()): boolean {
  const match = challengePattern.exec(token);
  if (!match || !/^\d{1,3}$/.test(answer.trim())) return false;
  const [, a, b, expires, signature] = match;
  if (Number(expires) < now) return false;
  return same(signature ?? "", sign(`comment-challenge:${articleId}:${a}:${b}:${expires}:${answer.trim()}`));
}

/** The question of a challenge token (to ask it again after another refusal). */
export function challengeQuestion(token: string): { a: number; b: number } | null {
  const match = challengePattern.exec(token);
  return match ? { a: Number(match[1]), b: Number(match[2]) } : null;
}
