import type { SettingsFormErrors, SettingsFormValues } from "@/lib/validation/settings-form";

/** What the settings form's server action answers: the typed values always come back. */
export type SettingsFormState = {
  status: "idle" | "saved" | "error";
  values: SettingsFormValues;
  errors: SettingsFormErrors;
  /** Message key under settings.messages (success) or settings.errors (failure). */
  message?: string;
};
