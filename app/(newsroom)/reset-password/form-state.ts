/** What the one-time link form (reset or invitation) shows after an answer. */
export type NewPasswordState = {
  values: { password: string; confirmation: string };
  errors: Partial<Record<string, string>>;
};
