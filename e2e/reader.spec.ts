import { expect, test } from "@playwright/test";

test.describe("reader site", () => {
  test("the root address sends Spanish readers to /es and English readers to /en", async ({ browser }) => {
    const spanish = await browser.newContext({
      locale: "es-ES",
      extraHTTPHeaders: { "Accept-Language": "es-ES,es;q=0.9" },
    });
    const es = await spanish.newPage();
    await es.goto("/");
    await expect(es).toHaveURL(/\/es$/);
    await spanish.close();

    const english = await browser.newContext({
      locale: "en-GB",
      extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" },
    });
    const en = await english.newPage();
    await en.goto("/");
    await expect(en).toHaveURL(/\/en$/);
    await expect(en.locator("html")).toHaveAttribute("lang", "en");
    await english.close();
  });

  test("the Spanish front page has breaking news, a lead story, latest news, topic blocks and a teaser list", async ({
    page,
  }) => {
    await page.goto("/es");
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("region", { name: "Última hora" })).toContainText("Aviso naranja");
    await expect(page.getByRole("heading", { level: 2, name: "Lo último" })).toBeVisible();
    for (const topic of ["Economía", "Salud", "Medio ambiente", "Educación"]) {
      await expect(page.getByRole("heading", { level: 2, name: topic })).toBeVisible();
    }
    const list = page.getByRole("region", { name: "Todas las noticias" });
    await expect(list.getByRole("article")).toHaveCount(12);
    // Every teaser names its date; sources appear where the story has one.
    await expect(list.locator("time[datetime]").first()).toBeVisible();
    await expect(list.getByText(/^Fuente: /).first()).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Paginación" })).toContainText("Página 1 de 2");
  });

  test("the teaser list pages forward and back", async ({ page }) => {
    await page.goto("/es");
    await page.getByRole("link", { name: "Siguiente →" }).click();
    await expect(page).toHaveURL(/\/es\?page=2$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Noticias — página 2");
    await expect(page.getByRole("article").first()).toBeVisible();
    await page.getByRole("link", { name: "← Anterior" }).click();
    await expect(page).toHaveURL(/\/es$/);
  });

  test("an article shows headline, summary, byline, dates, image, body, source and topics, and links to its translation", async ({
    page,
  }) => {
    await page.goto("/es");
    await page.getByRole("region", { name: "Última hora" }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Aviso naranja");
    await expect(page.getByText("Por Mateo Ibáñez")).toBeVisible();
    const published = page.locator("time[datetime]").first();
    await expect(published).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
    const image = page.getByRole("figure").getByRole("img");
    await expect(image).toHaveAttribute("alt", /.+/);
    await expect(page.getByRole("figure")).toContainText("Foto:");
    await expect(page.locator(".article-body p").first()).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Temas de esta noticia" }).getByRole("link").first(),
    ).toBeVisible();

    await page.getByRole("link", { name: "Leer en inglés →" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Orange warning");
    await expect(page.getByRole("link", { name: "Read in Spanish →" })).toBeVisible();
  });

  test("an article shows its reading time, share links and related stories, and names its translations for search engines", async ({
    page,
  }) => {
    await page.goto("/en");
    await page.getByRole("region", { name: "Top story" }).getByRole("heading", { level: 3 }).getByRole("link").click();
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    await expect(page.getByText(/\d+ minutes? read/)).toBeVisible();
    const share = page.getByRole("navigation", { name: "Share" });
    await expect(share.getByRole("link", { name: "Share by email" })).toHaveAttribute("href", /^mailto:\?subject=/);
    await expect(share.getByRole("link", { name: /Share on X/ })).toHaveAttribute("href", /^https:\/\/x\.com\/intent/);
    const related = page.getByRole("region", { name: "Related stories" });
    await expect(related.getByRole("article").first()).toBeVisible();
    await expect(related.getByRole("link", { name: title ?? "" })).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", /\/es\/news\//);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/es\/news\//);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en\/news\//);
  });

  test("an article from an agency says where it was retrieved from", async ({ page }) => {
    await page.goto("/en");
    const lead = page.getByRole("region", { name: "Top story" }).getByRole("heading", { level: 3 }).getByRole("link");
    await lead.click();
    const attribution = page.getByRole("link", { name: /^Source: retrieved from / });
    await expect(attribution).toHaveAttribute("href", /^https:\/\//);
    // Said once, at the end of the story, not again under the headline.
    const story = page.getByRole("article").filter({ has: page.getByRole("heading", { level: 1 }) });
    await expect(story.getByText(/^Source:/)).toHaveCount(1);
  });

  test("a correction note is shown on corrected stories", async ({ page }) => {
    await page.goto("/en/topics/health");
    await page
      .getByRole("link", { name: /Average wait to see a family doctor/ })
      .first()
      .click();
    await expect(page.getByRole("complementary", { name: "Correction" })).toContainText("Correction");
  });

  test("topic pages list the topic's stories and switch language to the same topic", async ({ page }) => {
    await page.goto("/es/topics/economia");
    await expect(page.getByRole("heading", { level: 1, name: "Economía" })).toBeVisible();
    await expect(page.getByRole("article").first()).toBeVisible();
    await page.getByRole("navigation", { name: "Idioma" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/topics\/economy$/);
    await expect(page.getByRole("heading", { level: 1, name: "Economy" })).toBeVisible();
  });

  test("author pages show the author's bio and stories", async ({ page }) => {
    await page.goto("/en/authors/mateo-ibanez");
    await expect(page.getByRole("heading", { level: 1, name: "Mateo Ibáñez" })).toBeVisible();
    await expect(page.getByText("Environment reporter")).toBeVisible();
    const portrait = page.getByRole("img", { name: "Portrait of Mateo Ibáñez" });
    await expect(portrait).toBeVisible();
    expect(await portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole("article").first()).toBeVisible();
  });
});
