/**
 * Text as react-pdf 4.9 can draw it. Its text kit garbles the second of two adjacent characters
 * outside the Basic Multilingual Plane that fall back to the same font (two emoji in a row come
 * out as one emoji and a stray glyph). A zero-width space between them splits the run in two,
 * which draws both correctly and changes nothing a reader can see.
 */
const adjacentAstral = /(\p{Extended_Pictographic}|[\u{10000}-\u{10FFFF}])(?=[\u{10000}-\u{10FFFF}])/gu;

export function drawableText(text: string): string {
  return text.replace(adjacentAstral, "$1\u200b");
}
