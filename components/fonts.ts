import localFont from "next/font/local";

/** Headlines: Source Serif 4; text and interface: Inter. Both self-hosted, variable, latin. */
export const headlineFont = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  variable: "--font-headline",
  display: "swap",
  weight: "200 900",
});

export const textFont = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-text",
  display: "swap",
  weight: "100 900",
});
