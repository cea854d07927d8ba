/**
 * The media library as staff use it: uploads by picker and by drag-and-drop with per-file
 * progress and results, refusals of bad files, alt texts and search, the alt-text rule on
 * publication, delete refused while in use, and replacing a file under a published article.
 */
import AxeBuilder from "@axe-core/playwright";
import sharp from "sharp";
import type { Page } from "@playwright/test";
import { createDraft, expect, test, uniqueTitle, clickAndConfirm } from "./support/fixtures";

type TestFile = { name: string; mimeType: string; buffer: Buffer };

const unique = () => Date.now().toString(36) + Math.random().toString(36).slice(2, 6);

async function image(name: string, format: "png" | "jpeg" | "webp", colour: string, width = 320, height = 200) {
  const buffer = await sharp({ create: { width, height, channels: 3, background: colour } })
    .toFormat(format)
    .toBuffer();
  return { name, mimeType: `image/${format}`, buffer } satisfies TestFile;
}

const elfRenamed = (name: string): TestFile => ({
  name,
  mimeType: "image/jpeg",
  buffer: Buffer.concat([Buffer.from("\x7fELF\x02\x01\x01\0", "latin1"), Buffer.alloc(4096, 0x90)]),
});

const svgWithScript = (name: string): TestFile => ({
  name,
  mimeType: "image/svg+xml",
  buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
});

/** The row of one file in the upload status list. */
const uploadRow = (page: Page, name: string) =>
  page.getByRole("list", { name: "Upload status" }).getByRole("listitem").filter({ hasText: name });

async function expectUploaded(page: Page, name: string) {
  await expect(uploadRow(page, name)).toContainText("Uploaded. Add its alt text.");
  await expect(page.getByRole("progressbar", { name: `Uploading ${name}` })).toHaveAttribute("value", "100");
}

/** Uploads files with the picker on the library page; returns the new image's edit page for the first. */
async function uploadWithPicker(page: Page, files: TestFile[]): Promise<void> {
  await page.goto("/admin/media");
  await page.getByLabel("choose files").setInputFiles(files);
}

/** Drops files on the library page's drop zone, as a browser does for a drag from the desktop. */
async function dropFiles(page: Page, files: TestFile[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.mimeType, base64: f.buffer.toString("base64") }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const transfer = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], item.name, { type: item.type }));
    }
    return transfer;
  }, payload);
  await page.getByTestId("upload-drop-zone").dispatchEvent("drop", { dataTransfer });
}

test("several files chosen with the picker upload with their own progress; a disguised executable is refused", async ({
  writerPage: page,
}) => {
  const u = unique();
  const files = [
    await image(`plaza-${u}.png`, "png", "#2a6f97"),
    await image(`puerto-${u}.jpg`, "jpeg", "#8a5a44"),
    elfRenamed(`programa-${u}.jpg`),
    { name: `enorme-${u}.jpg`, mimeType: "image/jpeg", buffer: Buffer.alloc(2.5 * 1024 * 1024, 0xff) },
  ];
  await uploadWithPicker(page, files);

  await expectUploaded(page, `plaza-${u}.png`);
  await expectUploaded(page, `puerto-${u}.jpg`);
  await expect(uploadRow(page, `programa-${u}.jpg`)).toContainText(
    "The content is not a JPEG, PNG, WebP, AVIF or GIF image, whatever the file name says.",
  );
  await expect(uploadRow(page, `enorme-${u}.jpg`)).toContainText("The file is over the 2 MB limit.");
  await expect(page.getByRole("status").filter({ hasText: "2 images uploaded, 2 refused." })).toBeVisible();

  await page.getByRole("searchbox", { name: "Search images" }).fill(u);
  await page.getByRole("button", { name: "Search" }).click();
  const grid = page.getByRole("list", { name: "Images" });
  await expect(grid.getByRole("listitem")).toHaveCount(2);
  await expect(grid.getByRole("link", { name: `Edit plaza-${u}.png` })).toBeVisible();
  await expect(grid.getByRole("link", { name: `Edit puerto-${u}.jpg` })).toBeVisible();
});

test("files dropped on the library upload together; SVG and empty files are refused with their reasons", async ({
  writerPage: page,
}) => {
  const u = unique();
  await page.goto("/admin/media");
  await dropFiles(page, [
    await image(`rio-${u}.webp`, "webp", "#3c8d5a"),
    svgWithScript(`logo-${u}.svg`),
    { name: `vacio-${u}.png`, mimeType: "image/png", buffer: Buffer.alloc(0) },
    await image(`monte-${u}.png`, "png", "#777777"),
  ]);
  await expectUploaded(page, `rio-${u}.webp`);
  await expectUploaded(page, `monte-${u}.png`);
  await expect(uploadRow(page, `logo-${u}.svg`)).toContainText("SVG images are not accepted");
  await expect(uploadRow(page, `vacio-${u}.png`)).toContainText("The file is empty.");
  await expect(page.getByRole("status").filter({ hasText: "2 images uploaded, 2 refused." })).toBeVisible();
});

test("alt texts, caption and credit are edited on the image's page and found by search", async ({
  writerPage: page,
}) => {
  const u = unique();
  await uploadWithPicker(page, [await image(`consejo-${u}.jpg`, "jpeg", "#aa3311")]);
  await uploadRow(page, `consejo-${u}.jpg`)
    .getByRole("link", { name: `Edit consejo-${u}.jpg` })
    .click();

  await page.getByLabel("Alt text (Spanish)").fill(`Mesa del consejo ${u}`);
  await page.getByLabel("Alt text (English)").fill(`Council table ${u}`);
  await page.getByLabel("Caption").fill("Reunión de otoño");
  await page.getByLabel("Credit").fill(`Gabinete ${u}`);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Alt text (English)")).toHaveValue(`Council table ${u}`);

  for (const query of [`council table ${u}`, `gabinete ${u}`, `consejo-${u}`]) {
    await page.goto(`/admin/media?q=${encodeURIComponent(query)}`);
    const grid = page.getByRole("list", { name: "Images" });
    await expect(grid.getByRole("listitem")).toHaveCount(1);
    await expect(grid.getByRole("link", { name: `Edit consejo-${u}.jpg` })).toBeVisible();
  }
  await page.goto(`/admin/media?q=${encodeURIComponent(`nothing-like-${u}`)}`);
  await expect(page.getByText(`No image matches “nothing-like-${u}”.`)).toBeVisible();
});

test("publishing waits for alt text; a used image cannot be deleted; replacing it keeps the article showing it", async ({
  editorPage: page,
  browser,
}) => {
  // One story from upload to replacement, on a shared 2-core machine: more than the default time.
  test.slow();
  const u = unique();
  const name = `portada-${u}.png`;
  await uploadWithPicker(page, [await image(name, "png", "#205080", 640, 360)]);
  await uploadRow(page, name)
    .getByRole("link", { name: `Edit ${name}` })
    .click();
  await expect(page).toHaveURL(/\/admin\/media\/\d+$/);
  const imagePage = new URL(page.url()).pathname;
  const imageId = imagePage.split("/").pop()!;
  const oldSrc = await page.locator(`img[src*="library%2F${imageId}%2F"]`).first().getAttribute("src");
  const oldKey = decodeURIComponent(new URL(oldSrc!, "http://x").searchParams.get("url")!);

  const title = uniqueTitle("Heraldo e2e imagen");
  const articlePage = await createDraft(page, {
    title,
    body: `<p>Texto.</p><p><img src="${oldKey}" alt="Imagen en el cuerpo"></p>`,
  });
  // The lead image picker finds the new upload by its file name.
  await page
    .getByRole("group", { name: "Lead image" })
    .getByRole("button", { name: "Choose from the library" })
    .click();
  const picker = page.getByRole("dialog", { name: "Choose the lead image" });
  await picker.getByLabel("Search the media library").fill(name);
  await picker.getByRole("button", { name: new RegExp(name) }).click();
  await expect(page.locator('input[name="leadMediaId"]')).toHaveValue(imageId);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  let published = false;
  try {
    await page.getByRole("button", { name: "Publish" }).click();
    const refusal = page.getByRole("alert").filter({ hasText: "Cannot publish: alt text missing" });
    await expect(refusal).toContainText(`“${name}” (lead image) has no alt text in Spanish.`);
    await refusal.getByRole("link", { name: "Add it in the media library" }).click();
    await expect(page).toHaveURL(new RegExp(`${imagePage}$`));
    await page.getByLabel("Alt text (Spanish)").fill(`Portada ${u}`);
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Details saved." })).toBeVisible();

    await page.goto(articlePage);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByText("Article published.")).toBeVisible();
    published = true;

    // In use: deleting is refused, naming the article.
    await page.goto(imagePage);
    await page.getByText("Delete image").click();
    await page.getByRole("button", { name: `Yes, delete ${name}` }).click();
    const inUse = page.getByRole("alert").filter({ hasText: "Cannot delete" });
    await expect(inUse.getByRole("link", { name: title })).toBeVisible();

    const reader = await (await browser.newContext()).newPage();
    await reader.goto("/es");
    await reader.getByRole("link", { name: title }).first().click();
    await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
    const lead = reader.getByRole("img", { name: `Portada ${u}` }).first();
    await expect(lead).toHaveAttribute("src", new RegExp(`library%2F${imageId}%2F`));
    const before = await lead.getAttribute("src");

    // Replace the file: same image, new picture, on the reader page at once.
    await page
      .getByLabel("Choose new file")
      .setInputFiles([await image(`nueva-${u}.jpg`, "jpeg", "#e0a030", 800, 450)]);
    await expect(page.getByRole("status").filter({ hasText: "File replaced." })).toBeVisible();
    await expect(page.getByText("800 × 450 px")).toBeVisible();

    await reader.reload();
    await expect(lead).toHaveAttribute("src", new RegExp(`library%2F${imageId}%2F`));
    expect(await lead.getAttribute("src")).not.toBe(before);
    await expect
      .poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    // The body's image was pointed at the new file; its old address leads there too.
    const inline = reader.getByRole("img", { name: "Imagen en el cuerpo" });
    await expect.poll(() => inline.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(800);
    const old = await page.request.get(oldKey, { maxRedirects: 0 });
    expect(old.status()).toBe(307);
    expect(old.headers().location).toBe(await inline.getAttribute("src"));
    await reader.context().close();
  } finally {
    if (published) {
      await page.goto(articlePage);
      await clickAndConfirm(page, "Unpublish");
      await expect(page.getByText("Article unpublished.")).toBeVisible();
    }
  }
});

test("an unused image is deleted with its file", async ({ writerPage: page, request }) => {
  const u = unique();
  const name = `borrar-${u}.png`;
  await uploadWithPicker(page, [await image(name, "png", "#101010")]);
  await uploadRow(page, name)
    .getByRole("link", { name: `Edit ${name}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const src = await page.locator('img[src*="library%2F"]').first().getAttribute("src");
  const key = decodeURIComponent(new URL(src!, "http://x").searchParams.get("url")!);
  expect((await request.get(key)).status()).toBe(200);

  await page.getByText("Delete image").click();
  await page.getByRole("button", { name: `Yes, delete ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Image deleted." })).toBeVisible();
  expect((await request.get(key)).status()).toBe(404);
});

test("the library and image pages have no axe violations @markup", async ({ editorPage: page }) => {
  await page.goto("/admin/media");
  const library = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(library.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole("list", { name: "Images" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { name: "Where it is used" })).toBeVisible();
  const edit = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(edit.violations.map((v) => v.id)).toEqual([]);
});
