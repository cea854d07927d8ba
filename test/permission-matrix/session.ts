/**
 * The session the mocked next-auth `auth()` reports during a matrix run. Only the matrix test
 * sets it; server actions read it through the real auth-session.ts.
 */
let signedInUserId: number | null = null;

export function signInAs(userId: number | null): void {
  signedInUserId = userId;
}

export function currentSession(): { user: { id: string }; expires: string; issuedAt: number } | null {
  if (signedInUserId === null) return null;
  // Issued now: sessions are refused when issued before the account's sessionsValidAfter.
  return {
    user: { id: String(signedInUserId) },
    expires: new Date(Date.now() + 3_600_000).toISOString(),
    issuedAt: Date.now(),
  };
}
