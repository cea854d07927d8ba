/**
 * An article counts as updated when it changed more than a minute after it was published: the
 * publish itself touches `updatedAt`, and readers should not see "updated" for that.
 */
export function wasUpdatedAfterPublishing(publishedAt: string, updatedAt: string): boolean {
  return new Date(updatedAt).getTime() - new Date(publishedAt).getTime() > 60_000;
}
