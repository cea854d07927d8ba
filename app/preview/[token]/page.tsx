import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticlePreview } from "@/components/preview/article-preview";
import { loadSharedPreview } from "@/server/previews";

type Props = PageProps<"/preview/[token]">;

async function load(props: Props) {
  const preview = await loadSharedPreview((await props.params).token);
  // Expired, revoked, tampered or unknown: one answer, so a link tells nothing about others.
  if (!preview) notFound();
  setRequestLocale(preview.locale);
  return preview;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const preview = await load(props);
  const t = await getTranslations("workflow.preview");
  return { title: t("pageTitle", { title: preview.article.title }), robots: { index: false, follow: false } };
}

/** An unpublished article for someone without an account, through an expiring share link. */
export default async function SharedPreviewPage(props: Props) {
  const preview = await load(props);
  return <ArticlePreview preview={preview} expiresAt={preview.expiresAt} />;
}
