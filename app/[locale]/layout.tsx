import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import "../globals.css";
import { headlineFont, textFont } from "@/components/fonts";
import { isLocale, localeTags } from "@/lib/locales";
import { siteName, siteOrigin } from "@/server/site-url";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  const name = await siteName(locale);
  return {
    metadataBase: await siteOrigin(),
    title: { default: `${name} — ${t("tagline")}`, template: `%s — ${name}` },
    description: t("tagline"),
    openGraph: { type: "website", siteName: name, locale: localeTags[locale].replace("-", "_"), images: ["/logo.png"] },
    twitter: { card: "summary" },
    icons: { apple: "/apple-touch-icon.png" },
  };
}

/** Root layout of the reader site: one per language, so `<html lang>` is always right. */
export default async function ReaderLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("site");
  return (
    <html lang={locale} className={`${headlineFont.variable} ${textFont.variable}`}>
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
