/** "Related stories" under an article: on the reader page and in previews alike. */
import { getTranslations } from "next-intl/server";
import type { ArticleTeaser as Teaser } from "@/db/queries/types";
import { ArticleTeaser } from "./article-teaser";

export async function RelatedArticles({ articles }: { articles: Teaser[] }) {
  if (articles.length === 0) return null;
  const t = await getTranslations("article");
  return (
    <section aria-labelledby="related-heading" className="mx-auto mt-16 max-w-5xl border-t-2 border-ink pt-4 no-print">
      <h2 id="related-heading" className="font-serif text-2xl font-bold">
        {t("related")}
      </h2>
      <ul className="mt-6 grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
        {articles.map((item) => (
          <li key={item.id}>
            <ArticleTeaser article={item} variant="card" />
          </li>
        ))}
      </ul>
    </section>
  );
}
