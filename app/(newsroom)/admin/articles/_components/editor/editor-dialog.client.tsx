"use client";
/**
 * A modal dialog for the editor's tools. Rendered into <body> (outside the article form, so its
 * own form never submits the article) as a native <dialog>: focus stays inside, Escape closes.
 */
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { Button } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

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

/**
 * The web-address field the link and video dialogs share: label, help, and the refusal shown
 * (and announced) when the address is not allowed.
 */
/** An address the dialog checks on submit; once refused, it stays refused until it is edited. */
export type CheckedAddress = {
  value: string;
  refused: boolean;
  refuse: () => void;
  change: (value: string) => void;
};

export function useCheckedAddress(initial = ""): CheckedAddress {
  const [value, setValue] = useState(initial);
  const [refused, setRefused] = useState(false);
  return {
    value,
    refused,
    refuse: () => setRefused(true),
    change: (next) => {
      setValue(next);
      setRefused(false);
    },
  };
}

export function DialogAddressField({
  id,
  address,
  label,
  help,
  refusalMessage,
}: {
  id: string;
  address: CheckedAddress;
  label: string;
  help: string;
  /** Shown while the address stands refused. */
  refusalMessage: string;
}) {
  const refusal = address.refused ? refusalMessage : null;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="url"
        inputMode="url"
        autoFocus
        value={address.value}
        onChange={(event) => address.change(event.target.value)}
        className={`w-full ${controlClass}`}
        aria-describedby={refusal ? `${id}-help ${id}-error` : `${id}-help`}
        aria-invalid={refusal ? true : undefined}
      />
      <p id={`${id}-help`} className="mt-1 text-xs text-ink-muted">
        {help}
      </p>
      {refusal && (
        <Notice tone="error" inline id={`${id}-error`} className="mt-1 block">
          {refusal}
        </Notice>
      )}
    </div>
  );
}

/** The dialog's buttons: the action that submits it, any others, then Cancel. */
export function DialogActions({
  submit,
  cancel,
  onCancel,
  children,
}: {
  submit: string;
  cancel: string;
  onCancel: () => void;
  children?: ReactNode;
}) {
  return (
    <div className="flex flex-wrap gap-3">
      <Button type="submit" variant="primary" size="sm">
        {submit}
      </Button>
      {children}
      <Button size="sm" onClick={onCancel}>
        {cancel}
      </Button>
    </div>
  );
}
