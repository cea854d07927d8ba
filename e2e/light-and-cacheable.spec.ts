import { expect, test } from "@playwright/test";

// Image markup, formats, cache headers and script size: nothing the database dialect decides,
// so `npm test` runs these on SQLite only (@markup, see scripts/test-all.ts).
const markup = { tag: "@markup" };

test("front page images are responsive, sized, and lazy below the fold", markup, async ({ page }) => {
  await page.goto("/es");
  const lead = page.getByRole("region", { name: "Noticia principal" }).getByRole("img");
  await expect(lead).toHaveAttribute("srcset", /_next\/image.*w=\d+/);
  await expect(lead).toHaveAttribute("sizes", /.+/);
  await expect(lead).not.toHaveAttribute("loading", "lazy");
  for (const image of await page.locator("main img").all()) {
    // Explicit dimensions: nothing shifts while images load.
    await expect(image).toHaveAttribute("width", /^\d+$/);
    await expect(image).toHaveAttribute("height", /^\d+$/);
  }
  const listImages = page.getByRole("region", { name: "Todas las noticias" }).getByRole("img");
  await expect(listImages.first()).toHaveAttribute("loading", "lazy");
});

test("images are served in modern formats when the browser accepts them", markup, async ({ page, request }) => {
  await page.goto("/es");
  const srcset = await page.getByRole("region", { name: "Noticia principal" }).getByRole("img").getAttribute("srcset");
  const firstUrl = srcset?.split(",")[0]?.trim().split(" ")[0] ?? "";
  const avif = await request.get(firstUrl, { headers: { Accept: "image/avif,image/webp,*/*" } });
  expect(avif.status()).toBe(200);
  expect(avif.headers()["content-type"]).toBe("image/avif");
  const webp = await request.get(firstUrl, { headers: { Accept: "image/webp,*/*" } });
  expect(webp.headers()["content-type"]).toBe("image/webp");
});

test(
  "reader pages can be kept briefly by a CDN; assets and media for a year; staff pages never",
  markup,
  async ({ page, request }) => {
    const front = await request.get("/es");
    expect(front.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(front.headers()["set-cookie"]).toBeUndefined();

    await page.goto("/es");
    const stylesheetUrl = await page
      .locator('link[rel="stylesheet"][href*="/_next/static/"]')
      .first()
      .getAttribute("href");
    const stylesheet = await request.get(stylesheetUrl ?? "");
    expect(stylesheet.headers()["cache-control"]).toMatch(/max-age=31536000/);
    expect(stylesheet.headers()["cache-control"]).toMatch(/immutable/);

    const mediaPath = await page.evaluate(() => {
      const src = document.querySelector("main img")?.getAttribute("src") ?? "";
      return new URL(src, location.href).searchParams.get("url");
    });
    const media = await request.get(mediaPath ?? "");
    expect(media.status()).toBe(200);
    expect(media.headers()["cache-control"]).toContain("max-age=31536000");

    const login = await request.get("/login");
    expect(login.headers()["cache-control"]).toMatch(/no-store|private/);
  },
);

test("reader pages load no framework JavaScript: the article page only its read beacon", markup, async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") scripts.push(new URL(response.url()).pathname);
  });
  await page.goto("/es", { waitUntil: "networkidle" });
  expect(scripts).toEqual([]);
  await page.getByRole("region", { name: "Noticia principal" }).getByRole("link").first().click();
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual(["/read-beacon.js"]);
});
