import { createElement, isValidElement, type ReactElement, type ReactNode } from "react";
import { Document, Link, Page, Text, renderToBuffer } from "@react-pdf/renderer";
import { describe, expect, it } from "vitest";
import { flatText, inspectPdf } from "@/test/pdf-inspect";
import { registerPdfFonts } from "./fonts";
import { htmlToBlocks, type Inline } from "./html-blocks";
import { fitImage, keepCodeSpacing, printedAddress, renderBlocks, renderInlines } from "./html-to-pdf";
import { styles } from "./styles";

type Props = { children?: ReactNode; src?: string };

const context = { images: new Map(), columnWidth: 480, imagePattern: "Imagen: {alt}", imageWithoutAlt: "Imagen" };
const text = (value: string, marks = {}): Inline => ({ kind: "text", text: value, marks });

/** Renders body HTML alone on a page and reads it back as a reader's PDF software would. */
async function pdfOfBody(html: string) {
  registerPdfFonts();
  const body = renderBlocks(htmlToBlocks(html, { baseUrl: "https://noticias.example.org" }), context);
  const document = createElement(Document, null, createElement(Page, { size: "A4", style: styles.page }, ...body));
  return inspectPdf(await renderToBuffer(document));
}

describe("renderInlines", () => {
  it("wraps a link's runs in one Link with its address, then prints the address", () => {
    const nodes = renderInlines([
      text("Vea el "),
      text("mapa ", { href: "https://example.org/mapa" }),
      text("oficial", { href: "https://example.org/mapa", bold: true }),
      text("."),
    ]);
    expect(nodes[0]).toBe("Vea el ");
    const link = nodes[1] as ReactElement<Props>;
    expect(link.type).toBe(Link);
    expect(link.props.src).toBe("https://example.org/mapa");
    const runs = link.props.children as ReactNode[];
    expect(runs[0]).toBe("mapa ");
    expect(isValidElement(runs[1]) && runs[1].type).toBe(Text);
    const address = nodes[2] as ReactElement<Props>;
    expect(address.type).toBe(Text);
    expect(address.props.children).toBe(" (https://example.org/mapa)");
    expect(nodes[3]).toBe(".");
  });

  it("turns breaks into newlines and leaves plain text as strings", () => {
    expect(renderInlines([text("a"), { kind: "break" }, text("b")])).toEqual(["a", "\n", "b"]);
  });
});

describe("printedAddress", () => {
  it("prints the address unless the link text already shows it", () => {
    expect(printedAddress("https://example.org/a", [text("el informe")])).toBe("https://example.org/a");
    expect(printedAddress("https://example.org/", [text("example.org")])).toBeNull();
    expect(printedAddress("mailto:prensa@example.org", [text("prensa@example.org")])).toBeNull();
    expect(printedAddress("mailto:prensa@example.org", [text("escríbanos")])).toBe("prensa@example.org");
  });
});

describe("keepCodeSpacing", () => {
  it("keeps indentation and runs of spaces, leaving single spaces to wrap at", () => {
    expect(keepCodeSpacing("if (x) {\n    y  = 1;\n}")).toBe("if (x) {\n\u00a0\u00a0\u00a0\u00a0y \u00a0= 1;\n}");
  });
});

describe("fitImage", () => {
  it("fills the column with a large landscape photo", () => {
    expect(fitImage({ width: 1400, height: 788 }, 480)).toEqual({ width: 480, height: (480 * 788) / 1400 });
  });

  it("limits a portrait image's height and does not blow up small ones", () => {
    const portrait = fitImage({ width: 1000, height: 2000 }, 480);
    expect(portrait.height).toBeCloseTo(360);
    expect(fitImage({ width: 200, height: 100 }, 480)).toEqual({ width: 100, height: 50 });
  });
});

describe("body HTML in a real PDF", () => {
  it("keeps text, accents, list markers and link targets selectable", async () => {
    const pdf = await pdfOfBody(
      '<h2>Quién debe vacunarse</h2><p>Desde hoy, <em>sin cita</em>, en <a href="https://www.example.org/mapa">2.400 farmacias</a>.</p><ol start="2"><li>Personas de 60 años</li><li>Niños</li></ol><blockquote><p>«La vacuna es la herramienta más eficaz».</p></blockquote><pre>código  = 1</pre>',
    );
    const content = flatText(pdf);
    expect(content).toContain("Quién debe vacunarse");
    expect(content).toContain("Desde hoy, sin cita, en 2.400 farmacias (https://www.example.org/mapa).");
    expect(content).toContain("2. Personas de 60 años");
    expect(content).toContain("3. Niños");
    expect(content).toContain("«La vacuna es la herramienta más eficaz».");
    expect(content).toMatch(/código\s+= 1/);
    expect(pdf.links).toContain("https://www.example.org/mapa");
    expect(pdf.embeddedFontCount).toBeGreaterThan(0);
  });

  it("draws markup-looking text, emoji and right-to-left words as text", async () => {
    const pdf = await pdfOfBody("<p>A &amp; B &lt;b&gt; “comillas” 🎉📰 مرحبا שלום</p>");
    // Shaped Arabic comes back as presentation forms; NFKC maps them to the letters typed.
    const content = flatText(pdf).normalize("NFKC");
    expect(content).toContain("A & B <b> “comillas”");
    expect(content).toContain("🎉📰");
    expect(content).toMatch(/مرحبا|ابحرم/);
    expect(content).toMatch(/שלום|םולש/);
  });

  it("draws typographic spaces and punctuation in every style (fonts with broken glyphs throw here)", async () => {
    const awkward = "10\u2009000\u2002€ a\u200bb\u00a0c soft\u00adhyphen – — ‘’ “” «» … ‑ ¿¡ ñ";
    const pdf = await pdfOfBody(
      `<h2>${awkward}</h2><p>${awkward} <strong>${awkward}</strong> <em>${awkward}</em> <code>${awkward}</code></p><blockquote><p>${awkward}</p></blockquote>`,
    );
    expect(flatText(pdf)).toContain("– — ‘’ “” «» …");
  });

  it("names an image it cannot embed instead of printing a path", async () => {
    const pdf = await pdfOfBody(
      '<figure><img src="https://cdn.example/x.jpg" alt="Mapa de la costa"><figcaption>Pie</figcaption></figure>',
    );
    const content = flatText(pdf);
    expect(content).toContain("Imagen: Mapa de la costa (https://cdn.example/x.jpg)");
    expect(content).toContain("Pie");
    expect(pdf.imageCount).toBe(0);
  });
});
