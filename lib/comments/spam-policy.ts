/**
 * What to do with a comment given how many came lately from its address and to its article
 * (counted by db/queries/comments/posting.ts) and how its form was sent. Pure, so each rule has
 * a unit test.
 */
import { commentRates, formTokenTiming } from "./limits";

export type RecentCounts = { address: number; addressDay: number; article: number };

export type PostingVerdict =
  | { kind: "accept" }
  /** Suspicious: accepted only with the question answered. */
  | { kind: "challenge"; reason: "tooFast" | "busyAddress" | "busyArticle" }
  | { kind: "refuse"; reason: "addressLimit" | "articleLimit" };

export function judgePosting(counts: RecentCounts, formAgeMs: number): PostingVerdict {
  if (counts.address >= commentRates.address.refuseAfter || counts.addressDay >= commentRates.addressDay.refuseAfter)
    return { kind: "refuse", reason: "addressLimit" };
  if (counts.article >= commentRates.article.refuseAfter) return { kind: "refuse", reason: "articleLimit" };
  if (formAgeMs < formTokenTiming.minFormAgeMs) return { kind: "challenge", reason: "tooFast" };
  if (counts.address >= commentRates.address.challengeAfter) return { kind: "challenge", reason: "busyAddress" };
  if (counts.article >= commentRates.article.challengeAfter) return { kind: "challenge", reason: "busyArticle" };
  return { kind: "accept" };
}
