/**
 * Review with a reason: an editor sends a story back with a note that the writer sees on the
 * dashboard and the article until resubmitting; the article's history tells who did what when.
 * Also: confirmations before unpublishing or restoring over a published text, topic and article
 * addresses made from names and put in slug form, and the audit log's date-filter messages.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { clickAndConfirm, createDraft, expect, fillBodyHtml, test, uniqueTitle } from "./support/fixtures";

const wcag = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  return results.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A writer's draft, submitted for review; returns its admin address. */
async function submittedDraft(writerPage: Page, title: string): Promise<string> {
  const adminUrl = await createDraft(writerPage, { title });
  await writerPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(writerPage.getByText("Article submitted for review.")).toBeVisible();
  return adminUrl;
}

const noteLabel = "What needs to change (a note for the writer)";

test("an editor sends a story back from the queue with a note, and the writer sees it on the dashboard and the article", async ({
  writerPage,
  editorPage,
}) => {
  const title = uniqueTitle("Heraldo e2e devuelto");
  await submittedDraft(writerPage, title);

  // A send-back without a note is refused and says why.
  await editorPage.goto("/admin/review");
  const entry = editorPage.getByRole("listitem").filter({ has: editorPage.getByRole("link", { name: title }) });
  await entry.getByText("Send back with a note").click();
  await entry.getByLabel(noteLabel).fill("   ");
  await entry.getByRole("button", { name: `Send “${title}” back to draft with this note` }).click();
  await expect(entry.getByText("Write what needs to change before sending the article back.")).toBeVisible();
  await expect(entry.getByLabel(noteLabel)).toHaveAttribute("aria-invalid", "true");
  expect(await axeViolations(editorPage)).toEqual([]);

  await entry.getByLabel(noteLabel).fill("Falta la fuente del dato de paro.\nCite el informe del INE.");
  await entry.getByRole("button", { name: `Send “${title}” back to draft with this note` }).click();
  await expect(editorPage.getByText("Article sent back to draft with your note.")).toBeVisible();
  await expect(editorPage.getByRole("link", { name: title })).toHaveCount(0);

  // The writer's dashboard names the article and quotes the note.
  await writerPage.goto("/admin");
  const returned = writerPage.getByRole("region", { name: /sent back to you/ });
  await expect(returned).toContainText(title);
  await expect(returned).toContainText("Falta la fuente del dato de paro.");
  await expect(returned).toContainText("Sent back by Eddie Editor");
  expect(await axeViolations(writerPage)).toEqual([]);

  // So does the article, with the time in the site's zone.
  await returned.getByRole("link", { name: title }).click();
  const notice = writerPage.getByRole("region", { name: "Eddie Editor sent this article back to you" });
  await expect(notice).toContainText("Cite el informe del INE.");
  await expect(notice).toContainText("Europe/Madrid");
});

test("the note stays until the writer resubmits, and the article's history tells who did what when", async ({
  writerPage,
  editorPage,
}) => {
  const title = uniqueTitle("Heraldo e2e historial");
  const adminUrl = await submittedDraft(writerPage, title);

  // Sent back from the article page itself.
  await editorPage.goto(adminUrl);
  await editorPage.getByText("Send back with a note").click();
  await editorPage.getByLabel(noteLabel).fill("Acorte el titular.");
  await editorPage.getByRole("button", { name: `Send “${title}” back to draft with this note` }).click();
  await expect(editorPage.getByText("Article sent back to draft with your note.")).toBeVisible();

  await writerPage.goto(adminUrl);
  await expect(writerPage.getByRole("region", { name: /sent this article back/ })).toContainText("Acorte el titular.");
  await writerPage.getByRole("button", { name: "Submit for review" }).click();
  await expect(writerPage.getByText("Article submitted for review.")).toBeVisible();
  await expect(writerPage.getByRole("region", { name: /sent this article back/ })).toHaveCount(0);

  await editorPage.goto(adminUrl);
  await editorPage.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editorPage.getByText("Article published.")).toBeVisible();
  const history = editorPage.getByRole("region", { name: "History" });
  await expect(history).toContainText("Europe/Madrid");
  const items = history.getByRole("listitem");
  await expect(items.nth(0)).toContainText("Published · Eddie Editor");
  await expect(items.nth(1)).toContainText("Submitted for review · Wanda Writer");
  await expect(items.nth(2)).toContainText("Sent back to draft · Eddie Editor");
  await expect(items.nth(2)).toContainText("Acorte el titular.");
  await expect(items.nth(3)).toContainText("Submitted for review · Wanda Writer");
  await expect(items.last()).toContainText("Created · Wanda Writer");
  expect(await axeViolations(editorPage)).toEqual([]);

  await clickAndConfirm(editorPage, "Unpublish");
  await expect(editorPage.getByText("Article unpublished.")).toBeVisible();

  // The writer's dashboard no longer lists it.
  await writerPage.goto("/admin");
  await expect(writerPage.getByText(title)).toHaveCount(0);
});

test("unpublishing and restoring over a published text ask first; cancel keeps the article live", async ({
  editorPage: page,
  browser,
}) => {
  const title = uniqueTitle("Heraldo e2e confirmar");
  const adminUrl = await createDraft(page, { title, body: "<p>Primera versión.</p>" });
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Article published.")).toBeVisible();

  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Unpublish this article?" });
  await expect(dialog).toContainText("leaves the public site as soon as you confirm");
  await expect(dialog).toContainText(title);
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await page.reload();
  await expect(page.getByText("Status: Published")).toBeVisible();

  // Restoring an earlier revision of a live article says the public site changes at once.
  await page.getByRole("link", { name: "Revisions" }).click();
  await page.getByRole("button", { name: "Restore revision 1" }).click();
  const restore = page.getByRole("dialog", { name: "Restore revision 1?" });
  await expect(restore).toContainText("replaces the current one on the public site as soon as you confirm");
  await restore.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("restored as a new version")).toHaveCount(0);

  await page.goto(adminUrl);
  await clickAndConfirm(page, "Unpublish");
  await expect(page.getByText("Article unpublished.")).toBeVisible();
  await expect(page.getByText("Status: Unpublished")).toBeVisible();
  const reader = await browser.newContext();
  const slug = await page.getByLabel("Slug (web address)").inputValue();
  expect((await reader.request.get(`/es/news/${slug}`)).status()).toBeGreaterThanOrEqual(400);
  await reader.close();
});

test("a topic's address comes from its name, and typed addresses are put in slug form", async ({
  editorPage: page,
}) => {
  const tag = uniqueTitle("x").split(" ")[1] ?? "";
  await page.goto("/admin/topics/new");
  await page.getByLabel("Name (Español)").fill(`Medio Ambiente y Energía ${tag}`);
  await expect(page.getByLabel("Address (Español)")).toHaveValue(`medio-ambiente-y-energia-${tag}`);
  await page.getByLabel("Name (English)").fill(`Water ${tag}`);
  await page.getByLabel("Address (English)").fill(`Nueva Ley  de Aguas ${tag}`);
  await page.getByLabel("Front-page position").focus();
  await expect(page.getByLabel("Address (English)")).toHaveValue(`nueva-ley-de-aguas-${tag}`);
  await page.getByRole("button", { name: "Create topic" }).click();
  await expect(page.getByText("Topic created.")).toBeVisible();

  // The server puts a typed address right too, and the form shows what was stored.
  await page.getByRole("link", { name: `Water ${tag}`, exact: true }).click();
  await expect(page.getByLabel("Address (Español)")).toHaveValue(`medio-ambiente-y-energia-${tag}`);
  await page.getByLabel("Address (Español)").fill(`Energía  Limpia ${tag}`);
  await page.getByLabel("Address (Español)").press("Enter");
  await expect(page.getByText("Changes saved.")).toBeVisible();
  await expect(page.getByLabel("Address (Español)")).toHaveValue(`energia-limpia-${tag}`);
  expect((await page.request.get(`/es/topics/energia-limpia-${tag}`)).status()).toBe(200);

  // The old address answers a permanent redirect with one Location header, also on its very
  // first render and for staff (whose session cookie goes past the reader cache to Next).
  const moved = await page.request.get(`/es/topics/medio-ambiente-y-energia-${tag}`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headersArray().filter((h) => h.name.toLowerCase() === "location")).toEqual([
    { name: "location", value: `/es/topics/energia-limpia-${tag}` },
  ]);
});

test("an article's typed slug is put in slug form and shown back", async ({ editorPage: page }) => {
  const tag = uniqueTitle("x").split(" ")[1] ?? "";
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(`Ley de aguas ${tag}`);
  await page.getByLabel("Summary").fill("Resumen.");
  await fillBodyHtml(page, "<p>Texto.</p>");
  await page.getByLabel("Slug (web address)").fill(`Nueva Ley  de Aguas ${tag}`);
  await page.getByLabel("Slug (web address)").press("Enter");
  await expect(page.getByText("Article created as a draft.")).toBeVisible();
  await expect(page.getByLabel("Slug (web address)")).toHaveValue(`nueva-ley-de-aguas-${tag}`);
});

test("the audit log says when a date filter is not a day or runs backwards, and keeps what was typed", async ({
  adminPage: page,
}) => {
  await page.goto("/admin/audit?from=2026-02-30&to=2026-03-01");
  const alert = page.getByRole("alert").filter({ hasText: "The date filter was not fully applied" });
  await expect(alert).toContainText("“From day” (2026-02-30) is not a valid date");
  await expect(page.getByLabel("From day")).toHaveValue("2026-02-30");
  await expect(page.getByLabel("From day")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("To day")).toHaveValue("2026-03-01");
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/admin/audit?from=2026-03-10&to=2026-03-01");
  await expect(page.getByRole("alert").filter({ hasText: "is after “To day” (2026-03-01)" })).toContainText(
    "entries from all dates are shown",
  );
  await expect(page.getByLabel("From day")).toHaveValue("2026-03-10");
  await expect(page.getByLabel("To day")).toHaveValue("2026-03-01");
  await expect(page.getByLabel("To day")).toHaveAttribute("aria-invalid", "true");
  // Not silently empty: the entries of every date are listed.
  await expect(page.getByText("No entries match.")).toHaveCount(0);
});
