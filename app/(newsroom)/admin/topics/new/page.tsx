import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { TopicForm } from "../_components/topic-form.client";
import { localeNames, locales } from "@/lib/locales";
import { emptyTopicForm } from "@/lib/validation/topic-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New topic" };

export default async function NewTopicPage() {
  await requireStaffPage("topic.manage");
  const t = await getTranslations("topics");
  return (
    <>
      <PageHeader title={t("new")} back={{ href: "/admin/topics", label: `← ${t("title")}` }} className="mb-6" />
      <TopicForm
        initial={{ status: "idle", values: emptyTopicForm(), errors: {} }}
        languages={locales.map((code) => ({ code, name: localeNames[code] }))}
      />
    </>
  );
}
