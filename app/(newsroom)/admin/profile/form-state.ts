import type { FieldErrors } from "@/lib/validation/accounts";

export type ProfileFormValues = {
  name: string;
  jobTitle: Record<string, string>;
  bio: Record<string, string>;
  photoMediaId: string;
};

/** The profile form's answer: what was typed always comes back, with field errors or "saved". */
export type ProfileFormState = { status: "idle" | "saved" | "error"; values: ProfileFormValues; errors: FieldErrors };

export type PasswordFormValues = { currentPassword: string; password: string; confirmation: string };

export type PasswordFormState = {
  status: "idle" | "error";
  values: PasswordFormValues;
  errors: FieldErrors;
  /** With errors.currentPassword "tooManyAttempts": whole minutes until the next try. */
  retryMinutes?: number;
};

/** The newsroom-language form's answer; "saved" makes the page load afresh in the new language. */
export type LanguageFormState = { status: "idle" | "saved" | "error"; error?: string };
