/**
 * The article page's preview panel: open the article as readers will see it, and (for editors
 * and the article's writer) create expiring share links and revoke live ones.
 */
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { revokePreviewLinkAction } from "../workflow-actions";
import { ShareLinkForm } from "./share-link-form.client";
import { Button } from "@/components/ui/button";
import { listLivePreviewLinks } from "@/db/queries/articles/preview-links";
import type { StaffUser } from "@/db/queries/types";
import { canSharePreview } from "@/db/queries/articles/workflow";

export async function PreviewPanel({
  article,
  user,
}: {
  article: { id: number; createdById: number | null };
  user: StaffUser;
}) {
  const t = await getTranslations("workflow.preview");
  const format = await getFormatter();
  const mayShare = canSharePreview(user, article);
  const links = mayShare ? await listLivePreviewLinks(user, article.id) : [];
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  return (
    <section
      aria-labelledby="preview-heading"
      className="mb-6 rounded-sm border border-rule bg-paper-raised px-4 py-4 sm:px-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="preview-heading" className="font-serif text-xl font-bold">
          {t("heading")}
        </h2>
        <p className="flex flex-wrap gap-x-4 gap-y-1">
          <Link
            prefetch={false}
            href={`/admin/articles/${article.id}/preview`}
            className="text-sm font-semibold text-link hover:underline"
          >
            {t("open")}
          </Link>
          <Link
            prefetch={false}
            href={`/admin/articles/${article.id}/preview?view=phone`}
            className="text-sm font-semibold text-link hover:underline"
          >
            {t("openPhone")}
          </Link>
        </p>
      </div>
      {mayShare && (
        <>
          <h3 className="mt-4 text-base font-bold">{t("shareHeading")}</h3>
          <p className="mt-1 mb-3 text-sm text-ink-muted">{t("shareHelp")}</p>
          <ShareLinkForm articleId={article.id} />
          <h3 className="mt-5 text-base font-bold">{t("liveHeading")}</h3>
          {links.length === 0 ? (
            <p className="mt-1 text-sm text-ink-muted">{t("noLive")}</p>
          ) : (
            <ul className="mt-2 divide-y divide-rule border-y border-rule text-sm">
              {links.map((link) => (
                <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>{t("liveItem", { time: when(link.expiresAt), name: link.createdByName ?? "—" })}</span>
                  <form action={revokePreviewLinkAction}>
                    <input type="hidden" name="id" value={article.id} />
                    <input type="hidden" name="linkId" value={link.id} />
                    <Button
                      type="submit"
                      aria-label={t("revokeLabel", { time: when(link.expiresAt) })}
                      variant="danger"
                      size="sm"
                    >
                      {t("revoke")}
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
