"use server";
/**
 * Media library server actions. Public POST endpoints: each checks the session and
 * `media.upload` itself, validates with zod, and the data layer checks again (changing someone
 * else's image needs `media.manage`). Uploads and replacements go through ./upload/route.ts.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import {
  deleteLibraryImage,
  MediaInUseError,
  MediaNotFoundError,
  updateImageDetails,
} from "@/db/queries/media-library";
import { ForbiddenError } from "@/lib/permissions";
import { invalidateMediaUsage } from "@/server/media-invalidate";
import { getMediaStorage } from "@/server/media-storage";
import type { ImageDetailsField, ImageDetailsState, ImageDetailsValues } from "./form-state";

const idSchema = z.coerce.number().int().positive();

const detailsSchema = z.object({
  altEs: z.string().trim().max(300, "tooLong"),
  altEn: z.string().trim().max(300, "tooLong"),
  caption: z.string().trim().max(500, "tooLong"),
  credit: z.string().trim().max(200, "tooLong"),
});

function readDetails(form: FormData): ImageDetailsValues {
  const text = (name: string) => (typeof form.get(name) === "string" ? String(form.get(name)) : "");
  return { altEs: text("altEs"), altEn: text("altEn"), caption: text("caption"), credit: text("credit") };
}

function refusal(error: unknown): "forbidden" | "notFound" | null {
  if (error instanceof UnauthenticatedError || error instanceof ForbiddenError) return "forbidden";
  if (error instanceof MediaNotFoundError) return "notFound";
  return null;
}

/** Saves alt texts, caption and credit; keeps what was typed when refused. */
export async function saveImageDetailsAction(_previous: ImageDetailsState, form: FormData): Promise<ImageDetailsState> {
  const values = readDetails(form);
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) return { status: "error", values, errors: {}, message: "notFound" };
  const parsed = detailsSchema.safeParse(values);
  if (!parsed.success) {
    const errors: ImageDetailsState["errors"] = {};
    for (const issue of parsed.error.issues) errors[issue.path[0] as ImageDetailsField] = "tooLong";
    return { status: "error", values, errors, message: "fixBelow" };
  }
  try {
    const user = await requirePermission("media.upload");
    const { altEs, altEn, caption, credit } = parsed.data;
    const usage = await updateImageDetails(user, id.data, { alt: { es: altEs, en: altEn }, caption, credit });
    await invalidateMediaUsage(usage, "action");
    return { status: "saved", values: parsed.data, errors: {}, message: "saved" };
  } catch (error) {
    const key = refusal(error);
    if (key) return { status: "error", values, errors: {}, message: key };
    throw error;
  }
}

/** Deletes an unused image; answers with a redirect naming the outcome. */
export async function deleteImageAction(form: FormData): Promise<void> {
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) redirect("/admin/media?error=notFound");
  let target: string;
  try {
    const user = await requirePermission("media.upload");
    await deleteLibraryImage(user, id.data, getMediaStorage());
    target = "/admin/media?done=deleted";
  } catch (error) {
    if (error instanceof MediaInUseError) target = `/admin/media/${id.data}?error=inUse`;
    else {
      const key = refusal(error);
      if (!key) throw error;
      target = `/admin/media/${id.data}?error=${key}`;
    }
  }
  redirect(target);
}
