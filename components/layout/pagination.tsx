import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { paths } from "@/lib/paths";

/** Previous / next links and the position, as plain links that work without JavaScript. */
export async function Pagination({ base, page, pageCount }: { base: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("pagination");
  const linkClass = "rounded-sm border border-rule px-4 py-2 font-medium hover:border-ink";
  return (
    <nav aria-label={t("label")} className="mt-10 flex items-center justify-between gap-4 text-sm no-print">
      {page > 1 ? (
        <Link href={paths.paged(base, page - 1)} rel="prev" className={linkClass}>
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-ink-muted" aria-current="page">
        {t("page", { page, count: pageCount })}
      </p>
      {page < pageCount ? (
        <Link href={paths.paged(base, page + 1)} rel="next" className={linkClass}>
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
