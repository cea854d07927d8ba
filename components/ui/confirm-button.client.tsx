"use client";
/**
 * A submit button that asks first, for actions that change the public site or someone's access
 * at once (unpublish, restore over a published text, deactivate, revoke). Clicking opens a native
 * modal <dialog> (focus stays inside, Escape cancels) that says what will happen; "confirm"
 * submits the button's own form with this button as the submitter, so its name and value are
 * sent as if it had been clicked directly. Without JavaScript the button simply submits: the
 * server action stays the gate either way. With `confirmField`, the confirmed submission also
 * sends that field as "yes", so an action can tell a confirmed request from one sent without
 * JavaScript (and ask again itself).
 */
import { useId, useRef, type ReactNode } from "react";
import { buttonClass, type ButtonSize, type ButtonVariant } from "./button";

export function ConfirmButton({
  children,
  title,
  message,
  confirmLabel,
  cancelLabel,
  variant = "danger",
  size = "md",
  name,
  value,
  disabled,
  confirmField,
  className = "",
}: {
  children: ReactNode;
  /** The question, e.g. "Unpublish this article?" */
  title: string;
  /** What happens, in a sentence: who sees the change and whether it can be undone. */
  message: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  variant?: ButtonVariant;
  size?: ButtonSize;
  name?: string;
  value?: string;
  disabled?: boolean;
  /** A field sent as "yes" only by the confirmed submission. */
  confirmField?: string;
  className?: string;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  function confirm() {
    dialog.current?.close();
    const button = trigger.current;
    const field = confirmation.current;
    // Enabled for this one submission: the form's data is read as requestSubmit runs.
    if (field) field.disabled = false;
    button?.form?.requestSubmit(button);
    if (field) field.disabled = true;
  }

  return (
    <>
      {confirmField && <input ref={confirmation} type="hidden" name={confirmField} value="yes" disabled />}
      <button
        ref={trigger}
        type="submit"
        name={name}
        value={value}
        disabled={disabled}
        className={`${buttonClass(variant, size)} ${className}`}
        onClick={(event) => {
          // The second, confirmed submission comes from requestSubmit, which fires no click.
          event.preventDefault();
          dialog.current?.showModal();
        }}
      >
        {children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={messageId}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-sm border border-rule bg-paper p-6 text-ink shadow-xl backdrop:bg-ink/40"
      >
        <h2 id={titleId} className="font-serif text-xl font-semibold">
          {title}
        </h2>
        <div id={messageId} className="mt-3 text-sm leading-relaxed">
          {message}
        </div>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <button type="button" autoFocus className={buttonClass("secondary")} onClick={() => dialog.current?.close()}>
            {cancelLabel}
          </button>
          <button type="button" className={buttonClass(variant === "link" ? "danger" : variant)} onClick={confirm}>
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
