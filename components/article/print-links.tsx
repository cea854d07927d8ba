import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { paths } from "@/lib/paths";

/** "Print" and "Download PDF" beside the share links; hidden when the page itself is printed. */
export async function PrintLinks({ locale, slug }: { locale: string; slug: string }) {
  const t = await getTranslations("article");
  const tPrint = await getTranslations("print");
  return (
    <nav aria-label={tPrint("links")} className="mt-4 no-print">
      <ul className="flex flex-wrap gap-2 text-sm">
        <li>
          <Link
            href={paths.articlePrint(locale, slug)}
            prefetch={false}
            className="inline-block rounded-sm border border-rule px-3 py-1.5 font-medium hover:border-ink"
          >
            {t("print")}
          </Link>
        </li>
        <li>
          {/* A file, not a page: a plain link, so the browser downloads or opens it. */}
          <a
            href={paths.articlePdf(locale, slug)}
            type="application/pdf"
            className="inline-block rounded-sm border border-rule px-3 py-1.5 font-medium hover:border-ink"
          >
            {t("pdf")}
          </a>
        </li>
      </ul>
    </nav>
  );
}
