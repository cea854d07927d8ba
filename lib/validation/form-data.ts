/**
 * The one way server code reads a FormData: text fields as strings (a missing field or a file
 * is ""), lists without empty entries, check boxes as booleans. Forms keep what was typed, so
 * the readers never throw; the zod schemas decide what is acceptable.
 */
import { z } from "zod";

export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The named text fields, in one object (for a schema, and to send back on refusal). */
export function formTexts<const Name extends string>(form: FormData, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, formText(form, name)])) as Record<Name, string>;
}

/** Every non-empty value of a repeated field (check-box groups, multi-selects). */
export function formList(form: FormData, name: string): string[] {
  return form.getAll(name).filter((v): v is string => typeof v === "string" && v !== "");
}

/** A check box: browsers send "on" when it is ticked and nothing otherwise. */
export function formChecked(form: FormData, name: string): boolean {
  return form.get(name) === "on";
}

/** A database id sent in a form or an address: a positive integer. */
export const idSchema = z.coerce.number().int().positive();

/** An id field that is empty for something not created yet (a new article or topic). */
export const optionalIdSchema = z.union([z.literal("").transform(() => null), idSchema]);

/**
 * zod issues as one message key per field, the first issue winning. Messages that are not
 * plain keys (zod's own English texts) become "invalid". `fieldOf` names the field from the
 * issue's path; by default the path joined with dots ("form" for the whole object).
 */
export function fieldErrorsOf(
  error: z.ZodError,
  fieldOf: (path: string[]) => string = (path) => path.join(".") || "form",
): Partial<Record<string, string>> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = fieldOf(issue.path.map(String));
    errors[field] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
  }
  return errors;
}
