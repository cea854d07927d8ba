/**
 * The note an editor sends with an article going back to its writer ("send back"). Required:
 * a writer who gets a story back needs to know what to change. Short, plain text; messages are
 * keys under `workflow.sendBack.errors`.
 */
import { z } from "zod";

export const returnNoteMaxLength = 1000;

export const returnNoteSchema = z
  .string()
  .trim()
  .min(1, "noteRequired")
  .max(returnNoteMaxLength, "noteTooLong")
  // Line breaks are kept (shown as typed); other control characters are not text.
  .refine((note) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(note), "noteInvalid");
