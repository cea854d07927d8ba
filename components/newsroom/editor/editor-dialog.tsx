"use client";
/**
 * A modal dialog for the editor's tools. Rendered into <body> (outside the article form, so its
 * own form never submits the article) as a native <dialog>: focus stays inside, Escape closes.
 */
import { useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";

export function EditorDialog({
  open,
  title,
  onClose,
  onSubmit,
  children,
  wide = false,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  if (!open) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    onSubmit();
  };
  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby="editor-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto w-[calc(100%-2rem)] ${wide ? "max-w-3xl" : "max-w-lg"} rounded-sm border border-rule bg-paper p-0 text-ink shadow-xl backdrop:bg-black/50`}
    >
      <form onSubmit={submit} className="grid gap-4 p-5">
        <h2 id="editor-dialog-title" className="font-serif text-xl font-bold">
          {title}
        </h2>
        {children}
      </form>
    </dialog>,
    document.body,
  );
}

export const dialogInputClass =
  "w-full rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base aria-[invalid=true]:border-accent";
export const primaryButtonClass =
  "rounded-sm bg-ink px-4 py-2 text-sm font-semibold text-paper hover:opacity-90 disabled:opacity-60";
export const secondaryButtonClass =
  "rounded-sm border border-ink px-4 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-40";
