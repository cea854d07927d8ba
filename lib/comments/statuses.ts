/** Where a reader comment stands: new ones wait for an editor; only approved ones are shown. */
export const commentStatuses = ["pending", "approved", "rejected", "spam"] as const;

export type CommentStatus = (typeof commentStatuses)[number];

export function isCommentStatus(value: unknown): value is CommentStatus {
  return typeof value === "string" && (commentStatuses as readonly string[]).includes(value);
}
