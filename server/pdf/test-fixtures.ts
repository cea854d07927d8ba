/** A PrintableArticle for unit tests: what buildPrintableArticle would give for a Spanish story. */
import type { PrintableArticle } from "@/server/print/printable-article";

export function printableFixture(overrides: Partial<PrintableArticle> = {}): PrintableArticle {
  return {
    locale: "es",
    articleId: 42,
    slug: "la-campana-de-vacunacion",
    updatedAt: "2026-05-04T10:30:00.000Z",
    siteName: "Heraldo",
    siteUrl: "https://noticias.example.org",
    publishedOn: "Publicado en Heraldo (https://noticias.example.org)",
    logo: { src: "/logo.svg", width: 512, height: 512, storageKey: null, alt: "Logotipo de Heraldo" },
    title: "Comienza la campaña de vacunación: «Protégete, protege»",
    summary: "Los mayores de 60 años pueden vacunarse desde hoy.",
    authors: ["Sofía Núñez", "Daniel Ortega"],
    byline: "Por Sofía Núñez y Daniel Ortega",
    published: { label: "Publicado el", iso: "2026-05-04T08:00:00.000Z", text: "4 de mayo de 2026, 10:00" },
    updated: { label: "Actualizado el", iso: "2026-05-04T10:30:00.000Z", text: "4 de mayo de 2026, 12:30" },
    image: null,
    bodyHtml:
      '<p>La campaña empieza hoy en <strong>2.400 farmacias</strong>.</p><h2>Quién debe vacunarse</h2><ul><li>Personas de 60 años o más.</li><li>Niños y niñas.</li></ul><p>Consulte el <a href="https://www.example.org/mapa">mapa de puntos</a>.</p>',
    correction: null,
    source: {
      line: "Fuente: obtenido de Ministerio de Sanidad",
      name: "Ministerio de Sanidad",
      url: "https://sanidad.example.org/nota",
      urlLabel: "URL de la fuente",
    },
    articleUrl: "https://noticias.example.org/es/news/la-campana-de-vacunacion",
    articleUrlLabel: "URL del artículo",
    patterns: { page: "Página {page} de {total}", image: "Imagen: {alt}", imageWithoutAlt: "Imagen" },
    ...overrides,
  };
}
