"use server";
/**
 * Deleting a never-published article. A public POST endpoint: it checks the session itself,
 * validates with zod (the confirmation box must be ticked), and the data layer checks again.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requirePermission, UnauthenticatedError } from "@/auth-session";
import { deleteArticle } from "@/db/queries/article-deletion";
import { ArticleConflictError, ArticleInputError, ArticleNotFoundError } from "@/db/queries/staff-articles";
import { ForbiddenError } from "@/lib/permissions";

const deleteSchema = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  confirm: z.literal("on"),
});

export async function deleteArticleAction(form: FormData): Promise<void> {
  const id = z.coerce.number().int().positive().safeParse(form.get("id"));
  if (!id.success) redirect("/admin/articles?error=invalid");
  const parsed = deleteSchema.safeParse({
    id: form.get("id"),
    version: form.get("version"),
    confirm: form.get("confirm"),
  });
  if (!parsed.success) redirect(`/admin/articles/${id.data}?error=deleteUnconfirmed#delete`);
  let outcome: string;
  try {
    const user = await requirePermission("article.create");
    await deleteArticle(user, parsed.data.id, parsed.data.version);
    outcome = "/admin/articles?done=deleted";
  } catch (error) {
    if (error instanceof ArticleInputError) outcome = `/admin/articles/${id.data}?error=deletePublished`;
    else if (error instanceof ArticleConflictError) outcome = `/admin/articles/${id.data}?error=conflict`;
    else if (error instanceof ArticleNotFoundError) outcome = "/admin/articles?error=notFound";
    else if (error instanceof UnauthenticatedError || error instanceof ForbiddenError)
      outcome = `/admin/articles/${id.data}?error=forbidden`;
    else throw error;
  }
  redirect(outcome);
}
