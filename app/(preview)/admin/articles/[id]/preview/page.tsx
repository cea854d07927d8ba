import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticlePreview, PreviewedArticle } from "@/components/preview/article-preview";
import { loadStaffPreview } from "@/server/previews";

type Props = PageProps<"/admin/articles/[id]/preview">;

async function load(props: Props) {
  const id = Number((await props.params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const preview = await loadStaffPreview(id);
  if (!preview) notFound();
  setRequestLocale(preview.locale);
  return { id, preview };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { preview } = await load(props);
  const t = await getTranslations("workflow.preview");
  return { title: t("pageTitle", { title: preview.article.title }), robots: { index: false, follow: false } };
}

/**
 * Any article as readers will see it, for staff, under a "not published" bar; `?view=phone`
 * shows it in a frame as wide as a phone, whose page (`?frame=phone`) is the article alone.
 */
export default async function StaffPreviewPage(props: Props) {
  const { id, preview } = await load(props);
  const query = await props.searchParams;
  const here = `/admin/articles/${id}/preview`;
  if (query.frame === "phone") return <PreviewedArticle preview={preview} />;
  return (
    <ArticlePreview
      preview={preview}
      editHref={`/admin/articles/${id}`}
      widths={{
        current: query.view === "phone" ? "phone" : "full",
        fullHref: here,
        phoneHref: `${here}?view=phone`,
        frameSrc: `${here}?frame=phone`,
      }}
    />
  );
}
