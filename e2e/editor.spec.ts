/**
 * The newsroom's rich-text editor in a real browser: composing with the toolbar through to the
 * reader page, refused embeds, word-processor paste, autosave, the unsaved-changes warning, and
 * the XSS corpus saved through the app and rendered to readers without any script running.
 */
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { e2eSiteTimeZone } from "./support/env";
import {
  bodyHtml,
  clickAndConfirm,
  createDraft,
  expect,
  fillBodyHtml,
  staffContext,
  test,
  uniqueTitle,
} from "./support/fixtures";

const corpus = JSON.parse(readFileSync(new URL("../test/xss/payloads.json", import.meta.url), "utf8")) as {
  payloads: { name: string; html: string }[];
};

function editorBody(page: Page) {
  return page.getByRole("textbox", { name: "Body", exact: true });
}

async function unpublish(page: Page, adminUrl: string): Promise<void> {
  await page.goto(adminUrl);
  const button = page.getByRole("button", { name: "Unpublish", exact: true });
  if (await button.isVisible()) {
    await clickAndConfirm(page, "Unpublish");
    await expect(page.getByText("Article unpublished.")).toBeVisible();
  }
}

async function readerPage(browser: Browser) {
  const context = await browser.newContext({ locale: "es-ES" });
  return context.newPage();
}

test("a writer composes with the toolbar, an editor publishes, and the reader page shows every element", async ({
  writerPage: page,
  editorPage,
  browser,
}) => {
  test.setTimeout(60_000);
  const title = uniqueTitle("Editor completo");
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(title);
  // The slug follows the headline, accents folded.
  await expect(page.getByLabel("Slug (web address)")).toHaveValue(/^editor-completo-[a-z0-9]+$/);
  await page.getByLabel("Summary").fill("Resumen de la prueba del editor.");

  const body = editorBody(page);
  await body.click();
  await page.keyboard.type("Primer párrafo.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Heading", exact: true }).click();
  await expect(page.getByRole("button", { name: "Heading", exact: true })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("Lo esencial");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Texto con ");
  await page.getByRole("button", { name: "Bold" }).click();
  await page.keyboard.type("negrita");
  await page.keyboard.press("ControlOrMeta+b");
  await page.keyboard.type(".");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Bulleted list" }).click();
  await page.keyboard.type("uno");
  await page.keyboard.press("Enter");
  await page.keyboard.type("dos");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Web oficial");
  await page.keyboard.press("Shift+Home");
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("Web oficial");
  await page.getByRole("button", { name: "Link", exact: true }).click();
  const linkDialog = page.getByRole("dialog", { name: "Link" });
  await linkDialog.getByLabel("Link address").fill("javascript:alert(1)");
  await linkDialog.getByRole("button", { name: "Apply link" }).click();
  await expect(linkDialog.getByRole("alert")).toHaveText("Only https://, http:// and mailto: addresses are allowed.");
  await linkDialog.getByLabel("Link address").fill("https://example.org/oficial");
  await linkDialog.getByRole("button", { name: "Apply link" }).click();
  await expect(linkDialog).toBeHidden();
  // Focus comes back to the text on the next frame; keys sent before then would go nowhere.
  await expect(body).toBeFocused();
  await page.keyboard.press("End");
  // Typing right after a link continues the sentence, not the link.
  await page.keyboard.type(".");
  await page.keyboard.press("Enter");

  await page.getByRole("button", { name: "Image" }).click();
  const picker = page.getByRole("dialog", { name: "Insert an image from the library" });
  await picker.getByLabel("Search the media library").fill("Retrato");
  await picker.getByRole("button", { name: "Search", exact: true }).click();
  const firstImage = picker.getByRole("button", { name: /Retrato/ }).first();
  await firstImage.click();
  await expect(firstImage).toHaveAttribute("aria-pressed", "true");
  await picker.getByLabel("Caption").fill("Pie de foto de la prueba");
  await picker.getByRole("button", { name: "Insert image" }).click();
  await expect(picker).toBeHidden();

  await page.getByRole("button", { name: "Video" }).click();
  const videoDialog = page.getByRole("dialog", { name: "Embed a video" });
  await videoDialog.getByLabel("Video address").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await videoDialog.getByLabel("Video title (for screen readers)").fill("Vídeo de la prueba");
  await videoDialog.getByRole("button", { name: "Insert video" }).click();
  await expect(videoDialog).toBeHidden();

  await page.getByLabel("Search title").fill("Título para buscadores de la prueba");
  await page.getByRole("button", { name: "Save" }).click();
  // An autosave may have created the draft already; either way the form is saved.
  await expect(page.getByText(/^(Article created as a draft\.|Changes saved\.)$/)).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+/);
  const adminUrl = new URL(page.url()).pathname;

  await editorPage.goto(adminUrl);
  await editorPage.getByRole("button", { name: "Publish" }).click();
  await expect(editorPage.getByText("Article published.")).toBeVisible();
  const slug = await editorPage.getByLabel("Slug (web address)").inputValue();

  const reader = await readerPage(browser);
  try {
    await reader.goto(`/es/news/${slug}`);
    await expect(reader).toHaveTitle(/^Título para buscadores de la prueba/);
    await expect(reader.locator('meta[property="og:title"]')).toHaveAttribute(
      "content",
      "Título para buscadores de la prueba",
    );
    await expect(reader.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      "Resumen de la prueba del editor.",
    );
    const article = reader.locator(".article-body");
    await expect(article.getByRole("heading", { level: 2, name: "Lo esencial" })).toBeVisible();
    await expect(article.locator("strong")).toHaveText("negrita");
    await expect(article.getByRole("listitem")).toHaveText(["uno", "dos"]);
    await expect(article.getByRole("link", { name: "Web oficial", exact: true })).toHaveAttribute(
      "href",
      "https://example.org/oficial",
    );
    const figure = article.locator("figure").filter({ has: reader.locator("img") });
    await expect(figure.locator("figcaption")).toHaveText("Pie de foto de la prueba");
    await expect(figure.locator("img")).toHaveAttribute("src", /^\/media\//);
    await expect(figure.locator("img")).toHaveAttribute("loading", "lazy");
    expect(await figure.locator("img").evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const player = article.locator("iframe");
    await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
    await expect(player).toHaveAttribute("title", "Vídeo de la prueba");
    await expect(player).toHaveAttribute("loading", "lazy");
    const box = await player.boundingBox();
    expect(box && Math.round((box.width / box.height) * 9)).toBe(16);
  } finally {
    await reader.context().close();
    await unpublish(editorPage, adminUrl);
  }
});

test("a video from a host outside the allow-list is refused with a message", async ({ writerPage: page }) => {
  await page.goto("/admin/articles/new");
  await editorBody(page).click();
  await page.getByRole("button", { name: "Video" }).click();
  const dialog = page.getByRole("dialog", { name: "Embed a video" });
  await dialog.getByLabel("Video address").fill("https://www.dailymotion.com/video/x7tgad0");
  await dialog.getByRole("button", { name: "Insert video" }).click();
  await expect(dialog.getByRole("alert")).toHaveText(
    "Only YouTube and Vimeo videos can be embedded. This address was not added.",
  );
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(editorBody(page).locator("iframe")).toHaveCount(0);
});

const wordSample = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head><body lang=ES><!--StartFragment-->
<h1 class=MsoTitle><span lang=ES style='font-family:"Cambria",serif'>Nota de prensa</span></h1>
<p class=MsoNormal style='margin-bottom:8.0pt'><span lang=ES style='font-size:12.0pt;font-family:"Arial",sans-serif;color:#1F3864;mso-themecolor:accent1'>El ayuntamiento presenta el <b>nuevo plan</b> de <i>movilidad</i>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=ES>Más autobuses<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span lang=ES>Carriles bici<o:p></o:p></span></p>
<p class=MsoNormal><font face="Times New Roman" size="3"><span class="SpellE">Fin</span></font></p>
<!--EndFragment--></body></html>`;

test("text pasted from a word processor comes in clean", async ({ writerPage: page }) => {
  await page.goto("/admin/articles/new");
  const body = editorBody(page);
  await body.click();
  await body.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData("text/html", html);
    data.setData("text/plain", "Nota de prensa");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, wordSample);
  await expect(body.getByRole("heading", { level: 2, name: "Nota de prensa" })).toBeVisible();

  const html = await (await bodyHtml(page)).inputValue();
  expect(html).toContain("<h2>Nota de prensa</h2>");
  expect(html).toContain("<strong>nuevo plan</strong>");
  expect(html).toContain("<em>movilidad</em>");
  expect(html).toMatch(/<ul><li><p>Más autobuses<\/p><\/li><li><p>Carriles bici<\/p><\/li><\/ul>/);
  expect(html).toContain("<p>Fin</p>");
  expect(html).not.toMatch(/mso|class=|style=|lang=|<span|<font|<o:p|<!--|·|<p><\/p>|&nbsp;/i);
});

test("a new draft saves itself without Save, once, and its text is there after a reload", async ({
  writerPage: page,
}) => {
  const title = uniqueTitle("Autoguardado");
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Summary").fill("Resumen que se guarda solo.");
  await editorBody(page).click();
  await page.keyboard.type("Texto que nadie guardó a mano.");

  const status = page.getByRole("status").filter({ hasText: /^Saved at \d{1,2}:\d{2}/ });
  await expect(status).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);

  // Further changes update the same article.
  await page.keyboard.type(" Y una frase más.");
  await expect(page.getByRole("status").filter({ hasText: "Changes not saved yet." })).toBeVisible();
  await expect(status).toBeVisible({ timeout: 15_000 });

  await page.reload();
  await expect(editorBody(page)).toHaveText("Texto que nadie guardó a mano. Y una frase más.");
  await expect(page.getByLabel("Headline")).toHaveValue(title);
  await page.goto("/admin/articles");
  await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(1);
});

test("leaving with unsaved changes asks first", async ({ writerPage: page }) => {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(uniqueTitle("Sin guardar"));
  const messages: string[] = [];
  page.once("dialog", async (dialog) => {
    messages.push(dialog.message());
    await dialog.dismiss();
  });
  await page.getByRole("navigation").getByRole("link", { name: "Articles", exact: true }).click();
  await expect.poll(() => messages).toEqual(["You have unsaved changes. Leave this page and lose them?"]);
  await expect(page).toHaveURL(/\/admin\/articles\/new$/);
  await expect(page.getByLabel("Headline")).toHaveValue(/^Sin guardar/);
});

test("the XSS corpus saved through the newsroom runs no script on the reader page, which still shows the article", async ({
  browser,
  editorPage,
}) => {
  // Written without JavaScript, through the form's plain HTML field and the real server action.
  const context = await staffContext(browser, "editor", { javaScriptEnabled: false });
  const writer = await context.newPage();
  const title = uniqueTitle("XSS corpus");
  // Each payload is closed off, so one left open (an unclosed <script>) cannot swallow the rest.
  const closers =
    "</script></style></textarea></title></noscript></noembed></noframes></xmp></template></iframe></svg></math>";
  const body = corpus.payloads.map((p, i) => `<p>Control ${i}</p>${p.html}${closers}`).join("\n");
  let adminUrl: string | null = null;
  try {
    await writer.goto("/admin/articles/new");
    await writer.getByLabel("Headline").fill(title);
    await writer.getByLabel("Summary").fill("Every known payload, none of which may run.");
    await writer.getByLabel("Body (HTML)").fill(body);
    await writer.getByRole("button", { name: "Save" }).click();
    await expect(writer.getByText("Article created as a draft.")).toBeVisible();
    adminUrl = new URL(writer.url()).pathname;
    await writer.getByRole("button", { name: "Publish" }).click();
    await expect(writer.getByText("Article published.")).toBeVisible();
    const slug = await writer.getByLabel("Slug (web address)").inputValue();

    const reader = await readerPage(browser);
    const dialogs: string[] = [];
    reader.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await reader.goto(`/es/news/${slug}`, { waitUntil: "load" });
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(reader.getByText("Control 0", { exact: true })).toBeVisible();
    const text = await reader.locator(".article-body").innerText();
    const missing = corpus.payloads.map((_, i) => `Control ${i}`).filter((m) => !new RegExp(`\\b${m}\\b`).test(text));
    expect(missing).toEqual([]);
    // Hover and focus what is there, for handlers that wait for the reader.
    await reader.locator(".article-body").hover();
    for (let i = 0; i < 5; i += 1) await reader.keyboard.press("Tab");

    const found = await reader.evaluate(() => {
      const flagged = (window as unknown as { __xss?: unknown }).__xss !== undefined;
      const problems: string[] = [];
      for (const element of document.querySelectorAll(".article-body *")) {
        for (const attribute of element.attributes) {
          if (/^on/i.test(attribute.name) || attribute.name === "srcdoc" || attribute.name === "style")
            problems.push(`${element.tagName} ${attribute.name}`);
        }
        if (
          element instanceof HTMLAnchorElement &&
          element.hasAttribute("href") &&
          !/^(https?|mailto):$/.test(element.protocol)
        )
          problems.push(`link ${element.protocol}`);
        if (
          ["SCRIPT", "OBJECT", "EMBED", "BASE", "META", "FORM", "STYLE", "SVG", "MATH", "TEMPLATE"].includes(
            element.tagName.toUpperCase(),
          )
        )
          problems.push(element.tagName);
      }
      return { flagged, problems };
    });
    expect(found).toEqual({ flagged: false, problems: [] });
    expect(dialogs).toEqual([]);
    await reader.context().close();
  } finally {
    if (adminUrl) await unpublish(editorPage, adminUrl);
    await context.close();
  }
});

test("the editor, its toolbar and the image dialog pass axe @markup", async ({ writerPage: page }) => {
  await page.goto("/admin/articles/new");
  await expect(page.getByRole("toolbar", { name: "Text formatting" })).toBeVisible();
  const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
  const form = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  expect(form.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.getByRole("button", { name: "Image" }).click();
  await expect(page.getByRole("dialog").getByRole("list").getByRole("button").first()).toBeVisible();
  const dialog = await new AxeBuilder({ page }).include("dialog").withTags(wcagTags).analyze();
  expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("autosave says when it saved in the site's time zone, not the browser's", async ({ browser }) => {
  // A browser eight hours away from the site: the time it shows must still be the site's.
  const context = await staffContext(browser, "writer", { timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  try {
    const before = Date.now();
    await createDraft(page, { title: uniqueTitle("Heraldo e2e hora del guardado") });
    await page.getByLabel("Summary").fill("Un resumen cambiado que se guarda solo.");
    const notice = page.getByText(/^Saved at /);
    await expect(notice).toBeVisible({ timeout: 15_000 });
    // Every minute the save may have happened in, as the site's clock shows it.
    const siteMinutes = new Set<string>();
    const siteTime = new Intl.DateTimeFormat("en", { timeZone: e2eSiteTimeZone, hour: "2-digit", minute: "2-digit" });
    for (let at = before; at <= Date.now() + 60_000; at += 30_000) siteMinutes.add(siteTime.format(at));
    expect([...siteMinutes]).toContain((await notice.textContent())?.replace(/^Saved at /, ""));
  } finally {
    await context.close();
  }
});

test("a lead image chosen stays chosen after Save, after a refused save and after a reload", async ({
  writerPage: page,
}) => {
  await createDraft(page, { title: uniqueTitle("Heraldo e2e imagen principal") });
  const lead = page.getByRole("group", { name: "Lead image" });
  // What the form posts: the chosen image's media id.
  const leadId = page.locator('input[name="leadMediaId"]');
  const dialog = page.getByRole("dialog", { name: "Choose the lead image" });
  /** Opens the picker, chooses the nth image of the library's first page; gives its file name. */
  const choose = async (index: number) => {
    await lead.getByRole("button", { name: /^(Choose from the library|Change)$/ }).click();
    const choice = dialog.getByRole("list", { name: "Media library images" }).getByRole("button").nth(index);
    const name = (await choice.locator("span").first().textContent()) ?? "";
    await choice.click();
    await expect(dialog).toBeHidden();
    return { name, id: await leadId.inputValue() };
  };
  // Each save moves the stored version on: waiting for it means the answer has arrived.
  // The article form's own version field (the delete panel carries one too).
  const version = page
    .locator("form")
    .filter({ has: page.getByLabel("Headline") })
    .locator('input[name="version"]');
  const saveAndWait = async () => {
    const before = Number(await version.inputValue());
    await page.getByRole("button", { name: "Save" }).click();
    await expect(version).toHaveValue(String(before + 1));
  };

  const first = await choose(0);
  await saveAndWait();
  await expect(lead).toContainText(first.name);
  await expect(leadId).toHaveValue(first.id);

  const second = await choose(1);
  expect(second.id).not.toBe(first.id);
  await saveAndWait();
  await expect(lead).toContainText(second.name);
  await expect(leadId).toHaveValue(second.id);

  // A refused save (a source address without its name) keeps every field as it was typed.
  await page.getByLabel("Source (web address)").fill("https://example.org/nota");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Source (name)")).toHaveAttribute("aria-invalid", "true");
  await expect(lead).toContainText(second.name);
  await expect(leadId).toHaveValue(second.id);

  await page.getByLabel("Source (web address)").fill("");
  await saveAndWait();
  await page.reload();
  await expect(lead).toContainText(second.name);
  await expect(leadId).toHaveValue(second.id);
});

test("Save pressed while autosave is creating the article creates it once, in the chosen language", async ({
  writerPage: page,
}) => {
  const title = uniqueTitle("Heraldo e2e created once");
  // The first server action is the autosave that creates the draft: the server creates it at
  // once, but its answer reaches the browser two seconds late, as on a slow connection, so Save
  // is pressed while the page does not know the new id yet.
  let held = false;
  await page.route("**/admin/articles/new", async (route) => {
    if (held || route.request().method() !== "POST" || !route.request().headers()["next-action"])
      return route.continue();
    held = true;
    const response = await route.fetch();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await route.fulfill({ response });
  });
  await page.goto("/admin/articles/new");
  await page.getByLabel("Headline").fill(title);
  await page.getByLabel("Language").selectOption({ label: "English" });
  await page.getByLabel("Summary").fill("A summary typed before the autosave.");
  await fillBodyHtml(page, "<p>A body typed before the autosave.</p>");
  await expect(page.getByText("Saving…")).toBeVisible({ timeout: 10_000 });
  await page.getByRole("button", { name: "Save" }).click();

  // The Save waited for the creation and saved onto the new draft, in the language chosen.
  await expect(page.getByText("Changes saved.")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Another article in this language already uses this slug.")).toHaveCount(0);
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByLabel("Language")).toHaveValue("en");
  // Created by the autosave (version 1), then saved once more by the Save (version 2).
  const form = page.locator("form").filter({ has: page.getByLabel("Headline") });
  await expect(form.locator('input[name="version"]')).toHaveValue("2");

  await page.goto("/admin/articles");
  await expect(page.getByRole("link", { name: title })).toHaveCount(1);
});
