/**
 * R5: the printer-friendly view and the server-generated PDF of each published article, read
 * the way readers get them (the PDF through pdfjs, the engine of Firefox's PDF viewer).
 */
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { flatText, inspectPdf, type PdfInspection } from "../test/pdf-inspect";
import { e2eBaseUrl } from "./support/env";
import { createDraft, expect, test, uniqueTitle, clickAndConfirm } from "./support/fixtures";

/** The demo story on primary-care waiting times: it has a lead image, a source and a correction. */
const stories = {
  es: {
    slug: "la-espera-media-para-ver-al-medico-de-familia-baja-a-6-8-dias-segun-el-barometro-sanitario",
    title: "La espera media para ver al médico de familia baja a 6,8 días, según el barómetro sanitario",
    header: `Publicado en Heraldo (${e2eBaseUrl})`,
    sentence: "Los pacientes esperan de media 6,8 días para conseguir una cita con su médico de familia",
    sourceLine: "Fuente: obtenido de Instituto Nacional de Estadística Pública",
    print: "Imprimir",
    pdf: "Descargar PDF",
  },
  en: {
    slug: "average-wait-to-see-a-family-doctor-falls-to-6-8-days-health-barometer-shows",
    title: "Average wait to see a family doctor falls to 6.8 days, health barometer shows",
    header: `Published on Heraldo (${e2eBaseUrl})`,
    sentence: "Patients now wait an average of 6.8 days for an appointment with their family doctor",
    sourceLine: "Source: retrieved from Instituto Nacional de Estadística Pública",
    print: "Print",
    pdf: "Download PDF",
  },
} as const;
const sourceName = "Instituto Nacional de Estadística Pública";
const sourceUrl = "https://inep.example.org/barometro-sanitario/2026";
const authors = "Sofía Navarro, Daniel Ortega";
const locales = ["es", "en"] as const;

const articleUrl = (locale: string, slug: string) => `${e2eBaseUrl}/${locale}/news/${slug}`;

async function expectImageLoaded(image: Locator): Promise<void> {
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => (element.complete ? element.naturalWidth : 0)))
    .toBeGreaterThan(0);
}

async function fetchPdf(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const bytes = await response.body();
  return { response, bytes, pdf: await inspectPdf(bytes) };
}

/** Text with all whitespace removed: long URLs wrap over lines in the PDF. */
const compact = (pdf: PdfInspection) => flatText(pdf).replace(/\s+/g, "");

/** Nothing the Drupal site's PDFs were known for: diagnostics, stack traces, file paths. */
function expectNoDiagnostics(pdf: PdfInspection): void {
  const everything = [flatText(pdf), ...Object.values(pdf.info)].join("\n");
  for (const leak of [
    "/work",
    "./data",
    "/media/",
    ".tsx",
    "node_modules",
    "DOMPDF",
    "WARNING",
    "undefined",
    "NaN",
    "[object Object]",
  ]) {
    expect(everything, `the PDF must not contain ${JSON.stringify(leak)}`).not.toContain(leak);
  }
  expect(everything).not.toMatch(/\bat [\w$.<>]+ \(|:\d+:\d+\)|\b\w*Error\b/);
}

/** The slug the newsroom form shows for the article being edited. */
async function slugOf(page: Page): Promise<string> {
  return page.getByLabel("Slug (web address)").inputValue();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Article published.")).toBeVisible();
}

/**
 * Creates and publishes an article, runs `check` with its slug, then unpublishes it whatever
 * happened, so the listings of later specs still show the demo state. Returns the slug.
 */
async function withPublishedArticle(
  page: Page,
  fields: Parameters<typeof createDraft>[1],
  check: (slug: string) => Promise<void>,
): Promise<string> {
  const adminUrl = await createDraft(page, fields);
  await publish(page);
  const slug = await slugOf(page);
  try {
    await check(slug);
  } finally {
    await page.goto(adminUrl);
    await clickAndConfirm(page, "Unpublish");
    await expect(page.getByText("Article unpublished.")).toBeVisible();
  }
  return slug;
}

// The print view's layout and the PDF's page size are tagged @markup (SQLite only in `npm test`):
// the article behind them comes from the article page's query, which runs on every dialect. The
// PDF's content, cache and the edit and 404 cases stay on every dialect.
test.describe("print view", () => {
  for (const locale of locales) {
    const story = stories[locale];

    test(
      `${locale}: the print view has the site header, the story, its source and address, and no navigation`,
      { tag: "@markup" },
      async ({ page }) => {
        const response = await page.goto(`/${locale}/news/${story.slug}/print`);
        expect(response?.status()).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);

        await expect(page.getByText(story.header, { exact: true })).toBeVisible();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
        await expect(page.getByText(story.sentence)).toBeVisible();
        await expect(page.getByRole("link", { name: story.sourceLine })).toHaveAttribute("href", sourceUrl);
        await expect(page.getByText(sourceUrl, { exact: true })).toBeVisible();
        await expect(page.getByRole("link", { name: articleUrl(locale, story.slug) })).toHaveAttribute(
          "href",
          articleUrl(locale, story.slug),
        );
        await expect(page.locator("time[datetime]").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);

        await expectImageLoaded(page.getByRole("img", { name: /Heraldo/ }));
        await expectImageLoaded(page.getByRole("figure").getByRole("img"));

        await expect(page.getByRole("navigation")).toHaveCount(0);
        await expect(page.getByRole("banner")).toHaveCount(0);
        await expect(page.getByRole("contentinfo")).toHaveCount(0);
        await expect(page.locator("footer, nav")).toHaveCount(0);
        await expect(page.getByRole("button")).toHaveCount(0);
        await expect(page.getByRole("link", { name: /Facebook|LinkedIn|WhatsApp|Compartir|Share/ })).toHaveCount(0);

        await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
        await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", articleUrl(locale, story.slug));
      },
    );

    test(
      `${locale}: the print view passes axe (WCAG 2.2 AA) in both colour schemes`,
      { tag: "@markup" },
      async ({ page }) => {
        for (const colorScheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme });
          await page.goto(`/${locale}/news/${story.slug}/print`);
          const results = await new AxeBuilder({ page })
            .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
            .analyze();
          expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes[0]?.target}`)).toEqual([]);
        }
      },
    );

    test(`${locale}: the article page links to its print view and its PDF`, { tag: "@markup" }, async ({ page }) => {
      await page.goto(`/${locale}/news/${story.slug}`);
      await expect(page.getByRole("link", { name: story.pdf, exact: true })).toHaveAttribute(
        "href",
        `/${locale}/news/${story.slug}/pdf`,
      );
      await page.getByRole("link", { name: story.print, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/news/${story.slug}/print$`));
      await expect(page.getByText(story.header, { exact: true })).toBeVisible();
    });
  }
});

test.describe("PDF", () => {
  for (const locale of locales) {
    const story = stories[locale];

    test(`${locale}: the PDF carries the story as text, its images, fonts and metadata, and nothing else`, async ({
      request,
    }) => {
      const { response, bytes, pdf } = await fetchPdf(request, `/${locale}/news/${story.slug}/pdf`);
      const headers = response.headers();
      expect(headers["content-type"]).toBe("application/pdf");
      expect(headers["content-disposition"]).toBe(`inline; filename="${story.slug}.pdf"`);
      expect(headers["cache-control"]).toMatch(/public.*s-maxage=\d+/);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");

      const text = flatText(pdf);
      expect(text).toContain(story.header);
      expect(text).toContain(story.title);
      expect(text).toContain(story.sentence);
      expect(text).toContain(story.sourceLine);
      expect(text).toContain(sourceName);
      expect(compact(pdf)).toContain(articleUrl(locale, story.slug));
      expect(compact(pdf)).toContain(sourceUrl);
      expect(pdf.links).toEqual(expect.arrayContaining([articleUrl(locale, story.slug), sourceUrl]));
      expectNoDiagnostics(pdf);

      expect(pdf.info.title).toBe(story.title);
      expect(pdf.info.author).toBe(authors);
      expect(pdf.info.creator).toBe("Heraldo");
      expect(pdf.language).toBe(locale);
      // The logo and the lead image, embedded; the text in embedded fonts.
      expect(pdf.imageCount).toBeGreaterThanOrEqual(2);
      expect(pdf.embeddedFontCount).toBeGreaterThan(0);
      // A4 unless Letter is asked for.
      expect(pdf.pages[0]).toEqual({ width: 595, height: 842 });
    });
  }

  test("?size=letter gives US Letter pages, each numbered", { tag: "@markup" }, async ({ request }) => {
    const story = stories.en;
    const { response, pdf } = await fetchPdf(request, `/en/news/${story.slug}/pdf?size=letter`);
    expect(response.headers()["content-disposition"]).toBe(`inline; filename="${story.slug}-letter.pdf"`);
    expect(pdf.pages.length).toBeGreaterThan(0);
    for (const size of pdf.pages) expect(size).toEqual({ width: 612, height: 792 });
    expect(flatText(pdf)).toContain(`Page ${pdf.pages.length} of ${pdf.pages.length}`);
    expect((await request.get(`/en/news/${story.slug}/pdf?size=legal`)).status()).toBe(400);
  });

  test("a repeated request is answered from the cache, and a matching tag gets 304", async ({ request }) => {
    const path = `/es/news/${stories.es.slug}/pdf`;
    const first = await request.get(path);
    const second = await request.get(path);
    expect(await second.body()).toEqual(await first.body());
    const etag = first.headers()["etag"] ?? "";
    expect(etag).not.toBe("");
    const revalidated = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(revalidated.status()).toBe(304);
  });
});

test.describe("unpublished and unknown articles", () => {
  test("an unknown slug is 404 for the print view and the PDF", async ({ request }) => {
    for (const path of ["/es/news/no-such-article/print", "/en/news/no-such-article/pdf", "/fr/news/x/pdf"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test("a draft is 404 for the print view and the PDF", async ({ editorPage: page, request }) => {
    await createDraft(page, { title: uniqueTitle("Borrador para imprimir") });
    const slug = await slugOf(page);
    expect(slug).not.toBe("");
    expect((await request.get(`/es/news/${slug}/print`)).status()).toBe(404);
    expect((await request.get(`/es/news/${slug}/pdf`)).status()).toBe(404);
  });
});

test.describe("PDF after edits", () => {
  test("after the headline is edited, the PDF and the print view show the new one", async ({
    editorPage: page,
    request,
    browser,
  }) => {
    const suffix = uniqueTitle("").trim();
    const before = `Headline before the edit ${suffix}`;
    const after = `Headline after the edit ${suffix}`;
    const fields = { title: before, language: "English" as const, body: "<p>A body sentence that stays the same.</p>" };
    const slug = await withPublishedArticle(page, fields, async (slug) => {
      const first = await fetchPdf(request, `/en/news/${slug}/pdf`);
      expect(flatText(first.pdf)).toContain(before);
      expect(first.pdf.info.title).toBe(before);

      await page.getByLabel("Headline").fill(after);
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByText("Changes saved.")).toBeVisible();
      expect(await slugOf(page)).toBe(slug);

      const second = await fetchPdf(request, `/en/news/${slug}/pdf`);
      expect(flatText(second.pdf)).toContain(after);
      expect(flatText(second.pdf)).not.toContain(before);
      expect(second.pdf.info.title).toBe(after);
      expect(second.response.headers()["etag"]).not.toBe(first.response.headers()["etag"]);

      const reader = await browser.newPage();
      await reader.goto(`/en/news/${slug}/print`);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText(after);
      await reader.close();
    });
    // Unpublished: gone from both at once.
    expect((await request.get(`/en/news/${slug}/pdf`)).status()).toBe(404);
    expect((await request.get(`/en/news/${slug}/print`)).status()).toBe(404);
  });

  test("a headline with &, <, quotes, emoji and right-to-left words survives the print view and the PDF", async ({
    editorPage: page,
    request,
    browser,
  }) => {
    const title = `Tom & Jerry <b>bold?</b> "quoted" ‘single’ 🎉📰 مرحبا بالعالم שלום עולם ${uniqueTitle("").trim()}`;
    const body = "<p>Cuerpo con <strong>negrita</strong> &amp; <em>cursiva</em>.</p>";
    await withPublishedArticle(page, { title, body }, async (slug) => {
      const reader = await browser.newPage();
      const response = await reader.goto(`/es/news/${slug}/print`);
      expect(response?.status()).toBe(200);
      await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(reader.getByText("Cuerpo con negrita & cursiva.")).toBeVisible();
      await reader.close();

      const { pdf } = await fetchPdf(request, `/es/news/${slug}/pdf`);
      expect(pdf.info.title).toBe(title);
      // Shaped Arabic is extracted as presentation forms; NFKC gives back the letters typed.
      const text = flatText(pdf).normalize("NFKC");
      expect(text).toContain(`Tom & Jerry <b>bold?</b> "quoted" ‘single’ 🎉📰`);
      expect(text).toContain("مرحبا");
      expect(text).toContain("שלום");
      expect(text).toContain("Cuerpo con negrita & cursiva.");
      expectNoDiagnostics(pdf);
    });
  });
});
