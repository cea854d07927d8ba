import "server-only";
import { getPickerImage } from "@/db/queries/media/picker";
import { listTopics } from "@/db/queries/topics/reads";
import { listActiveAuthors } from "@/db/queries/accounts/users";
import type { StaffUser } from "@/db/queries/types";
import { localeNames, locales, type Locale } from "@/lib/locales";
export { emptyArticleValues } from "@/lib/validation/article-form";
import type { ArticleFormOptions } from "./form-state";

/**
 * Choices for the article form, named in the newsroom's language, and the stored lead image
 * (the picker searches the library itself, a page at a time).
 */
export async function loadArticleFormOptions(
  user: StaffUser,
  uiLocale: Locale,
  leadMediaId: number | null = null,
): Promise<ArticleFormOptions> {
  const [topics, authors, leadImage] = await Promise.all([
    listTopics(uiLocale),
    listActiveAuthors(),
    leadMediaId === null ? null : getPickerImage(user, leadMediaId, uiLocale),
  ]);
  return {
    locales: locales.map((code) => ({ code, name: localeNames[code] })),
    topics,
    authors,
    leadImage,
  };
}
