/**
 * What a revision remembers of an article: every field an editor can change in the form,
 * except the language (a revision is restored into the article as it is now).
 */
export type ArticleSnapshot = {
  title: string;
  slug: string;
  summary: string;
  body: string;
  topicIds: number[];
  authorIds: number[];
  leadMediaId: number | null;
  leadImageCaption: string;
  leadImageCredit: string;
  sourceName: string;
  sourceUrl: string;
  correction: string;
  seoTitle: string;
  seoDescription: string;
  featured: boolean;
  breaking: boolean;
  commentsEnabled: boolean;
};

export const snapshotFields = [
  "title",
  "slug",
  "summary",
  "body",
  "topicIds",
  "authorIds",
  "leadMediaId",
  "leadImageCaption",
  "leadImageCredit",
  "sourceName",
  "sourceUrl",
  "correction",
  "seoTitle",
  "seoDescription",
  "featured",
  "breaking",
  "commentsEnabled",
] as const satisfies readonly (keyof ArticleSnapshot)[];

export type SnapshotField = (typeof snapshotFields)[number];

/** The snapshot of already-validated form input (ids de-duplicated, as they are stored). */
export function snapshotOf(input: ArticleSnapshot): ArticleSnapshot {
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    body: input.body,
    topicIds: [...new Set(input.topicIds)],
    authorIds: [...new Set(input.authorIds)],
    leadMediaId: input.leadMediaId,
    leadImageCaption: input.leadImageCaption,
    leadImageCredit: input.leadImageCredit,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    correction: input.correction,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    featured: input.featured,
    breaking: input.breaking,
    commentsEnabled: input.commentsEnabled,
  };
}
