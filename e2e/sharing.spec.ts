import { expect, test } from "@playwright/test";
import { createDraft, staffContext, uniqueTitle } from "./support/fixtures";

type JsonLd = Record<string, unknown> & { "@type": string };

async function structuredData(page: import("@playwright/test").Page): Promise<JsonLd[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as JsonLd);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test("an article carries canonical, Open Graph and Twitter tags and a 1200x630 share image", async ({
  page,
  request,
}) => {
  await page.goto("/es");
  await page.getByRole("region", { name: "Última hora" }).getByRole("link").click();
  await page.waitForURL(/\/news\//);
  const url = page.url();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Aviso naranja/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "es_ES");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const imageUrl = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(imageUrl).toMatch(/^http.*\/opengraph-image/);
  const image = await request.get(imageUrl ?? "");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await image.body())).toEqual({ width: 1200, height: 630 });
});

test("an article's JSON-LD describes a NewsArticle with its source, publisher and breadcrumbs", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("region", { name: "Top story" }).getByRole("heading", { level: 3 }).getByRole("link").click();
  // Crawlers load the page itself: read the JSON-LD the server sent.
  await page.waitForURL(/\/news\//);
  await page.goto(page.url());
  const title = (await page.getByRole("heading", { level: 1 }).textContent())?.trim();
  const [article, breadcrumbs] = await structuredData(page);
  expect(article?.["@context"]).toBe("https://schema.org");
  expect(article?.["@type"]).toBe("NewsArticle");
  expect(article?.headline).toBe(title);
  expect(article?.inLanguage).toBe("en");
  expect(new Date(String(article?.datePublished)).getTime()).not.toBeNaN();
  expect(new Date(String(article?.dateModified)).getTime()).not.toBeNaN();
  expect((article?.image as string[])[0]).toMatch(/^http/);
  const authors = article?.author as { "@type": string; name: string; url: string }[];
  expect(authors[0]?.["@type"]).toBe("Person");
  expect(authors[0]?.url).toMatch(/^http.*\/en\/authors\//);
  const publisher = article?.publisher as { name: string; logo: { url: string } };
  expect(publisher.name).toBe("Heraldo");
  expect(publisher.logo.url).toMatch(/^http.*\/logo\.png$/);
  const source = article?.isBasedOn as { "@type": string; name: string; url: string };
  expect(source["@type"]).toBe("CreativeWork");
  expect(source.url).toMatch(/^https:\/\//);
  expect(breadcrumbs?.["@type"]).toBe("BreadcrumbList");
  const items = breadcrumbs?.itemListElement as { position: number; name: string; item: string }[];
  expect(items.map((i) => i.position)).toEqual(items.map((_, index) => index + 1));
  expect(items.at(-1)?.name).toBe(title);
  expect(items.at(-1)?.item).toBe(page.url());
});

test("a corrected story states its correction in JSON-LD", async ({ page }) => {
  await page.goto("/en/topics/health");
  const href = await page
    .getByRole("link", { name: /Average wait to see a family doctor/ })
    .first()
    .getAttribute("href");
  await page.goto(href ?? "");
  const [article] = await structuredData(page);
  const correction = article?.correction as { "@type": string; text: string };
  expect(correction["@type"]).toBe("CorrectionComment");
  expect(correction.text).toMatch(/Correction/);
});

test("markup-like and right-to-left titles stay intact in metadata and JSON-LD; drafts have no share image", async ({
  browser,
}) => {
  const context = await staffContext(browser, "editor");
  const page = await context.newPage();
  const title = uniqueTitle(`Tom & Jerry <script>alert("x")</script> 'quotes' 🎉 مرحبا`);
  const adminUrl = await createDraft(page, { title, language: "English" });
  await page.goto(adminUrl);
  const slug = await page.getByLabel("Slug (web address)").inputValue();
  const draftImage = await page.request.get(`/en/news/${slug}/opengraph-image`);
  expect(draftImage.status()).toBe(404);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Article published.")).toBeVisible();

  const reader = await context.newPage();
  await reader.goto(`/en/news/${slug}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  const [article] = await structuredData(reader);
  expect(article?.headline).toBe(title);
  expect(await reader.evaluate(() => (window as unknown as { x?: unknown }).x)).toBeUndefined();
  const image = await reader.request.get(`/en/news/${slug}/opengraph-image`);
  expect(image.status()).toBe(200);
  await context.close();
});
