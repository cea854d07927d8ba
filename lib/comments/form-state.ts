/**
 * What the reader comment form shows after its action answered: the values typed (kept on every
 * refusal), a message key per refused field and one for the form (under `readerComments.errors`), a
 * fresh form token, and the question when one is asked.
 */
import { emptyCommentForm, type CommentFormValues } from "../validation/comment-form";

export type CommentFormField = "name" | "email" | "body" | "parentId" | "challengeAnswer";

export type CommentFormState = {
  status: "idle" | "sent" | "refused";
  values: CommentFormValues;
  errors: Partial<Record<CommentFormField, string>>;
  message: string | null;
  /** The token the form carries now (replaced after each answer). */
  token: string;
  challenge: { token: string; a: number; b: number } | null;
};

export function initialCommentFormState(token: string, parentId: number | null = null): CommentFormState {
  return {
    status: "idle",
    values: { ...emptyCommentForm, parentId: parentId === null ? "" : String(parentId) },
    errors: {},
    message: null,
    token,
    challenge: null,
  };
}
