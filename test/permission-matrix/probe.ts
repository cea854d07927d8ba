/**
 * One row of the permission matrix: a request a staff member (or nobody) might send to a server
 * action. test/permission-matrix.test.ts runs every probe once per kind of caller (anonymous,
 * writer, editor, admin, deactivated account) and checks that it changed something exactly
 * when the permission table says that caller may.
 *
 * Each newsroom area adds its own `test/permission-matrix/<area>.probes.ts` exporting `probes`.
 */
import type { StaffUser } from "@/db/queries/types";
import type { Role } from "@/lib/roles";

export type PermissionProbe<Context = unknown> = {
  /** What the request tries to do, e.g. "publish someone else's draft". */
  name: string;
  /** The roles that may do it, taken from the permission table (`permissionTable[...]`). */
  allowedRoles: readonly Role[];
  /**
   * Creates what the attempt needs. `caller` is the account sending the request (null when
   * anonymous); it is already signed in. Return whatever attempt and succeeded need.
   */
  setup(caller: StaffUser | null): Promise<Context>;
  /** Sends the request: call the server action itself. Redirects and refusals are caught. */
  attempt(context: Context, caller: StaffUser | null): Promise<unknown>;
  /** Whether the request changed what it tried to change (read the database, not the reply). */
  succeeded(context: Context, caller: StaffUser | null): Promise<boolean>;
};

/** Keeps each probe's Context type checked while the matrix holds probes of many kinds. */
export function probe<Context>(definition: PermissionProbe<Context>): PermissionProbe {
  return definition as PermissionProbe;
}

/** A FormData from plain fields; arrays become repeated fields, booleans become "on". */
export function formData(fields: Record<string, string | number | boolean | readonly (string | number)[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) for (const item of value) form.append(name, String(item));
    else if (typeof value === "boolean") {
      if (value) form.append(name, "on");
    } else form.append(name, String(value));
  }
  return form;
}
