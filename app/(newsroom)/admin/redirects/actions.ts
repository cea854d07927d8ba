"use server";
/**
 * Manual redirects, in the kit's shape (app/(newsroom)/_kit/action.ts): each checks the session
 * and `redirect.manage` itself, validates with zod, and the data layer checks the permission again.
 */
import { z } from "zod";
import { addRedirect, removeRedirect } from "@/db/queries/site/redirects";
import { locales } from "@/lib/locales";
import { slugPattern } from "@/lib/slug";
import { formChecked, formTexts, idSchema, optionalIdSchema } from "@/lib/validation/form-data";
import { invalidateRedirect } from "@/server/invalidate";
import { redirectAction } from "../../_kit/action";

const newRedirectSchema = z
  .object({
    locale: z.enum(locales),
    fromSlug: z.string().trim().regex(slugPattern),
    toArticleId: optionalIdSchema,
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

export const addRedirectAction = redirectAction({
  read: (form) => ({
    ...formTexts(form, ["locale", "fromSlug", "toArticleId", "toPath"]),
    permanent: formChecked(form, "permanent"),
  }),
  schema: newRedirectSchema,
  permission: "redirect.manage",
  run: (user, input) => addRedirect(user, input),
  revalidate: (_added, { locale, fromSlug }) => invalidateRedirect(locale, fromSlug),
  done: () => "/admin/redirects?done=added",
  invalid: () => "/admin/redirects?error=redirectTarget",
  refused: (error) => `/admin/redirects?error=${error.code}`,
});

export const removeRedirectAction = redirectAction({
  read: (form) => formTexts(form, ["id"]),
  schema: z.object({ id: idSchema }),
  permission: "redirect.manage",
  run: (user, { id }) => removeRedirect(user, id),
  revalidate: (removed) => {
    if (removed) invalidateRedirect(removed.locale, removed.fromSlug);
  },
  done: () => "/admin/redirects?done=removed",
  invalid: () => "/admin/redirects?error=invalid",
  refused: (error) => `/admin/redirects?error=${error.code}`,
});
