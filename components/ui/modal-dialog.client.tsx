"use client";
/**
 * A modal dialog: a native <dialog> shown with showModal (focus stays inside, Escape closes,
 * the page behind is inert), rendered into <body> so it never sits inside the page's form.
 * Focus goes back to what opened it when it closes. Fits a phone: full width less a margin,
 * scrolling inside when taller than the screen.
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";

export function ModalDialog({
  title,
  onClose,
  children,
  wide = false,
}: {
  title: string;
  /** Escape, or a close button of the caller's. */
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (dialog?.open) dialog.close();
      // The opener may have been replaced meanwhile (a button whose text changed stays the same node).
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return createPortal(
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className={`m-auto max-h-[calc(100dvh-1rem)] w-[calc(100%-1rem)] sm:w-[calc(100%-2rem)] ${wide ? "max-w-3xl" : "max-w-lg"} overflow-y-auto overscroll-contain rounded-sm border border-rule bg-paper p-0 text-ink shadow-xl backdrop:bg-black/50`}
    >
      <div className="grid gap-4 p-4 sm:p-5">
        <h2 id={titleId} className="font-serif text-xl font-bold">
          {title}
        </h2>
        {children}
      </div>
    </dialog>,
    document.body,
  );
}
