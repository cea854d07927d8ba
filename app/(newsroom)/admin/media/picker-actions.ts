"use server";
/**
 * The image picker's server action, in the kit's shape (app/(newsroom)/_kit/action.ts): one page
 * of library images for every field that names one (lead image, body images, site logo,
 * portrait). Uploads from inside the picker go through ./upload/route.ts like any other.
 */
import { z } from "zod";
import { searchPickerImages, type PickerImage } from "@/db/queries/media/picker";
import type { Page } from "@/db/queries/types";
import { locales } from "@/lib/locales";
import { maxUploadBytes } from "@/server/media/image-upload";
import { resultAction } from "../../_kit/action";

export type MediaPickerResult =
  { status: "ok"; images: Page<PickerImage>; maxUploadBytes: number } | { status: "refused" };

/** One page of library images filtered by `query` (file name, alt text, caption, credit). */
export const searchMediaPickerAction = resultAction({
  read: (sent: { query: string; page: number; locale: string }) => sent,
  schema: z.object({
    query: z.string().max(100),
    page: z.number().int().min(1).max(10_000),
    locale: z.enum(locales),
  }),
  permission: "media.upload",
  run: (user, input) => searchPickerImages(user, input),
  done: (images): MediaPickerResult => ({ status: "ok", images, maxUploadBytes: maxUploadBytes() }),
  invalid: (): MediaPickerResult => ({ status: "refused" }),
  refused: (): MediaPickerResult => ({ status: "refused" }),
});
