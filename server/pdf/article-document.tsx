/**
 * The article as a react-pdf document: the same content as the print view (both draw a
 * PrintableArticle), real text in embedded fonts, document metadata, and a footer with the site
 * and page numbers on every page.
 */
/* eslint-disable jsx-a11y/alt-text -- react-pdf's <Image> draws into the PDF; it has no alt attribute. */
import "server-only";
import { Document, Image, Link, Page, Text, View } from "@react-pdf/renderer";
import type { PdfPageSize } from "@/lib/pdf-page-size";
import type { PrintableArticle } from "@/server/print/printable-article";
import { drawableText as drawn } from "./drawable-text";
import type { Block } from "./html-blocks";
import { renderBlocks } from "./html-to-pdf";
import type { PdfImageAsset } from "./images";
import { leadingFor, pageMargin, styles } from "./styles";

export type ArticleDocumentAssets = {
  /** The body, already parsed (its images had to be found and loaded first). */
  body: Block[];
  logo: PdfImageAsset | null;
  leadImage: PdfImageAsset | null;
  bodyImages: Map<string, PdfImageAsset>;
};

/** Page sizes in points, as react-pdf names them. */
const pageSizes: Record<PdfPageSize, { name: "A4" | "LETTER"; width: number }> = {
  a4: { name: "A4", width: 595.28 },
  letter: { name: "LETTER", width: 612 },
};

/** A short form of the headline for the running footer. */
export function footerTitle(title: string, max = 70): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–—-]+$/, "")}…`;
}

export function ArticleDocument({
  article,
  size,
  assets,
}: {
  article: PrintableArticle;
  size: PdfPageSize;
  assets: ArticleDocumentAssets;
}) {
  const page = pageSizes[size];
  const columnWidth = page.width - 2 * pageMargin.horizontal;
  const { image, source } = article;
  const pageLabel = (pageNumber: number, totalPages: number) =>
    article.patterns.page.replace("{page}", String(pageNumber)).replace("{total}", String(totalPages));

  return (
    <Document
      title={article.title}
      author={article.authors.length > 0 ? article.authors.join(", ") : article.siteName}
      subject={article.summary}
      creator="Heraldo"
      producer="Heraldo"
      language={article.locale}
      // Fixed dates keep the file identical for one article version, however often it is rebuilt.
      creationDate={new Date(article.published.iso)}
      modificationDate={new Date(article.updatedAt)}
    >
      <Page size={page.name} style={styles.page} wrap>
        <View style={styles.masthead}>
          {assets.logo && <Image src={{ data: assets.logo.data, format: assets.logo.format }} style={styles.logo} />}
          <Text style={styles.publishedOn}>{drawn(article.publishedOn)}</Text>
        </View>

        <Text style={styles.title}>{drawn(article.title)}</Text>
        {article.summary && (
          <Text style={[styles.summary, leadingFor(article.summary, styles.summary.fontSize as number)]}>
            {drawn(article.summary)}
          </Text>
        )}
        <View style={styles.meta}>
          {article.byline && <Text style={styles.byline}>{drawn(article.byline)}</Text>}
          <Text style={styles.dates}>
            {`${article.published.label} ${article.published.text}`}
            {article.updated && ` · ${article.updated.label} ${article.updated.text}`}
          </Text>
        </View>

        {image && assets.leadImage && (
          <View style={styles.leadFigure} wrap={false}>
            <Image
              src={{ data: assets.leadImage.data, format: assets.leadImage.format }}
              style={leadImageSize(assets.leadImage, columnWidth)}
            />
            {(image.caption || image.credit) && (
              <Text style={styles.caption}>
                {drawn(image.caption)}
                {image.credit && (
                  <Text style={styles.credit}>{`${image.caption ? "  " : ""}${drawn(image.credit)}`}</Text>
                )}
              </Text>
            )}
          </View>
        )}

        <View style={styles.body}>
          {renderBlocks(assets.body, {
            images: assets.bodyImages,
            columnWidth,
            imagePattern: article.patterns.image,
            imageWithoutAlt: article.patterns.imageWithoutAlt,
          })}
        </View>

        {article.correction && (
          <View style={styles.correction} wrap={false}>
            <Text style={styles.correctionLabel}>{article.correction.label}</Text>
            <Text>{drawn(article.correction.text)}</Text>
          </View>
        )}

        {source && (
          <View style={styles.source} wrap={false}>
            <Text style={styles.sourceLine}>
              {source.url ? (
                <Link src={source.url} style={styles.link}>
                  {drawn(source.line)}
                </Link>
              ) : (
                drawn(source.line)
              )}
            </Text>
            {source.url && (
              <Text style={styles.secondary}>
                {`${source.urlLabel}: `}
                <Link src={source.url} style={styles.link}>
                  {source.url}
                </Link>
              </Text>
            )}
          </View>
        )}

        <View style={styles.articleUrl} wrap={false}>
          <Text>
            {`${article.articleUrlLabel}: `}
            <Link src={article.articleUrl} style={styles.link}>
              {article.articleUrl}
            </Link>
          </Text>
        </View>

        <View style={styles.footer} fixed>
          <Text style={styles.footerTitle}>{drawn(`${article.siteName} · ${footerTitle(article.title)}`)}</Text>
          <Text render={({ pageNumber, totalPages }) => pageLabel(pageNumber, totalPages)} />
        </View>
      </Page>
    </Document>
  );
}

/** The lead photo across the column, at most 60% of the column's width in height. */
function leadImageSize(asset: PdfImageAsset, columnWidth: number) {
  const ratio = asset.height / Math.max(1, asset.width);
  const width = Math.min(columnWidth, (columnWidth * 0.6) / ratio);
  return { width, height: width * ratio, alignSelf: "center" as const };
}
