/**
 * Counts one read of an article: a tiny script (public/read-beacon.js) that posts a beacon once
 * the page is shown, so the cached page itself stays static. It is the reader pages' one island,
 * marked so that the lighter reader documents (server/reader-html.ts) keep it.
 */
export function ReadBeacon({ articleId }: { articleId: number }) {
  return <script src="/read-beacon.js" defer data-island="read-beacon" data-article-id={articleId} />;
}
