"use server";
/**
 * Media library server actions, in the kit's shape (app/(newsroom)/_kit/action.ts): each checks
 * the session and `media.upload` itself, validates with zod, and the data layer checks again
 * (changing someone else's image needs `media.manage`). Uploads and replacements go through
 * ./upload/route.ts.
 */
import { z } from "zod";
import { deleteLibraryImage, updateImageDetails } from "@/db/queries/media/library";
import { formText, formTexts, idSchema } from "@/lib/validation/form-data";
import { invalidateMediaUsage } from "@/server/invalidate";
import { getMediaStorage } from "@/server/media-storage";
import { formAction, redirectAction } from "../../_kit/action";
import type { ImageDetailsField, ImageDetailsState } from "./form-state";

const detailFields = ["altEs", "altEn", "caption", "credit"] as const satisfies readonly ImageDetailsField[];

const detailsSchema = z.object({
  id: idSchema,
  altEs: z.string().trim().max(300, "tooLong"),
  altEn: z.string().trim().max(300, "tooLong"),
  caption: z.string().trim().max(500, "tooLong"),
  credit: z.string().trim().max(200, "tooLong"),
});

/** Saves alt texts, caption and credit; keeps what was typed when refused. */
export const saveImageDetailsAction = formAction({
  read: (form) => ({ id: formText(form, "id"), values: formTexts(form, detailFields) }),
  schema: z.preprocess(
    (sent: { id: string; values: Record<ImageDetailsField, string> }) => ({ id: sent.id, ...sent.values }),
    detailsSchema,
  ),
  permission: "media.upload",
  run: (user, { id, altEs, altEn, caption, credit }) =>
    updateImageDetails(user, id, { alt: { es: altEs, en: altEn }, caption, credit }),
  revalidate: (usage) => invalidateMediaUsage(usage, "action"),
  done: (_usage, _sent, { id: _id, ...values }): ImageDetailsState => ({
    status: "saved",
    values,
    errors: {},
    message: "saved",
  }),
  invalid: (error, { values }): ImageDetailsState => {
    const errors: ImageDetailsState["errors"] = {};
    for (const issue of error.issues) {
      const field = detailFields.find((name) => name === issue.path[0]);
      if (field) errors[field] = "tooLong";
    }
    // Only the id can fail otherwise: the image is gone or the form was tampered with.
    const message = Object.keys(errors).length ? "fixBelow" : "notFound";
    return { status: "error", values, errors, message };
  },
  refused: (error, { values }): ImageDetailsState => ({
    status: "error",
    values,
    errors: {},
    message: error.code === "notFound" ? "notFound" : "forbidden",
  }),
});

/** Deletes an unused image; answers with a redirect naming the outcome. */
export const deleteImageAction = redirectAction({
  read: (form) => ({ id: formText(form, "id") }),
  schema: z.object({ id: idSchema }),
  permission: "media.upload",
  run: (user, { id }) => deleteLibraryImage(user, id, getMediaStorage()),
  done: () => "/admin/media?done=deleted",
  invalid: () => "/admin/media?error=notFound",
  refused: (error, { id }) => `/admin/media/${id}?error=${error.code}`,
});
