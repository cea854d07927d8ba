import { sanitizeArticleHtml } from "@/lib/html/sanitize";
import { articleBodyClass } from "./article-body-class";

/** The article's rich text. Stored HTML was sanitised on save; it is sanitised again here. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div className={`${articleBodyClass} prose-lg`} dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(html) }} />
  );
}
