import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { TopicForm } from "../_components/topic-form.client";
import { localeNames, locales } from "@/lib/locales";
import { emptyTopicForm } from "@/lib/validation/topic-form";

export const metadata: Metadata = { title: "New topic" };

export default async function NewTopicPage() {
  await requireStaffPage("topic.manage");
  const t = await getTranslations("topics");
  return (
    <>
      <p className="text-sm">
        <Link prefetch={false} href="/admin/topics" className="text-link hover:underline">
          ← {t("title")}
        </Link>
      </p>
      <h1 className="mt-2 mb-6 font-serif text-3xl font-bold">{t("new")}</h1>
      <TopicForm
        initial={{ status: "idle", values: emptyTopicForm(), errors: {} }}
        languages={locales.map((code) => ({ code, name: localeNames[code] }))}
      />
    </>
  );
}
