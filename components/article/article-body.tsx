import { sanitizeArticleHtml } from "@/lib/html/sanitize";

/** The article's rich text. Stored HTML was sanitised on save; it is sanitised again here. */
export function ArticleBody({ html }: { html: string }) {
  return (
    <div
      className="article-body prose prose-lg max-w-none font-sans prose-headings:font-semibold prose-a:underline-offset-4"
      dangerouslySetInnerHTML={{ __html: sanitizeArticleHtml(html) }}
    />
  );
}
