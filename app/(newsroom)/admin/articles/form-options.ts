import "server-only";
import { listMediaForPicker } from "@/db/queries/media/files";
import { listTopics } from "@/db/queries/topics/reads";
import { listActiveAuthors } from "@/db/queries/accounts/users";
import type { StaffUser } from "@/db/queries/types";
import { localeNames, locales, type Locale } from "@/lib/locales";
import type { ArticleFormValues } from "@/lib/validation/article-form";
import type { ArticleFormOptions } from "./form-state";

/** Choices for the article form, named in the newsroom's language. */
export async function loadArticleFormOptions(user: StaffUser, uiLocale: Locale): Promise<ArticleFormOptions> {
  const [topics, authors, media] = await Promise.all([
    listTopics(uiLocale),
    listActiveAuthors(),
    listMediaForPicker(user),
  ]);
  return {
    locales: locales.map((code) => ({ code, name: localeNames[code] })),
    topics,
    authors,
    media: media.map((m) => ({ id: m.id, label: m.alt[uiLocale] || m.alt.es || m.storageKey })),
  };
}

export const emptyArticleValues: ArticleFormValues = {
  locale: locales[0],
  title: "",
  slug: "",
  summary: "",
  body: "",
  topicIds: [],
  authorIds: [],
  leadMediaId: "",
  leadImageCaption: "",
  leadImageCredit: "",
  sourceName: "",
  sourceUrl: "",
  correction: "",
  seoTitle: "",
  seoDescription: "",
  featured: false,
  breaking: false,
  commentsEnabled: true,
};
