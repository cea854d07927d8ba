/**
 * The banner a form shows after its server action answered: the success message as a status,
 * a refusal as an alert, nothing while idle. The caller turns message keys into text.
 */
import type { ReactNode } from "react";
import { Notice } from "./notice";

export type AnsweredForm = { status: "idle" | "saved" | "error"; message?: string | null };

export function FormNotice({
  state,
  success,
  failure,
  children,
  className,
}: {
  state: AnsweredForm;
  success: (key: string) => ReactNode;
  failure: (key: string) => ReactNode;
  /** More after the message (links that help after a refusal). */
  children?: ReactNode;
  className?: string;
}) {
  if (!state.message) return null;
  const failed = state.status === "error";
  return (
    <Notice tone={failed ? "error" : "success"} className={className}>
      {failed ? failure(state.message) : success(state.message)}
      {children}
    </Notice>
  );
}
