/**
 * The PDF's typography, in points: the site's palette and pairing (serif headlines, sans text)
 * set for paper, with a text size and leading that read well on A4 and Letter alike.
 */
import "server-only";
import { StyleSheet } from "@react-pdf/renderer";
import { pdfFonts } from "./fonts";

export const palette = {
  ink: "#1b1b1a",
  muted: "#55524c",
  rule: "#cfcac0",
  accent: "#a4161a",
  link: "#14457a",
  codeBackground: "#f3f1ec",
};

/** Page margins; the footer sits inside the bottom one. */
export const pageMargin = { top: 48, bottom: 64, horizontal: 56 };

export const bodyFontSize = 10.5;

/**
 * Arabic glyphs stand much taller than Latin ones (Noto Sans Arabic spans 2.1 em against 1.4),
 * and react-pdf sinks a line that contains them inside a fixed line height, into the next line.
 * Text with Arabic letters gets a leading that holds them.
 */
const arabicLetters = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
export function leadingFor(text: string, fontSize: number) {
  return arabicLetters.test(text) ? { fontSize, lineHeight: 2.1 } : {};
}

export const styles = StyleSheet.create({
  page: {
    paddingTop: pageMargin.top,
    paddingBottom: pageMargin.bottom,
    paddingHorizontal: pageMargin.horizontal,
    fontFamily: pdfFonts.sans,
    fontSize: bodyFontSize,
    color: palette.ink,
    // No lineHeight here: react-pdf 4.9 silently drops a `render` text (the page numbers) that
    // has or inherits one, so leading is set on the blocks that need it instead.
  },
  masthead: {
    flexDirection: "row",
    alignItems: "center",
    paddingBottom: 8,
    borderBottomWidth: 1.5,
    borderBottomColor: palette.ink,
  },
  logo: { width: 28, height: 28, marginRight: 10 },
  publishedOn: { flex: 1, fontSize: 9, lineHeight: 1.35, color: palette.muted },
  // The headline keeps the fonts' own leading: a fixed one lets a line with taller scripts
  // (Arabic, emoji) sink into the next.
  title: { marginTop: 20, fontFamily: pdfFonts.serif, fontWeight: 700, fontSize: 24 },
  summary: { marginTop: 10, fontSize: 12.5, lineHeight: 1.45, color: palette.muted },
  meta: {
    marginTop: 12,
    paddingVertical: 6,
    borderTopWidth: 0.75,
    borderBottomWidth: 0.75,
    borderColor: palette.rule,
    fontSize: 9,
    lineHeight: 1.45,
  },
  byline: { fontWeight: 700 },
  dates: { color: palette.muted },
  leadFigure: { marginTop: 16, marginBottom: 4 },
  figure: { marginTop: 4, marginBottom: 12 },
  caption: { marginTop: 5, fontSize: 8.5, lineHeight: 1.4, color: palette.muted },
  credit: { fontSize: 7.5, letterSpacing: 0.3 },
  // A unitless lineHeight is resolved against the fontSize of the same style (react-pdf's default
  // is 18), so every style that sets one sets the size too.
  body: { marginTop: 14, fontSize: bodyFontSize, lineHeight: 1.55 },
  paragraph: { marginBottom: 8 },
  heading2: {
    marginTop: 10,
    marginBottom: 6,
    fontFamily: pdfFonts.serif,
    fontWeight: 700,
    fontSize: 15,
    lineHeight: 1.25,
  },
  heading3: {
    marginTop: 8,
    marginBottom: 5,
    fontFamily: pdfFonts.serif,
    fontWeight: 700,
    fontSize: 12.5,
    lineHeight: 1.3,
  },
  heading4: { marginTop: 6, marginBottom: 4, fontWeight: 700, fontSize: bodyFontSize, lineHeight: 1.35 },
  list: { marginBottom: 8 },
  nestedList: { marginTop: 3 },
  listParagraph: { marginBottom: 3 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  listMarker: { width: 18, textAlign: "right", paddingRight: 6, color: palette.muted },
  listBody: { flex: 1 },
  quote: {
    marginTop: 2,
    marginBottom: 10,
    paddingLeft: 12,
    borderLeftWidth: 2.5,
    borderLeftColor: palette.accent,
    fontFamily: pdfFonts.serif,
    fontStyle: "italic",
    fontSize: 11.5,
    lineHeight: 1.5,
  },
  code: {
    marginBottom: 10,
    padding: 8,
    backgroundColor: palette.codeBackground,
    fontFamily: pdfFonts.mono,
    fontSize: 8.5,
    lineHeight: 1.4,
  },
  rule: { marginTop: 6, marginBottom: 14, borderBottomWidth: 0.75, borderBottomColor: palette.rule },
  link: { color: palette.link, textDecoration: "underline" },
  linkAddress: { color: palette.muted, fontSize: 8.5 },
  imageNote: {
    marginBottom: 10,
    padding: 8,
    borderWidth: 0.75,
    borderColor: palette.rule,
    fontSize: 9,
    color: palette.muted,
  },
  correction: {
    marginTop: 8,
    fontSize: bodyFontSize,
    lineHeight: 1.5,
    paddingLeft: 10,
    paddingVertical: 4,
    borderLeftWidth: 3,
    borderLeftColor: palette.accent,
  },
  correctionLabel: { fontSize: 8, fontWeight: 700, letterSpacing: 0.8, textTransform: "uppercase" },
  source: {
    marginTop: 14,
    paddingTop: 8,
    borderTopWidth: 0.75,
    borderTopColor: palette.rule,
    fontSize: 9.5,
    lineHeight: 1.5,
  },
  sourceLine: { fontWeight: 700 },
  secondary: { color: palette.muted },
  articleUrl: {
    marginTop: 16,
    paddingTop: 8,
    borderTopWidth: 1.5,
    borderTopColor: palette.ink,
    fontSize: 9,
    lineHeight: 1.5,
    color: palette.muted,
  },
  footer: {
    position: "absolute",
    bottom: 28,
    left: pageMargin.horizontal,
    right: pageMargin.horizontal,
    flexDirection: "row",
    justifyContent: "space-between",
    paddingTop: 6,
    borderTopWidth: 0.5,
    borderTopColor: palette.rule,
    fontSize: 7.5,
    color: palette.muted,
  },
  footerTitle: { flex: 1, paddingRight: 12 },
});
