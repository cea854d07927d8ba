import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NotFoundContent } from "@/components/layout/not-found-content";
import { isLocale } from "@/lib/locales";

export const dynamic = "force-static";
// Also the CDN lifetime (s-maxage): short, since a CDN does not hear about publications.
export const revalidate = 60;

/**
 * The not-found page as plain HTML, for server/http-server.ts: Next 16 answers notFound() with
 * status 404 but an empty body that only JavaScript fills in, so the server sends this page's
 * markup as the body of those 404s instead. Readers are never sent here directly.
 */
export async function generateMetadata({ params }: PageProps<"/[locale]/page-not-found">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false, follow: true } };
}

export default async function PageNotFound({ params }: PageProps<"/[locale]/page-not-found">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <NotFoundContent locale={locale} />;
}
