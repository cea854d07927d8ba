/**
 * What a revision remembers of an article: every field an editor can change in the form,
 * except the language (a revision is restored into the article as it is now). The fields come
 * from the form's schema (lib/validation/article-form.ts), so a new field is remembered too.
 */
import { articleFieldNames, pickFields, type ArticleFormInput } from "../validation/article-form";

export type ArticleSnapshot = Omit<ArticleFormInput, "locale">;

export type SnapshotField = keyof ArticleSnapshot;

export const snapshotFields = articleFieldNames.filter((name): name is SnapshotField => name !== "locale");

/** The snapshot of already-validated form input (ids de-duplicated, as they are stored). */
export function snapshotOf(input: ArticleSnapshot): ArticleSnapshot {
  return {
    ...pickFields(input, snapshotFields),
    topicIds: [...new Set(input.topicIds)],
    authorIds: [...new Set(input.authorIds)],
  };
}
