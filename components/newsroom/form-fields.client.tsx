"use client";
/**
 * Labelled form fields for newsroom forms: label, control, optional help and the field's error,
 * wired together for assistive technology (aria-describedby, aria-invalid). Uncontrolled, so
 * the form posts without JavaScript and a refused save shows what was typed.
 */
import {
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from "react";
import { useTranslations } from "next-intl";

export const fieldInputClass =
  "w-full rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base aria-[invalid=true]:border-accent";

type FieldText = {
  name: string;
  label: ReactNode;
  help?: ReactNode;
  /** The error message, already in the user's language. */
  error?: string;
  /** Shows a live character count against this soft limit. */
  counter?: number;
};

function describedBy(name: string, help: boolean, error: boolean, counter: boolean): string | undefined {
  const ids = [help && `${name}-help`, counter && `${name}-count`, error && `${name}-error`].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block text-sm font-semibold">
      {children}
    </label>
  );
}

export function FieldHelp({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-xs text-ink-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-accent">
      {message}
    </p>
  );
}

function Counter({ id, length, limit }: { id: string; length: number; limit: number }) {
  const t = useTranslations("editor.fields");
  return (
    <p id={id} className={`mt-1 text-xs ${length > limit ? "font-semibold text-accent" : "text-ink-muted"}`}>
      {t("characters", { count: length })} / {limit}
    </p>
  );
}

/**
 * Label, help, live character count and error around one text control; `control` receives the
 * attributes that wire it to them and the change handler that keeps the count.
 */
function TextFieldFrame<Element extends HTMLInputElement | HTMLTextAreaElement>({
  name,
  label,
  help,
  error,
  counter,
  initialLength,
  onChange,
  control,
}: FieldText & {
  initialLength: number;
  onChange?: (event: ChangeEvent<Element>) => void;
  control: (wiring: {
    id: string;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
    onChange: (event: ChangeEvent<Element>) => void;
  }) => ReactNode;
}) {
  const [length, setLength] = useState(initialLength);
  return (
    <div>
      <FieldLabel htmlFor={name}>{label}</FieldLabel>
      {control({
        id: name,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy(name, Boolean(help), Boolean(error), counter !== undefined),
        onChange: (event) => {
          setLength(event.target.value.length);
          onChange?.(event);
        },
      })}
      {help && <FieldHelp id={`${name}-help`}>{help}</FieldHelp>}
      {counter !== undefined && <Counter id={`${name}-count`} length={length} limit={counter} />}
      <FieldError id={`${name}-error`} message={error} />
    </div>
  );
}

export function TextField({
  name,
  label,
  help,
  error,
  counter,
  className = "",
  onChange,
  ...input
}: FieldText & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <TextFieldFrame<HTMLInputElement>
      {...{ name, label, help, error, counter, onChange }}
      initialLength={String(input.value ?? input.defaultValue ?? "").length}
      control={(wiring) => <input name={name} className={`${fieldInputClass} ${className}`} {...wiring} {...input} />}
    />
  );
}

export function TextAreaField({
  name,
  label,
  help,
  error,
  counter,
  className = "",
  onChange,
  ...textarea
}: FieldText & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <TextFieldFrame<HTMLTextAreaElement>
      {...{ name, label, help, error, counter, onChange }}
      initialLength={String(textarea.defaultValue ?? "").length}
      control={(wiring) => (
        <textarea name={name} className={`${fieldInputClass} ${className}`} {...wiring} {...textarea} />
      )}
    />
  );
}

/** A checkbox with its label and a line saying what it does. */
export function CheckboxField({
  name,
  label,
  help,
  defaultChecked,
}: {
  name: string;
  label: ReactNode;
  help: ReactNode;
  defaultChecked: boolean;
}) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={name}
        type="checkbox"
        name={name}
        defaultChecked={defaultChecked}
        aria-describedby={`${name}-help`}
        className="mt-1 size-4 shrink-0"
      />
      <div>
        <label htmlFor={name} className="text-sm font-semibold">
          {label}
        </label>
        <p id={`${name}-help`} className="text-xs text-ink-muted">
          {help}
        </p>
      </div>
    </div>
  );
}
