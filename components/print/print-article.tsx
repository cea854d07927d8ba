import Image from "next/image";
import { ArticleBody } from "@/components/article/article-body";
import type { DateLine, PrintableArticle } from "@/server/print/printable-article";

function DateText({ line }: { line: DateLine }) {
  return (
    <>
      {line.label} <time dateTime={line.iso}>{line.text}</time>
    </>
  );
}

/**
 * The printer-friendly article: masthead, story, source and address, nothing to click through.
 * It is a sheet of paper on screen too (globals.css keeps `.print-view` in the light palette),
 * and it deliberately has no header, navigation, footer or buttons.
 */
export function PrintArticle({ article }: { article: PrintableArticle }) {
  const { image, source } = article;
  return (
    <main id="main" className="print-view mx-auto max-w-[46rem] px-5 py-8 sm:px-8 sm:py-12">
      <div className="flex items-center gap-3 border-b-2 border-ink pb-3">
        <Image
          src={article.logo.src}
          alt={article.logo.alt}
          width={44}
          height={Math.round((44 * article.logo.height) / Math.max(1, article.logo.width))}
          unoptimized={article.logo.src.endsWith(".svg")}
          preload
          className="h-11 w-auto shrink-0"
        />
        <p className="text-sm leading-snug text-ink-muted">{article.publishedOn}</p>
      </div>

      <article className="mt-8">
        <h1 className="font-serif text-3xl leading-tight font-bold sm:text-4xl sm:leading-[1.15]">{article.title}</h1>
        {article.summary && <p className="mt-4 text-lg leading-relaxed text-ink-muted">{article.summary}</p>}
        <div className="mt-5 border-y border-rule py-2.5 text-sm leading-relaxed">
          {article.byline && <p className="font-medium">{article.byline}</p>}
          <p className="text-ink-muted">
            <DateText line={article.published} />
            {article.updated && (
              <>
                {" · "}
                <DateText line={article.updated} />
              </>
            )}
          </p>
        </div>

        {image && (
          <figure className="print-avoid-break mt-6">
            <Image
              src={image.src}
              alt={image.alt}
              width={image.width}
              height={image.height}
              sizes="(min-width: 46rem) 46rem, 100vw"
              preload
              className="h-auto max-h-[28rem] w-full object-contain"
            />
            {(image.caption || image.credit) && (
              <figcaption className="mt-2 text-sm leading-snug text-ink-muted">
                {image.caption}
                {image.credit && <span className="ml-1 text-xs tracking-wide uppercase">{image.credit}</span>}
              </figcaption>
            )}
          </figure>
        )}

        <div className="mt-6">
          <ArticleBody html={article.bodyHtml} />
        </div>

        {article.correction && (
          <aside
            aria-label={article.correction.label}
            className="print-avoid-break mt-8 border-l-4 border-accent px-4 py-2"
          >
            <p className="text-sm font-bold tracking-wider uppercase">{article.correction.label}</p>
            <p className="mt-1">{article.correction.text}</p>
          </aside>
        )}

        {source && (
          <div className="mt-8 border-t border-rule pt-3 text-sm leading-relaxed">
            <p className="font-medium">
              {source.url ? (
                <a href={source.url} rel="noopener noreferrer" className="text-link underline underline-offset-2">
                  {source.line}
                </a>
              ) : (
                source.line
              )}
            </p>
            {source.url && (
              <p className="text-ink-muted">
                {source.urlLabel}: <span className="wrap-anywhere">{source.url}</span>
              </p>
            )}
          </div>
        )}
      </article>

      <p className="mt-8 border-t-2 border-ink pt-3 text-sm leading-relaxed text-ink-muted">
        {article.articleUrlLabel}:{" "}
        <a href={article.articleUrl} className="text-link underline underline-offset-2 wrap-anywhere">
          {article.articleUrl}
        </a>
      </p>
    </main>
  );
}
