/** The staff reply form's answer: what was typed (kept on refusal) and a message key. */
export type ReplyFormState = {
  status: "idle" | "saved" | "error";
  message: string | null;
  values: { commentId: string; body: string };
};
