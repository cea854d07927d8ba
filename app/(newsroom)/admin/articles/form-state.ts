import type { PickerImage } from "@/db/queries/media/picker";
import type { ArticleFormValues, FieldErrors } from "@/lib/validation/article-form";

/** What the article form's server action answers: the typed values always come back. */
export type ArticleFormState = {
  status: "idle" | "saved" | "error";
  values: ArticleFormValues;
  errors: FieldErrors;
  /** Message key under admin.form (success) or admin.errors (failure). */
  message?: string;
  version?: number;
  /** After a refused save: the version the editor started from and the one now stored. */
  conflict?: { startedFrom: number | null; current: number };
};

/** The choices the article form offers, named in the newsroom's language. */
export type ArticleFormOptions = {
  locales: { code: string; name: string }[];
  topics: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  /** The lead image the article has when the page loads, for the picker to show. */
  leadImage: PickerImage | null;
};
