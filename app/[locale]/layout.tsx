import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import "../globals.css";
import { ReaderDocument } from "@/components/layout/reader-document";
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
  return <ReaderDocument lang={locale}>{children}</ReaderDocument>;
}
