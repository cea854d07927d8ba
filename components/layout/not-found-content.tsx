import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { ReaderChrome } from "./reader-chrome";

/** The reader site's "page not found" page, in the reader's language. */
export async function NotFoundContent({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "notFound" });
  return (
    <ReaderChrome locale={locale}>
      <main id="main" className="mx-auto max-w-3xl px-4 py-20 text-center sm:px-6">
        <p className="text-sm font-semibold tracking-wider text-accent uppercase">404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-lg text-ink-muted">{t("body")}</p>
        <p className="mt-8">
          <Link href={paths.home(locale)} className="font-medium text-link underline underline-offset-4">
            {t("home")}
          </Link>
        </p>
      </main>
    </ReaderChrome>
  );
}
