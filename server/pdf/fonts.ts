/**
 * Fonts embedded in article PDFs. PDF's built-in fonts cannot be searched reliably beyond
 * Latin-1 and look dated, so the text is set in Noto (one design across scripts), read as WOFF
 * from the @fontsource packages (react-pdf cannot read WOFF2). Each script is its own family and
 * the families form one fallback chain: a Spanish headline with an Arabic word and an emoji draws
 * every glyph, and only the glyphs used are embedded.
 */
import "server-only";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

type Style = "normal" | "italic";
type Weight = 400 | 700;

type FamilySpec = {
  family: string;
  /** The @fontsource package and the file name prefix of one subset in it. */
  fontsource: string;
  subset: string;
  weights: Weight[];
  /** Styles the package has files for; a missing italic reuses the upright file. */
  styles: Style[];
};

const fontsourceDir = () => path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource");

function fontFile(spec: FamilySpec, weight: Weight, style: Style): string {
  const file = `${spec.fontsource}-${spec.subset}-${weight}-${style}.woff`;
  return path.join(fontsourceDir(), spec.fontsource, "files", file);
}

const both: Style[] = ["normal", "italic"];
const upright: Style[] = ["normal"];

const primarySans: FamilySpec = {
  family: "Heraldo Sans",
  fontsource: "noto-sans",
  subset: "latin",
  weights: [400, 700],
  styles: both,
};
// Headlines in Noto Serif. Not Source Serif 4, the site's headline face: its @fontsource WOFF
// files carry broken glyphs for U+2002, U+2009 and U+200B that make fontkit throw mid-layout.
const primarySerif: FamilySpec = {
  family: "Heraldo Serif",
  fontsource: "noto-serif",
  subset: "latin",
  weights: [400, 700],
  styles: both,
};

/** Other scripts, tried in order for any character the primary font lacks. */
const fallbacks: FamilySpec[] = [
  { family: "Heraldo Latin Ext", fontsource: "noto-sans", subset: "latin-ext", weights: [400, 700], styles: both },
  { family: "Heraldo Greek", fontsource: "noto-sans", subset: "greek", weights: [400, 700], styles: both },
  { family: "Heraldo Cyrillic", fontsource: "noto-sans", subset: "cyrillic", weights: [400, 700], styles: both },
  { family: "Heraldo Arabic", fontsource: "noto-sans-arabic", subset: "arabic", weights: [400, 700], styles: upright },
  { family: "Heraldo Hebrew", fontsource: "noto-sans-hebrew", subset: "hebrew", weights: [400, 700], styles: upright },
  // Noto Emoji (monochrome outlines) is split into numbered unicode-range subsets.
  ...["emoji", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map((subset): FamilySpec => ({
    family: `Heraldo Emoji ${subset}`,
    fontsource: "noto-emoji",
    subset,
    weights: [400],
    styles: upright,
  })),
];

export const allFontSpecs: FamilySpec[] = [primarySans, primarySerif, ...fallbacks];

/** Every file a PDF may read; the unit tests check that each one is installed. */
export function fontFiles(): string[] {
  return allFontSpecs.flatMap((spec) =>
    spec.weights.flatMap((weight) => spec.styles.map((style) => fontFile(spec, weight, style))),
  );
}

/**
 * Where react-pdf may break a word. Ordinary words never break: its built-in hyphenation follows
 * English rules, and wrong breaks in Spanish read worse than none. Long addresses (the article
 * URL, a source URL) would run off the page, so they break after / - . ? & = _ # and, failing
 * those, every 16 characters. The empty parts tell react-pdf to break there without adding a
 * hyphen, which would corrupt the address.
 */
export function lineBreakParts(word: string): string[] {
  const isAddress = /[/@]|:\/\//.test(word);
  if (word.length <= 24 || (!isAddress && word.length <= 32)) return [word];
  const pieces = word
    .split(/(?<=[/\-.?&=_#])/)
    .flatMap((piece) => (piece.length > 16 ? (piece.match(/.{1,16}/gsu) ?? [piece]) : [piece]));
  return pieces.flatMap((piece, index) => (index === 0 ? [piece] : ["", piece]));
}

let registered = false;

/** Registers the families with react-pdf once per process (its font store is global). */
export function registerPdfFonts(): void {
  if (registered) return;
  for (const spec of allFontSpecs) {
    Font.register({
      family: spec.family,
      // Every family needs an italic entry, or react-pdf throws when emphasis falls back to it.
      fonts: spec.weights.flatMap((fontWeight) =>
        both.map((fontStyle) => ({
          src: fontFile(spec, fontWeight, spec.styles.includes(fontStyle) ? fontStyle : "normal"),
          fontWeight,
          fontStyle,
        })),
      ),
    });
  }
  Font.registerHyphenationCallback(lineBreakParts);
  registered = true;
}

const fallbackFamilies = fallbacks.map((spec) => spec.family);

/** Font family chains for styles: body text, headlines, and code (Courier is built into PDF). */
export const pdfFonts = {
  sans: [primarySans.family, ...fallbackFamilies],
  serif: [primarySerif.family, ...fallbackFamilies],
  mono: ["Courier", primarySans.family, ...fallbackFamilies],
};
