/**
 * All interface text, per language. Reader pages and the older newsroom screens live in
 * `<locale>.json`; each newsroom area keeps both languages side by side in `newsroom/<area>.json`
 * under a namespace named after the area (e.g. t("media.upload.title")).
 */
import type { Locale } from "@/lib/locales";
import es from "./es.json";
import en from "./en.json";
import editor from "./newsroom/editor.json";
import workflow from "./newsroom/workflow.json";
import accounts from "./newsroom/accounts.json";
import media from "./newsroom/media.json";
import topics from "./newsroom/topics.json";
import settings from "./newsroom/settings.json";
import audit from "./newsroom/audit.json";
import dashboard from "./newsroom/dashboard.json";
import articleList from "./newsroom/articleList.json";
import comments from "./newsroom/comments.json";
import siteImport from "./newsroom/import.json";

type AreaMessages = Record<Locale, Record<string, unknown>>;

export const newsroomAreas = {
  editor,
  workflow,
  accounts,
  media,
  topics,
  settings,
  audit,
  dashboard,
  articleList,
  comments,
  import: siteImport,
} satisfies Record<string, AreaMessages>;

export type NewsroomArea = keyof typeof newsroomAreas;

const base = { es, en } satisfies Record<Locale, Record<string, unknown>>;

export function messagesFor(locale: Locale): Record<string, unknown> {
  const areas = Object.fromEntries(
    Object.entries(newsroomAreas).map(([area, text]) => [area, (text as AreaMessages)[locale]]),
  );
  return { ...base[locale], ...areas };
}

/** The namespaces newsroom client components may use (passed to NextIntlClientProvider). */
export const newsroomClientNamespaces = ["admin", ...Object.keys(newsroomAreas)] as const;
