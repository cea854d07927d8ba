"use server";
/**
 * Manual redirects. Public POST endpoints: each checks the session and `redirect.manage`
 * itself, validates with zod, and the data layer checks the permission again.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import { addRedirect, RedirectInputError, removeRedirect } from "@/db/queries/redirects";
import { locales } from "@/lib/locales";
import { ForbiddenError } from "@/lib/permissions";
import { slugPattern } from "@/lib/slug";
import { invalidateRedirect } from "@/server/invalidate";

const newRedirectSchema = z
  .object({
    locale: z.enum(locales),
    fromSlug: z.string().trim().regex(slugPattern),
    toArticleId: z.union([z.literal("").transform(() => null), z.coerce.number().int().positive()]),
    // A path on this site only: "//host" or a scheme would make an open redirect.
    toPath: z.union([
      z.literal("").transform(() => null),
      z
        .string()
        .trim()
        .max(500)
        .regex(/^\/(?![/\\])[^\s]*$/),
    ]),
    permanent: z.boolean(),
  })
  .refine((v) => (v.toArticleId === null) !== (v.toPath === null), { message: "redirectTarget" });

function refusalKey(error: unknown): string | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return "forbidden";
  if (error instanceof RedirectInputError) return error.key;
  return null;
}

export async function addRedirectAction(form: FormData): Promise<void> {
  const text = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : "");
  const parsed = newRedirectSchema.safeParse({
    locale: text("locale"),
    fromSlug: text("fromSlug"),
    toArticleId: text("toArticleId"),
    toPath: text("toPath"),
    permanent: form.get("permanent") === "on",
  });
  let outcome: string;
  if (!parsed.success) outcome = "error=redirectTarget";
  else {
    try {
      const user = await requirePermission("redirect.manage");
      await addRedirect(user, parsed.data);
      invalidateRedirect(parsed.data.locale, parsed.data.fromSlug);
      outcome = "done=added";
    } catch (error) {
      const key = refusalKey(error);
      if (!key) throw error;
      outcome = `error=${key}`;
    }
  }
  redirect(`/admin/redirects?${outcome}`);
}

export async function removeRedirectAction(form: FormData): Promise<void> {
  const id = z.coerce.number().int().positive().safeParse(form.get("id"));
  let outcome = "error=invalid";
  if (id.success) {
    try {
      const user = await requirePermission("redirect.manage");
      const removed = await removeRedirect(user, id.data);
      if (removed) invalidateRedirect(removed.locale, removed.fromSlug);
      outcome = "done=removed";
    } catch (error) {
      const key = refusalKey(error);
      if (!key) throw error;
      outcome = `error=${key}`;
    }
  }
  redirect(`/admin/redirects?${outcome}`);
}
