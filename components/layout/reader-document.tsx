/**
 * The <html> of a reader-facing page in one language, with the skip link. The reader site's
 * layout uses it, and so do previews, which live outside both the reader site and the newsroom.
 */
import { getTranslations } from "next-intl/server";
import { headlineFont, textFont } from "@/components/fonts";

export async function ReaderDocument({ lang, children }: { lang: string; children: React.ReactNode }) {
  const t = await getTranslations("site");
  return (
    <html lang={lang} className={`${headlineFont.variable} ${textFont.variable}`}>
      <body className="min-h-screen bg-paper text-ink antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-sm bg-ink px-4 py-2 text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
