import type { FieldErrors } from "@/lib/validation/accounts";

/** The invitation form's answer: what was typed, field errors, or the link to pass on (shown once). */
export type InviteFormState = {
  values: { name: string; email: string; role: string };
  errors: FieldErrors;
  /** A message key under accounts.errors for a refusal that is not about one field. */
  error?: string;
  link?: { url: string; expiresAt: string; email: string };
};

/** The reset-link button's answer: the link (shown once) or why there is none. */
export type ResetLinkState = { link?: { url: string; expiresAt: string }; error?: string };

/** A pending invitation's "send again" answer: the new link (shown once) or why there is none. */
export type ResendInvitationState = { link?: { url: string; expiresAt: string; email: string }; error?: string };
