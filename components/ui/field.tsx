/**
 * Labelled form fields: a label, the control, an optional hint and the field's error, wired
 * for assistive technology (`aria-invalid`, `aria-describedby`). Uncontrolled unless given a
 * value, so a form posts without JavaScript and a refused save shows what was typed. No hooks:
 * server pages and client islands both use them.
 */
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** The look of a text box or select, for the few controls that stand outside a Field. */
export const controlClass =
  "rounded-sm border border-rule bg-paper-raised px-3 py-2 text-base aria-[invalid=true]:border-accent";

export type FieldFrame = {
  name: string;
  /** Defaults to the name. */
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  /** The error message, already in the reader's language. */
  error?: ReactNode;
  /** Ids of further descriptions (a live character count), read after the hint. */
  describedBy?: string;
  /** Classes for the wrapper (width, grid placement). */
  fieldClassName?: string;
};

/** The attributes that tie a control to its hint and error. */
export function fieldWiring(
  id: string,
  { hint, error, describedBy }: Pick<FieldFrame, "hint" | "error" | "describedBy">,
) {
  const ids = [hint ? `${id}-hint` : null, describedBy, error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    "aria-invalid": error ? (true as const) : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  };
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-xs text-ink-muted">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-accent">
      {children}
    </p>
  );
}

/** Label above, then the control, the hint and the error. */
export function Field({
  id,
  label,
  hint,
  error,
  fieldClassName = "",
  children,
  after,
}: Omit<FieldFrame, "name" | "describedBy"> & { id: string; children: ReactNode; after?: ReactNode }) {
  return (
    <div className={fieldClassName}>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      {children}
      {hint && <FieldHint id={`${id}-hint`}>{hint}</FieldHint>}
      {after}
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </div>
  );
}

type Extra = { after?: ReactNode; className?: string };

/** Parts a field's props into the frame's (label, hint, error) and the control's, wired to them. */
function splitField<Control>({
  name,
  id = name,
  label,
  hint,
  error,
  describedBy,
  fieldClassName,
  after,
  className = "",
  ...control
}: FieldFrame & Extra & Control) {
  return {
    frame: { id, label, hint, error, fieldClassName, after },
    control: {
      name,
      className: `w-full ${controlClass} ${className}`,
      ...fieldWiring(id, { hint, error, describedBy }),
      ...control,
    },
  };
}

export function TextField(props: FieldFrame & Extra & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">) {
  const { frame, control } = splitField(props);
  return (
    <Field {...frame}>
      <input {...control} />
    </Field>
  );
}

export function TextAreaField(
  props: FieldFrame & Extra & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">,
) {
  const { frame, control } = splitField(props);
  return (
    <Field {...frame}>
      <textarea {...control} />
    </Field>
  );
}

export function SelectField({
  options,
  children,
  ...props
}: FieldFrame &
  Omit<Extra, "after"> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> & {
    options: readonly { value: string | number; label: ReactNode }[];
    /** Options before the list (an empty choice). */
    children?: ReactNode;
  }) {
  const { frame, control } = splitField(props);
  return (
    <Field {...frame}>
      {/* React applies a select's defaultValue only when it mounts, and resets a form to it after
          every action: keyed by it, the select shows what the last answer says (what was saved or
          typed), not what the page first showed. */}
      <select key={control.defaultValue === undefined ? undefined : String(control.defaultValue)} {...control}>
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** A checkbox with its label and, if given, a line saying what it does. */
export function CheckboxField({
  name,
  id = name,
  label,
  hint,
  fieldClassName = "",
  ...input
}: Omit<FieldFrame, "error" | "describedBy"> & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "type">) {
  return (
    <div className={`flex items-start gap-3 ${fieldClassName}`}>
      <input
        id={id}
        type="checkbox"
        name={name}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-4 shrink-0"
        {...input}
      />
      <div>
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-ink-muted">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

/** Several checkboxes under one legend, posting every checked value under one name. */
export function CheckboxGroup({
  name,
  legend,
  options,
  checked,
  error,
}: {
  name: string;
  legend: ReactNode;
  options: readonly { value: string | number; label: ReactNode }[];
  checked: readonly string[];
  error?: ReactNode;
}) {
  return (
    <fieldset aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="grid gap-1">
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              name={name}
              value={option.value}
              defaultChecked={checked.includes(String(option.value))}
            />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={`${name}-error`}>{error}</FieldError>
    </fieldset>
  );
}
