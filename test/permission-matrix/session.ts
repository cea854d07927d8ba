/**
 * The session the mocked next-auth `auth()` reports during a matrix run. Only the matrix test
 * sets it; server actions read it through the real auth-session.ts.
 */
let signedInUserId: number | null = null;

export function signInAs(userId: number | null): void {
  signedInUserId = userId;
}

export function currentSession(): {
  user: { id: string };
  expires: string;
  sessionId: string;
  signedInAt: number;
} | null {
  if (signedInUserId === null) return null;
  // Signed in now: sessions are refused when signed in before the account's sessionsValidAfter.
  // The session row check happens in auth.ts's jwt callback, which the matrix replaces.
  return {
    user: { id: String(signedInUserId) },
    expires: new Date(Date.now() + 3_600_000).toISOString(),
    sessionId: `matrix-session-${signedInUserId}`,
    signedInAt: Date.now(),
  };
}
