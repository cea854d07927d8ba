import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ArticleTeaser } from "@/db/queries/types";
import { paths } from "@/lib/paths";

export async function BreakingBanner({ article }: { article: ArticleTeaser }) {
  const t = await getTranslations("front");
  return (
    <section aria-label={t("breaking")} className="bg-banner text-banner-ink">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3 sm:px-6">
        <p className="text-xs font-bold tracking-widest uppercase">{t("breaking")}</p>
        <Link
          href={paths.article(article.locale, article.slug)}
          className="font-serif text-lg font-semibold underline-offset-4 hover:underline"
        >
          {article.title}
        </Link>
      </div>
    </section>
  );
}
