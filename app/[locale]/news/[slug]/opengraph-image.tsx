import { notFound } from "next/navigation";
import { isLocale } from "@/lib/locales";
import { shareImageSize } from "@/server/share/share-image";
import { shareImagePng } from "@/server/share/cached-share-image";
import { cachedArticle } from "@/server/reader-data";
import { siteName } from "@/server/site-url";

// Not a cached page: a draft's 404 must not outlive its publication. The image itself is kept
// per article version (server/share/cached-share-image.ts) and by CDNs for a while.
export const dynamic = "force-dynamic";
export const size = shareImageSize;
export const contentType = "image/png";
export const alt = "";

export default async function ArticleShareImage({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const article = await cachedArticle(locale, slug);
  if (!article) notFound();
  const png = await shareImagePng(article, {
    title: article.title,
    kicker: article.topic?.name ?? null,
    siteName: await siteName(locale),
    storageKey: article.image?.storageKey ?? null,
  });
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=600, s-maxage=3600" },
  });
}
