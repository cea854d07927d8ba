/**
 * A status or alert message. The tone sets the colour and the live role: success and info are
 * announced politely (`role="status"`); an error is an alert, since it needs the reader's
 * attention. Next's route announcer is an alert too, so tests should filter alerts by text.
 * `role={null}` renders a message that is not announced (a standing warning, say).
 */
import type { ReactNode } from "react";

export type NoticeTone = "success" | "error" | "warning" | "info";

const toneClass: Record<NoticeTone, string> = {
  success: "border-emerald-700",
  error: "border-accent text-accent",
  warning: "border-amber-600 text-amber-900 dark:text-amber-200",
  info: "border-rule",
};

const inlineToneClass: Record<NoticeTone, string> = {
  success: "text-emerald-800 dark:text-emerald-300",
  error: "text-accent",
  warning: "text-amber-900 dark:text-amber-200",
  info: "",
};

export function Notice({
  tone,
  children,
  inline = false,
  as: Tag = "p",
  role,
  id,
  className = "",
}: {
  tone: NoticeTone;
  children: ReactNode;
  /** Text only, for a message beside a control; otherwise a framed banner. */
  inline?: boolean;
  /** A `div` when the message holds blocks (a list, paragraphs). */
  as?: "p" | "div";
  role?: "status" | "alert" | null;
  id?: string;
  className?: string;
}) {
  const live = role === undefined ? (tone === "error" ? "alert" : "status") : (role ?? undefined);
  const look = inline
    ? `text-sm font-medium ${inlineToneClass[tone]}`
    : `rounded-sm border px-4 py-3 text-sm font-medium ${toneClass[tone]}`;
  return (
    <Tag id={id} role={live} className={`${look} ${className}`}>
      {children}
    </Tag>
  );
}
