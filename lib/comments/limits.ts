/**
 * Limits of a reader comment and of how often one may be sent. Plain numbers (no zod), so the
 * form can say them too.
 */
export const commentLimits = {
  nameMaxLength: 80,
  emailMaxLength: 254,
  bodyMaxLength: 2000,
  /** More links than this in one comment is what link spam looks like. */
  maxLinks: 2,
} as const;

const minute = 60_000;

/**
 * The form token (server/comments/form-token.ts): a form sent sooner than `minFormAgeMs` after
 * it was rendered is suspicious (the reader is asked the question); one older than
 * `maxFormAgeMs` is refused as expired and the form comes back with a fresh token. The validity
 * is far longer than any cache keeps a reader page, so a cached page's form still works.
 */
export const formTokenTiming = {
  minFormAgeMs: 3_000,
  maxFormAgeMs: 24 * 60 * minute,
  /** Cached article pages carry a token issued at the start of a slot this long. */
  cachedSlotMs: 15 * minute,
  challengeValidityMs: 30 * minute,
} as const;

/**
 * How many comments are taken, counted in the database (all statuses), so the limits hold
 * across restarts and instances. Past a "challenge" level the reader answers a question first;
 * past a "refuse" level nothing is taken until the window has moved on.
 */
export const commentRates = {
  address: { windowMs: 10 * minute, challengeAfter: 3, refuseAfter: 10 },
  addressDay: { windowMs: 24 * 60 * minute, refuseAfter: 40 },
  article: { windowMs: 10 * minute, challengeAfter: 20, refuseAfter: 60 },
} as const;
