import type { ArticleTeaser as Teaser } from "@/db/queries/types";
import { Pagination } from "@/components/layout/pagination";
import { ArticleTeaser } from "./article-teaser";

/** A page of teasers as rows, with pagination; used by the archive, topic and author pages. */
export function TeaserList({
  items,
  base,
  page,
  pageCount,
}: {
  items: Teaser[];
  base: string;
  page: number;
  pageCount: number;
}) {
  return (
    <>
      <ol className="mt-4 divide-y divide-rule">
        {items.map((article) => (
          <li key={article.id} className="py-6">
            <ArticleTeaser article={article} variant="row" headingLevel={2} />
          </li>
        ))}
      </ol>
      <Pagination base={base} page={page} pageCount={pageCount} />
    </>
  );
}
