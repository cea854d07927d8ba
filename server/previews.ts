/**
 * What the two preview pages show, loaded once per request (their layout and page share it):
 * staff previews check the session; share-link previews check the token's signature, then its
 * row (revocation, expiry).
 */
import "server-only";
import { cache } from "react";
import { requireStaffPage } from "@/auth-session";
import { checkPreviewLink } from "@/db/queries/articles/preview-links";
import { getArticleDetailForPreview, listRelatedArticles } from "@/db/queries/reader/articles";
import { getArticleWorkflow } from "@/db/queries/articles/workflow";
import { isLocale } from "@/lib/locales";
import { paths } from "@/lib/paths";
import { verifyPreviewToken } from "./preview-token";
import { absoluteUrl } from "./site-url";

async function previewOf(id: number, scheduledPublishAt: Date | null) {
  const article = await getArticleDetailForPreview(id, scheduledPublishAt ?? new Date());
  if (!article || !isLocale(article.locale)) return null;
  const [related, shareUrl] = await Promise.all([
    listRelatedArticles(article.locale, article.id, 4),
    absoluteUrl(paths.article(article.locale, article.slug)),
  ]);
  return { article, locale: article.locale, related, shareUrl };
}

/** For /admin/articles/[id]/preview: any staff member may preview any article. */
export const loadStaffPreview = cache(async (id: number) => {
  const user = await requireStaffPage();
  const workflow = await getArticleWorkflow(user, id);
  if (!workflow) return null;
  const preview = await previewOf(id, workflow.scheduledPublishAt);
  return preview ? { ...preview, status: workflow.status } : null;
});

/** For /preview/[token]: anyone holding a live, untampered link. */
export const loadSharedPreview = cache(async (token: string) => {
  const claims = verifyPreviewToken(token);
  if (!claims) return null;
  const check = await checkPreviewLink(claims);
  if (!check.valid) return null;
  const preview = await previewOf(check.articleId, check.scheduledPublishAt);
  return preview ? { ...preview, status: check.status, expiresAt: check.expiresAt } : null;
});
