/**
 * "Delete this draft", at the foot of the article page, for work that never went public. A
 * plain form (works without JavaScript) that asks for a ticked confirmation first.
 */
import { getTranslations } from "next-intl/server";
import { deleteArticleAction } from "../delete-action";
import { Button } from "@/components/ui/button";

export async function DeleteArticlePanel({ id, version }: { id: number; version: number }) {
  const t = await getTranslations("admin.delete");
  return (
    <section id="delete" aria-labelledby="delete-heading" className="mt-12 rounded-sm border border-accent/60 p-5">
      <h2 id="delete-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{t("explain")}</p>
      <form action={deleteArticleAction} className="mt-4 flex flex-wrap items-center gap-4">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="confirm" required className="size-4" />
          {t("confirm")}
        </label>
        <Button type="submit" variant="danger">
          {t("button")}
        </Button>
      </form>
    </section>
  );
}
