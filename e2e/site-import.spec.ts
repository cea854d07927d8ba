/**
 * Importing another site's archive, as an administrator does it: upload a WordPress export,
 * read the dry run's summary, start the import, watch it finish, download the old → new
 * addresses and find an imported story in the article list. Writers get neither the link nor
 * the screen. An archive imported from the command line shows on the running site without a restart.
 */
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "./support/fixtures";
import { e2eOutputDir, e2eServerEnv, staffAccounts } from "./support/env";

const fixture = path.resolve("server/site-import/fixtures/wordpress.xml");

test("an admin checks a WordPress export, imports it and gets its redirects", async ({ adminPage: page }) => {
  test.setTimeout(90_000);
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: /newsroom/i })
    .getByRole("link", { name: "Import" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Import from another site" })).toBeVisible();

  // A folder that is not there is refused next to its field, and what was typed stays.
  await page.getByLabel("Export file").setInputFiles(fixture);
  await page.getByLabel("The old site's address (optional)").fill("https://old.example.com");
  const folder = page.getByLabel("Folder on the server with the old site's images (optional)");
  await folder.fill("/no/such/folder");
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByText("There is no folder at that path on this server.")).toBeVisible();
  await expect(folder).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("The old site's address (optional)")).toHaveValue("https://old.example.com");

  // The dry run: what would happen, and nothing imported yet.
  await folder.fill("");
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("heading", { name: "2. What importing wordpress.xml would do" })).toBeVisible({
    timeout: 30_000,
  });
  const summary = page.getByTestId("import-summary");
  await expect(summary.getByTestId("count-created")).toContainText("Would be created5");
  await expect(summary.getByTestId("count-skipped")).toContainText("Would be skipped2");
  await expect(summary.getByTestId("count-redirects")).toContainText("5");
  const skipped = summary.getByRole("table", { name: "Stories that would be skipped" });
  await expect(skipped.getByRole("row").filter({ hasText: "line 124 (item 6)" })).toContainText(
    "the post has no title",
  );

  // The import, in the background, followed to its end.
  await page.getByRole("button", { name: "Import 5 stories" }).click();
  await expect(page.getByRole("heading", { name: "Import of wordpress.xml finished" })).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByTestId("count-created")).toContainText("Created5");
  await expect(page.getByRole("table", { name: "Earlier imports" }).getByRole("row").nth(1)).toContainText("Finished");

  // The redirects CSV, as the old site's web server would take it.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the old and new addresses (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^redirects-import-\d+\.csv$/);
  const csv = await readFile(await download.path(), "utf8");
  const lines = csv.trim().split("\n");
  expect(lines[0]).toBe("old_url,new_url");
  expect(lines).toContainEqual(
    expect.stringMatching(
      /^https:\/\/old\.example\.com\/2024\/03\/council-approves-the-budget\/,https?:\/\/\S+\/en\/news\/council-approves-the-budget$/,
    ),
  );

  // The imported stories are in the newsroom.
  await page.getByRole("link", { name: "See the stories in the article list" }).click();
  await expect(page).toHaveURL(/\/admin\/articles/);
  await expect(page.getByRole("link", { name: "Council approves the budget" }).first()).toBeVisible();

  // Readers following an old link land on the new page: a 308 from the old site's address,
  // with or without its language prefix; an address no story had is still a 404.
  for (const [old, now] of [
    ["/2024/03/council-approves-the-budget/", "/en/news/council-approves-the-budget"],
    ["/es/2024/03/el-ayuntamiento-aprueba-el-presupuesto", "/es/news/el-ayuntamiento-aprueba-el-presupuesto"],
  ] as const) {
    const response = await page.request.get(old.replace(/\/$/, ""), { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location ?? "", "http://x").pathname).toBe(now);
  }
  await page.goto("/2024/03/council-approves-the-budget");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Council approves the budget");
  expect((await page.request.get("/2024/03/never-published", { maxRedirects: 0 })).status()).toBe(404);
});

test("a writer has no import link and is turned away from the screen", async ({ writerPage: page }) => {
  await page.goto("/admin");
  await expect(page.getByRole("navigation", { name: /newsroom/i }).getByRole("link", { name: "Import" })).toHaveCount(
    0,
  );
  await page.goto("/admin/import");
  await expect(page).toHaveURL(/\/admin\?denied=1$/);
  await expect(page.getByRole("heading", { name: "Import from another site" })).toHaveCount(0);

  const upload = await page.request.post("/admin/import/upload", {
    headers: { "X-Requested-With": "heraldo-import", "X-File-Name": "wordpress.xml" },
    data: await readFile(fixture),
  });
  expect(upload.status()).toBe(403);
});

// The command opens the suite's database beside the server: not on PGlite (scripts/test-all.ts).
test("an archive imported from the command line shows on the running site without a restart @second-process", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const headline = `Regata nocturna en la bahía ${Date.now()}`;
  const feed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Puerto</title><link>https://puerto.example.org/</link><language>es-ES</language>
<item><title>${headline}</title><link>https://puerto.example.org/noticias/regata-${Date.now()}</link>
<guid>regata-${Date.now()}</guid><pubDate>${new Date().toUTCString()}</pubDate>
<description>Cuarenta veleros cruzan la bahía de noche.</description>
<content:encoded><![CDATA[<p>Cuarenta veleros cruzaron la bahía de noche, con las luces del puerto apagadas.</p>]]></content:encoded>
</item></channel></rss>`;
  const file = path.join(e2eOutputDir, "command-line-import.xml");
  await mkdir(e2eOutputDir, { recursive: true });
  await writeFile(file, feed);

  // The front page as readers have it, cached, before the import.
  await page.goto("/es");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(headline)).toHaveCount(0);

  await promisify(execFile)(
    "npx",
    ["tsx", "--conditions=react-server", "scripts/import-site.ts", file, "--as", staffAccounts.admin.email],
    { env: { ...process.env, ...e2eServerEnv } },
  );

  // The server's next scheduler pass (every 2 s here) expires its reader caches.
  await expect(async () => {
    await page.goto("/es");
    await expect(page.getByRole("link", { name: headline }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
});
