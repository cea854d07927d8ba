import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { NewArticleEditor } from "../_components/new-article.client";
import { defaultLocale, isLocale } from "@/lib/locales";
import { emptyArticleValues, loadArticleFormOptions } from "../form-options";
import { PageHeader } from "@/components/ui/page-header";
// Once autosave has created the article, openCreatedArticleAction renders the article page's
// header and panels for this page: importing that page here puts its client components in
// this page's client manifest, without which they could not be shown here.
import "../[id]/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.form");
  return { title: t("newTitle") };
}

export default async function NewArticlePage() {
  const user = await requireStaffPage("article.create");
  const t = await getTranslations("admin.form");
  const uiLocale = await getLocale();
  const options = await loadArticleFormOptions(user, isLocale(uiLocale) ? uiLocale : defaultLocale);
  return (
    <NewArticleEditor
      header={<PageHeader title={t("newTitle")} className="mb-6" />}
      editTitle={t("editTitle")}
      initial={{ status: "idle", values: { ...emptyArticleValues, authorIds: [String(user.id)] }, errors: {} }}
      options={options}
    />
  );
}
