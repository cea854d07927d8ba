import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getMediaStorage } from "@/server/media-storage";
import { flatText, inspectPdf } from "@/test/pdf-inspect";
import { footerTitle } from "./article-document";
import { renderArticlePdf } from "./draw";
import { printableFixture } from "./test-fixtures";

const leadKey = "test/pdf-lead.png";
const inlineKey = "test/pdf-inline.jpg";

beforeAll(async () => {
  // A lead image with transparency (kept as PNG) and a photo-like body image (JPEG).
  const lead = await sharp({ create: { width: 1600, height: 900, channels: 4, background: "#3a6ea5aa" } })
    .png()
    .toBuffer();
  const inline = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#a4161a" } })
    .jpeg()
    .toBuffer();
  await getMediaStorage().put(leadKey, lead);
  await getMediaStorage().put(inlineKey, inline);
});

const withImages = printableFixture({
  image: {
    src: `/media/${leadKey}`,
    storageKey: leadKey,
    width: 1600,
    height: 900,
    alt: "Un centro de salud",
    caption: "Vacunación en un centro de salud.",
    credit: "Foto: Heraldo",
  },
  bodyHtml: `<p>Primer párrafo del cuerpo.</p><figure><img src="/media/${inlineKey}" alt="Gráfico"><figcaption>Evolución de la cobertura.</figcaption></figure><p>Último párrafo.</p>`,
});

describe("renderArticlePdf", () => {
  it("draws the print view's content as selectable text with the document's metadata", async () => {
    const pdf = await inspectPdf(await renderArticlePdf(printableFixture(), "a4"));
    const content = flatText(pdf);
    for (const expected of [
      "Publicado en Heraldo (https://noticias.example.org)",
      "Comienza la campaña de vacunación: «Protégete, protege»",
      "Por Sofía Núñez y Daniel Ortega",
      "Publicado el 4 de mayo de 2026, 10:00 · Actualizado el 4 de mayo de 2026, 12:30",
      "La campaña empieza hoy en 2.400 farmacias.",
      "Fuente: obtenido de Ministerio de Sanidad",
      "URL de la fuente: https://sanidad.example.org/nota",
      "URL del artículo: https://noticias.example.org/es/news/la-campana-de-vacunacion",
      "Página 1 de 1",
    ]) {
      expect(content).toContain(expected);
    }
    expect(pdf.info).toEqual({
      title: "Comienza la campaña de vacunación: «Protégete, protege»",
      author: "Sofía Núñez, Daniel Ortega",
      subject: "Los mayores de 60 años pueden vacunarse desde hoy.",
      creator: "Heraldo",
      producer: "Heraldo",
    });
    expect(pdf.language).toBe("es");
    expect(pdf.pages).toEqual([{ width: 595, height: 842 }]);
    expect(pdf.links).toEqual(
      expect.arrayContaining([
        "https://sanidad.example.org/nota",
        "https://noticias.example.org/es/news/la-campana-de-vacunacion",
        "https://www.example.org/mapa",
      ]),
    );
    // The logo, read from public/logo.png.
    expect(pdf.imageCount).toBe(1);
  });

  it("embeds the lead image and body images from media storage, with captions", async () => {
    const pdf = await inspectPdf(await renderArticlePdf(withImages, "letter"));
    const content = flatText(pdf);
    expect(pdf.pages[0]).toEqual({ width: 612, height: 792 });
    expect(pdf.imageCount).toBe(3);
    expect(content).toContain("Vacunación en un centro de salud. Foto: Heraldo");
    expect(content).toContain("Evolución de la cobertura.");
    expect(content).not.toMatch(/media\/|\.png|\.jpg|data\//);
  });

  it("leaves out an image whose file is missing, without a trace of its path", async () => {
    const missing = printableFixture({
      image: { ...withImages.image!, src: "/media/test/missing.jpg", storageKey: "test/missing.jpg" },
    });
    const pdf = await inspectPdf(await renderArticlePdf(missing, "a4"));
    expect(pdf.imageCount).toBe(1);
    expect(flatText(pdf)).not.toMatch(/missing|media|\/work|Error/);
  });

  it("numbers every page of a long article", async () => {
    const long = printableFixture({ bodyHtml: "<p>Un párrafo largo de relleno para llenar páginas.</p>".repeat(160) });
    const pdf = await inspectPdf(await renderArticlePdf(long, "a4"));
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(flatText(pdf)).toContain(`Página ${pdf.pages.length} de ${pdf.pages.length}`);
  });

  it("gives the same bytes for the same article version", async () => {
    const first = await renderArticlePdf(printableFixture(), "a4");
    const second = await renderArticlePdf(printableFixture(), "a4");
    expect(first.equals(second)).toBe(true);
  });
});

describe("footerTitle", () => {
  it("keeps short headlines and cuts long ones at a word", () => {
    expect(footerTitle("Corto")).toBe("Corto");
    const long = footerTitle(
      "La espera media para ver al médico de familia baja a 6,8 días, según el barómetro sanitario",
    );
    expect(long.endsWith("…")).toBe(true);
    expect(long.length).toBeLessThanOrEqual(71);
    expect(long).toBe("La espera media para ver al médico de familia baja a 6,8 días, según…");
  });
});
