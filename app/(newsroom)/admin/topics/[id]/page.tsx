import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { TopicForm } from "../_components/topic-form.client";
import { getStaffTopic, listMergeTargets } from "@/db/queries/topics/manage";
import { defaultLocale, isLocale, localeNames, locales } from "@/lib/locales";
import { paths } from "@/lib/paths";
import type { TopicFormValues } from "@/lib/validation/topic-form";
import { deleteTopicAction, mergeTopicAction } from "../actions";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/field";

export const metadata: Metadata = { title: "Topic" };

export default async function EditTopicPage({ params, searchParams }: PageProps<"/admin/topics/[id]">) {
  const user = await requireStaffPage("topic.manage");
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const topic = await getStaffTopic(user, id);
  if (!topic) notFound();
  const t = await getTranslations("topics");
  const uiLocale = await getLocale();
  const locale = isLocale(uiLocale) ? uiLocale : defaultLocale;
  const targets = await listMergeTargets(user, locale, id);
  const query = await searchParams;
  const count = Number(query.count);
  const error =
    query.error === "inUse" && Number.isInteger(count)
      ? t("errors.inUse", { count })
      : query.error === "chooseTarget"
        ? t("errors.chooseTarget")
        : null;

  const values: Record<string, string> = { frontPagePosition: topic.frontPagePosition?.toString() ?? "" };
  for (const l of locales) {
    values[`name.${l}`] = topic.translations[l].name;
    values[`slug.${l}`] = topic.translations[l].slug;
    values[`description.${l}`] = topic.translations[l].description;
  }
  const name = topic.translations[locale].name || `#${id}`;

  return (
    <>
      <PageHeader title={t("editTitle", { name })} back={{ href: "/admin/topics", label: `← ${t("title")}` }} />
      <ul className="mt-2 mb-6 flex flex-wrap gap-x-4 text-sm">
        {locales.map((l) =>
          topic.translations[l].slug ? (
            <li key={l}>
              <a href={paths.topic(l, topic.translations[l].slug)} className="text-link hover:underline">
                {t("view", { language: localeNames[l] })}
              </a>
            </li>
          ) : null,
        )}
      </ul>
      {error && (
        <Notice tone="error" className="mb-6">
          {error}
        </Notice>
      )}
      <TopicForm
        initial={{ status: "idle", values: values as TopicFormValues, errors: {} }}
        languages={locales.map((code) => ({ code, name: localeNames[code] }))}
        topicId={id}
      />

      <section aria-labelledby="merge-heading" className="mt-12 max-w-3xl border-t border-rule pt-6">
        <h2 id="merge-heading" className="text-xl font-semibold">
          {t("merge.title")}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t("merge.intro", { name })}</p>
        {targets.length === 0 ? (
          <p className="mt-3 text-sm text-ink-muted">{t("merge.noTargets")}</p>
        ) : (
          <form action={mergeTopicAction} className="mt-4 flex flex-wrap items-end gap-3 text-sm">
            <input type="hidden" name="id" value={id} />
            <SelectField
              id="merge-into"
              name="into"
              label={t("merge.into")}
              required
              defaultValue=""
              options={targets.map((target) => ({ value: target.id, label: target.name }))}
            >
              <option value="" disabled>
                {t("merge.choose")}
              </option>
            </SelectField>
            <Button type="submit">{t("merge.submit")}</Button>
          </form>
        )}
      </section>

      <section aria-labelledby="delete-heading" className="mt-10 max-w-3xl border-t border-rule pt-6">
        <h2 id="delete-heading" className="text-xl font-semibold">
          {t("delete.title")}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t("delete.intro")}</p>
        <form action={deleteTopicAction} className="mt-4">
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="danger">
            {t("delete.submit", { name })}
          </Button>
        </form>
      </section>
    </>
  );
}
