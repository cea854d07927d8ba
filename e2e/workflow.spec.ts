/**
 * The publication workflow as staff and readers live it: scheduled publication and
 * unpublication carried out by the server itself, the review queue, previews and share links.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { toLocalInputValue } from "@/lib/workflow/site-time";
import { siteTimeZone } from "@/server/site-time";
import { clickAndConfirm, expect, test, createDraft, uniqueTitle } from "./support/fixtures";

// The server runs with the same environment, so it reads times in this zone too.
const zone = siteTimeZone();

/** A moment `seconds` from now as the schedule field takes it (site time zone, with seconds). */
function inSeconds(seconds: number): string {
  return toLocalInputValue(new Date(Date.now() + seconds * 1000), zone, true);
}

/** Makes sure the article is neither published nor scheduled, whatever state a test left it in. */
async function takeDown(page: Page, adminUrl: string): Promise<void> {
  await expect(async () => {
    await page.goto(adminUrl);
    const cancel = page.getByRole("button", { name: "Cancel scheduled publication" });
    const unpublish = page.getByRole("button", { name: "Unpublish", exact: true });
    if (await cancel.isVisible()) await cancel.click();
    else if (await unpublish.isVisible()) await clickAndConfirm(page, "Unpublish");
    await page.goto(adminUrl);
    await expect(page.getByText(/Status: (Draft|Unpublished|In review)/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

async function readerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "es-ES" });
  return context.newPage();
}

test("an editor schedules an article a few seconds ahead and it goes live on its own", async ({
  editorPage: page,
  browser,
}) => {
  // Waits for the server's own scheduler (every 2 s here) after the time comes.
  test.slow();
  const title = uniqueTitle("Heraldo e2e programada");
  const adminUrl = await createDraft(page, { title });
  const reader = await readerPage(browser);
  try {
    const field = page.getByLabel("Publish on (date and time)");
    await expect(page.getByText(`Times are in the site's time zone: ${zone}.`)).toBeVisible();

    // A time already past is refused with the reason, and what was typed stays.
    const past = inSeconds(-3600);
    await field.fill(past);
    await page.getByRole("button", { name: "Schedule publication" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "That time has already passed." })).toBeVisible();
    // The browser shows whole minutes without ":00" seconds.
    await expect(field).toHaveValue(past.replace(/:00$/, ""));
    await expect(page.getByText("Status: Draft")).toBeVisible();

    await field.fill(inSeconds(8));
    await page.getByRole("button", { name: "Schedule publication" }).click();
    await expect(page.getByText("Publication scheduled.")).toBeVisible();
    await expect(page.getByText("Status: Scheduled")).toBeVisible();
    await expect(page.getByText(/Goes live automatically on/)).toContainText(zone);

    // Nobody touches anything: the server's scheduler publishes it and the front page shows it.
    await expect(async () => {
      await reader.goto("/es");
      await expect(reader.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await page.reload();
    await expect(page.getByText("Status: Published")).toBeVisible();
  } finally {
    await reader.context().close();
    await takeDown(page, adminUrl);
  }
});

test("a published article comes down at its scheduled unpublish time", async ({ editorPage: page, browser }) => {
  test.slow();
  const title = uniqueTitle("Heraldo e2e despublicada");
  const adminUrl = await createDraft(page, { title });
  const reader = await readerPage(browser);
  try {
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Article published.")).toBeVisible();
    await reader.goto("/es");
    const live = reader.getByRole("link", { name: title }).first();
    await expect(live).toBeVisible();
    const articlePath = await live.getAttribute("href");

    await page.getByLabel("Unpublish on (date and time)").fill(inSeconds(8));
    await page.getByRole("button", { name: "Schedule unpublication" }).click();
    await expect(page.getByText("Unpublication scheduled.")).toBeVisible();
    await expect(page.getByText(/Comes down automatically on/)).toBeVisible();

    await expect(async () => {
      const response = await reader.goto(articlePath ?? "/es");
      expect(response?.status()).toBe(404);
    }).toPass({ timeout: 30_000 });
    await reader.goto("/es");
    await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  } finally {
    await reader.context().close();
    await takeDown(page, adminUrl);
  }
});

test("a writer sees the schedule but cannot schedule", async ({ writerPage: page }) => {
  await createDraft(page, { title: uniqueTitle("Heraldo e2e redactora") });
  await expect(page.getByRole("heading", { name: "Schedule", exact: true })).toBeVisible();
  await expect(page.getByText("Only editors can schedule publication.")).toBeVisible();
  await expect(page.getByLabel("Publish on (date and time)")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Schedule publication" })).toHaveCount(0);
});

test("a writer submits, the editor finds it in the review queue and publishes it", async ({
  writerPage,
  editorPage,
  browser,
}) => {
  const title = uniqueTitle("Heraldo e2e revisión");
  const adminUrl = await createDraft(writerPage, { title });
  try {
    await writerPage.getByRole("button", { name: "Submit for review" }).click();
    await expect(writerPage.getByText("Article submitted for review.")).toBeVisible();
    await expect(writerPage.getByText(/Submitted for review on/)).toBeVisible();

    await editorPage.goto("/admin/review");
    await expect(editorPage.getByRole("heading", { name: "Review queue", level: 1 })).toBeVisible();
    const entry = editorPage.getByRole("listitem").filter({ has: editorPage.getByRole("link", { name: title }) });
    await expect(entry).toContainText("Wanda Writer");
    await expect(entry).toContainText("Español");
    await entry.getByRole("button", { name: `Publish “${title}”` }).click();
    await expect(editorPage.getByText("Article published.")).toBeVisible();
    await expect(editorPage.getByRole("link", { name: title })).toHaveCount(0);

    const reader = await readerPage(browser);
    await reader.goto("/es");
    await expect(reader.getByRole("link", { name: title }).first()).toBeVisible();
    await reader.context().close();
  } finally {
    await takeDown(editorPage, adminUrl);
  }
});

test("staff preview a draft exactly as readers will see it", async ({ writerPage: page }) => {
  const title = uniqueTitle("Heraldo e2e vista previa");
  await createDraft(page, { title, body: "<h2>Lo esencial</h2><p>Texto de la vista previa.</p>" });
  await page.getByRole("link", { name: "Open preview" }).click();
  await expect(page.getByRole("region", { name: "Aviso de vista previa" })).toContainText(
    "Vista previa — no publicado",
  );
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lo esencial" })).toBeVisible();
  // A draft was never published: the story line says so instead of a made-up publication time.
  const article = page.getByRole("article");
  await expect(article).toContainText("Sin publicar todavía");
  await expect(article).not.toContainText("Publicado el");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.getByRole("link", { name: "Volver al editor" }).click();
  await expect(page.getByText("Status: Draft")).toBeVisible();
});

test("a share link shows the draft to someone signed out, unindexed, until it is revoked", async ({
  editorPage: page,
  browser,
}) => {
  const title = uniqueTitle("Heraldo e2e enlace");
  await createDraft(page, { title });
  await page.getByLabel("The link expires in").selectOption({ label: "1 hour" });
  await page.getByRole("button", { name: "Create link" }).click();
  const linkField = page.getByLabel("Preview link (shown only now)");
  await expect(linkField).toHaveValue(/\/preview\//);
  const url = await linkField.inputValue();
  await expect(page.getByText(/Expires on .* created by Eddie Editor/)).toBeVisible();

  const guestContext = await browser.newContext({ locale: "en-GB" });
  const guest = await guestContext.newPage();
  try {
    const response = await guest.goto(url);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(response?.headers()["cache-control"]).toBe("private, no-store");
    await expect(guest.getByRole("heading", { name: title, level: 1 })).toBeVisible();
    await expect(guest.getByText("Vista previa — no publicado")).toBeVisible();
    await expect(guest.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

    // A token changed by one character is refused, without an error.
    const tampered = url.replace(/.$/, (c) => (c === "A" ? "B" : "A"));
    const refused = await guest.goto(tampered);
    expect(refused?.status()).toBe(404);
    await expect(guest.getByRole("heading", { name: "This preview link is no longer valid" })).toBeVisible();

    await page.getByRole("button", { name: /^Revoke the link that expires on/ }).click();
    await expect(page.getByText("Preview link revoked.")).toBeVisible();
    await expect(page.getByText("No live links.")).toBeVisible();
    const revoked = await guest.goto(url);
    expect(revoked?.status()).toBe(404);
    await expect(guest.getByRole("heading", { name: "This preview link is no longer valid" })).toBeVisible();
    await expect(guest.getByText(title)).toHaveCount(0);
  } finally {
    await guestContext.close();
  }
});

test("robots.txt keeps crawlers away from preview links", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /preview/");
});

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page: Page, build: (axe: AxeBuilder) => AxeBuilder = (axe) => axe): Promise<string[]> {
  const results = await build(new AxeBuilder({ page }).withTags(wcag)).analyze();
  return results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes[0]?.html ?? ""}`);
}

test("@markup the schedule and preview panels and the review queue have no axe violations", async ({
  editorPage: page,
}) => {
  await page.goto("/admin/articles/1");
  await page.getByRole("button", { name: "Create link" }).click();
  await expect(page.getByLabel("Preview link (shown only now)")).toBeVisible();
  const found = await axeViolations(page, (axe) =>
    axe.include('section[aria-labelledby="schedule-heading"]').include('section[aria-labelledby="preview-heading"]'),
  );
  await page.goto("/admin/review");
  found.push(...(await axeViolations(page)));
  expect(found).toEqual([]);
});

test("@markup a staff preview has no axe violations", async ({ editorPage: page }) => {
  await page.goto("/admin/articles/1/preview");
  await expect(page.getByRole("region", { name: "Aviso de vista previa" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
