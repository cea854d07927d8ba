/** What the article list's bulk action answers (the toolbar shows it as a summary). */
import type { BulkOperation, BulkOutcome } from "@/db/queries/articles/bulk";

/** One article in a summary or a confirmation, as plain data for the client island. */
export type BulkLine = Pick<BulkOutcome, "id" | "title" | "locale" | "result" | "reason" | "problems">;

export type BulkState =
  | { status: "idle" }
  /** Nothing was changed: nothing selected, no topic chosen, or a tampered request. */
  | { status: "error"; message: "noneSelected" | "topicRequired" | "tooMany" | "invalid" | "forbidden" }
  /** Without JavaScript, unpublish and delete ask once more, listing what would change. */
  | { status: "confirm"; operation: BulkOperation; items: { id: number; version: number; title: string }[] }
  | { status: "done"; operation: BulkOperation; lines: BulkLine[] };
