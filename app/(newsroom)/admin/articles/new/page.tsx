import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { NewArticleEditor } from "../_components/new-article.client";
import { defaultLocale, isLocale } from "@/lib/locales";
import { emptyArticleValues, loadArticleFormOptions } from "../form-options";
import { PageHeader } from "@/components/ui/page-header";

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
