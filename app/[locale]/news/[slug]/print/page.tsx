import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { PrintArticle } from "@/components/print/print-article";
import { isLocale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { buildPrintableArticle } from "@/server/print/printable-article";
import { cachedArticle } from "@/server/reader-data";

// Cached like the article page (also its CDN lifetime); the article's cache tag, through
// cachedArticle, expires both at once.
export const dynamic = "force-static";
export const revalidate = 60;

type Props = PageProps<"/[locale]/news/[slug]/print">;

async function load(props: Props) {
  const { locale, slug } = await props.params;
  if (!isLocale(locale)) notFound();
  const article = await cachedArticle(locale, slug);
  if (!article) notFound();
  return { locale, article };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, slug } = await props.params;
  if (!isLocale(locale)) return {};
  const article = await cachedArticle(locale, slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary,
    // A copy of the article for paper: search engines should index the article itself.
    robots: { index: false },
    alternates: { canonical: paths.article(locale, article.slug) },
  };
}

/** The printer-friendly article, without the reader chrome (header, navigation, footer). */
export default async function ArticlePrintPage(props: Props) {
  const { locale, article } = await load(props);
  setRequestLocale(locale);
  return <PrintArticle article={await buildPrintableArticle(article, locale)} />;
}
