/** What the image details form sends and gets back (useActionState), typed values kept. */
export type ImageDetailsValues = { altEs: string; altEn: string; caption: string; credit: string };
export type ImageDetailsField = keyof ImageDetailsValues;

export type ImageDetailsState = {
  status: "idle" | "saved" | "error";
  values: ImageDetailsValues;
  errors: Partial<Record<ImageDetailsField, "tooLong">>;
  /** A message key of media.edit.* */
  message: "saved" | "fixBelow" | "forbidden" | "notFound" | null;
};
