import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireStaffPage } from "@/auth-session";
import { RevisionDiff } from "../../_components/revision-diff";
import { getRevisions, listRevisions } from "@/db/queries/articles/revisions";
import { getArticleForEditing } from "@/db/queries/articles/staff-reads";
import { defaultLocale, isLocale } from "@/lib/locales";
import { canEditArticle } from "@/lib/permissions";
import { diffSnapshots, type DisplayNames } from "@/lib/revisions/diff";
import type { SnapshotField } from "@/lib/revisions/snapshot";
import { loadArticleFormOptions } from "../../form-options";
import { getPickerImage } from "@/db/queries/media/picker";
import { restoreRevisionAction } from "../../actions";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button.client";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/field";
import { RefusalNotice, refusalCode } from "@/app/(newsroom)/admin/_components/refusal-notice";

export const metadata: Metadata = { title: "Revisions" };

/** The form label each snapshot field already has in the editor (admin.form, or editor.fields). */
const fieldLabels: Record<SnapshotField, string> = {
  title: "title",
  slug: "slug",
  summary: "summary",
  body: "body",
  topicIds: "topics",
  authorIds: "authors",
  leadMediaId: "leadImage",
  leadImageCaption: "leadImageCaption",
  leadImageCredit: "leadImageCredit",
  sourceName: "sourceName",
  sourceUrl: "sourceUrl",
  correction: "correction",
  seoTitle: "editor:seoTitle",
  seoDescription: "editor:seoDescription",
  featured: "featured",
  breaking: "breaking",
  commentsEnabled: "commentsEnabled",
};

function positive(value: string | string[] | undefined): number | null {
  if (typeof value !== "string" || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}

export default async function RevisionsPage({ params, searchParams }: PageProps<"/admin/articles/[id]/revisions">) {
  const user = await requireStaffPage();
  const id = positive((await params).id);
  if (id === null) notFound();
  const article = await getArticleForEditing(user, id);
  if (!article) notFound();
  const t = await getTranslations("admin");
  const tEditor = await getTranslations("editor");
  const tWorkflow = await getTranslations("workflow");
  const label = (key: string) =>
    key.startsWith("editor:") ? tEditor(`fields.${key.slice("editor:".length)}`) : t(`form.${key}`);
  const format = await getFormatter();
  const query = await searchParams;
  const revisions = await listRevisions(user, id);
  const editable = canEditArticle(user, article);

  // Default comparison: the newest revision against the one before it.
  const to = positive(query.to) ?? revisions[0]?.revision ?? null;
  const from = positive(query.from) ?? revisions[1]?.revision ?? to;
  const pair = from !== null && to !== null ? await getRevisions(user, id, [from, to]) : [];
  const before = pair.find((r) => r.revision === from);
  const after = pair.find((r) => r.revision === to);

  const uiLocale = await getLocale();
  const formLocale = isLocale(uiLocale) ? uiLocale : defaultLocale;
  const options = await loadArticleFormOptions(user, formLocale);
  // The lead images the two revisions name, by their file names.
  const leadIds = [...new Set([before?.snapshot.leadMediaId, after?.snapshot.leadMediaId])].filter(
    (key): key is number => typeof key === "number",
  );
  const leadImages = await Promise.all(leadIds.map((key) => getPickerImage(user, key, formLocale)));
  const nameOf = (list: { id: number; name: string }[], key: number) =>
    list.find((item) => item.id === key)?.name ?? `#${key}`;
  const names: DisplayNames = {
    topic: (key) => nameOf(options.topics, key),
    author: (key) => nameOf(options.authors, key),
    media: (key) => (key === null ? t("form.noImage") : (leadImages.find((m) => m?.id === key)?.name ?? `#${key}`)),
    flag: (on) => t(on ? "revisions.yes" : "revisions.no"),
  };
  const changes = before && after ? diffSnapshots(before.snapshot, after.snapshot, names).filter((d) => d.changed) : [];
  const restored = positive(query.restored);
  const error = refusalCode(query.error);
  const words = { added: t("revisions.added"), removed: t("revisions.removed"), empty: t("revisions.empty") };

  return (
    <>
      <PageHeader
        title={t("revisions.title", { title: article.title })}
        back={{ href: `/admin/articles/${id}`, label: t("revisions.back") }}
        className="mb-6"
      />
      {restored !== null && (
        <Notice tone="success" className="mb-6">
          {t("revisions.restored", { number: restored })}
        </Notice>
      )}
      <RefusalNotice code={error} t={t} className="mb-6" />

      {revisions.length === 0 ? (
        <p className="text-ink-muted">{t("revisions.none")}</p>
      ) : (
        <>
          <h2 className="mb-3 text-xl font-semibold">{t("revisions.compare")}</h2>
          <form method="get" className="mb-6 flex flex-wrap items-end gap-3 text-sm">
            {(["from", "to"] as const).map((name) => (
              <SelectField
                key={name}
                name={name}
                label={t(`revisions.${name}`)}
                defaultValue={String((name === "from" ? from : to) ?? "")}
                options={revisions.map((r) => ({ value: r.revision, label: r.revision }))}
              />
            ))}
            <Button type="submit">{t("revisions.show")}</Button>
          </form>

          <section aria-labelledby="diff-heading" className="mb-10">
            <h2 id="diff-heading" className="text-xl font-semibold">
              {t("revisions.diffHeading", { from: String(from), to: String(to) })}
            </h2>
            {!before || !after ? (
              <p className="mt-3 text-accent">{t("revisions.missing")}</p>
            ) : changes.length === 0 ? (
              <p className="mt-3 text-ink-muted">{t("revisions.noChanges")}</p>
            ) : (
              changes.map((change) => (
                <RevisionDiff
                  key={change.field}
                  label={label(fieldLabels[change.field])}
                  parts={change.parts}
                  words={words}
                />
              ))
            )}
          </section>

          <h2 className="mb-3 text-xl font-semibold">{t("revisions.list")}</h2>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("revisions.number")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("revisions.author")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("revisions.when")}
                </th>
                <th scope="col" className="py-2">
                  {t("revisions.actions")}
                </th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r) => (
                <tr key={r.revision} className="border-b border-rule align-top">
                  <td className="py-3 pr-4">
                    {r.revision}
                    {r.revision === article.version && ` (${t("revisions.current")})`}
                  </td>
                  <td className="py-3 pr-4">{r.authorName ?? t("revisions.unknownAuthor")}</td>
                  <td className="py-3 pr-4 whitespace-nowrap">
                    <time dateTime={r.createdAt.toISOString()}>
                      {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                    </time>
                  </td>
                  <td className="py-3">
                    {editable && r.revision !== article.version && (
                      <form action={restoreRevisionAction}>
                        <input type="hidden" name="id" value={id} />
                        <input type="hidden" name="revision" value={r.revision} />
                        <input type="hidden" name="version" value={article.version} />
                        {article.status === "published" ? (
                          // The restore goes live at once: say so before it happens.
                          <ConfirmButton
                            size="sm"
                            variant="secondary"
                            title={tWorkflow("confirm.restoreTitle", { number: r.revision })}
                            message={tWorkflow("confirm.restoreMessage", { number: r.revision })}
                            confirmLabel={tWorkflow("confirm.restoreConfirm")}
                            cancelLabel={tWorkflow("confirm.cancel")}
                          >
                            {t("revisions.restore", { number: r.revision })}
                          </ConfirmButton>
                        ) : (
                          <Button type="submit" size="sm">
                            {t("revisions.restore", { number: r.revision })}
                          </Button>
                        )}
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
