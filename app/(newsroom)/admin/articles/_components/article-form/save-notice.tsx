/**
 * What the last Save answered. After a refused save because someone else saved first, it links
 * to the diff between the version this editor started from and the stored one.
 */
import { useTranslations } from "next-intl";
import { FormNotice } from "@/components/ui/form-notice";
import type { ArticleFormState } from "../../form-state";

export function SaveNotice({ state, articleId }: { state: ArticleFormState; articleId?: number }) {
  const t = useTranslations("admin");
  const { conflict } = state;
  return (
    <FormNotice state={state} success={(key) => t(`form.${key}`)} failure={(key) => t(`errors.${key}`)}>
      {conflict && articleId !== undefined && (
        <span className="mt-2 flex flex-wrap gap-4">
          {conflict.startedFrom !== null && (
            <a
              href={`/admin/articles/${articleId}/revisions?from=${conflict.startedFrom}&to=${conflict.current}`}
              target="_blank"
              rel="noopener"
              className="text-link underline"
            >
              {t("revisions.conflictHelp")}
            </a>
          )}
          {/* A full page load on purpose: it replaces the form with the stored version. */}
          <a href={`/admin/articles/${articleId}`} className="text-link underline">
            {t("revisions.loadCurrent")}
          </a>
        </span>
      )}
    </FormNotice>
  );
}
