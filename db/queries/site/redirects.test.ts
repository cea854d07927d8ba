import { DomainError } from "@/lib/domain-error";
import { transitionArticle } from "../articles/transitions";
import { beforeEach, describe, expect, it } from "vitest";
import { articleInput, countRows, createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import { tables } from "@/db/client";
import { addRedirect, listRedirects, removeRedirect, resolveRedirect } from "./redirects";
import { createArticle, updateArticle } from "../articles/saves";

beforeEach(resetTestDatabase);

describe("redirects from slug changes", () => {
  it("sends every old address of a published article to its current one, in one hop", async () => {
    const editor = await createStaff("editor");
    const input = articleInput({ locale: "es", slug: "primero" });
    const { id } = await createArticle(editor, input);
    const { version } = await transitionArticle(editor, id, "publish");

    await updateArticle(editor, id, version, { ...input, slug: "segundo" });
    await updateArticle(editor, id, version + 1, { ...input, slug: "tercero" });

    expect(await resolveRedirect("es", "primero")).toEqual({ path: "/es/news/tercero", permanent: true });
    expect(await resolveRedirect("es", "segundo")).toEqual({ path: "/es/news/tercero", permanent: true });
    expect(await resolveRedirect("es", "tercero")).toBeNull();
    expect(await resolveRedirect("en", "primero")).toBeNull();
  });

  it("keeps no redirect for a draft that was never public, and none leads to an unpublished article", async () => {
    const editor = await createStaff("editor");
    const input = articleInput({ slug: "borrador" });
    const { id } = await createArticle(editor, input);
    await updateArticle(editor, id, 1, { ...input, slug: "borrador-nuevo" });
    expect(await countRows(tables.redirects)).toBe(0);

    const published = await transitionArticle(editor, id, "publish");
    const moved = await updateArticle(editor, id, published.version, { ...input, slug: "publicado" });
    const unpublished = await transitionArticle(editor, id, "unpublish");
    expect(moved.version).toBe(published.version + 1);
    expect(await resolveRedirect("es", "borrador-nuevo")).toBeNull();
    // Ever published: a later move while unpublished is still recorded.
    await updateArticle(editor, id, unpublished.version, { ...input, slug: "de-nuevo" });
    await transitionArticle(editor, id, "publish");
    expect(await resolveRedirect("es", "publicado")).toEqual({ path: "/es/news/de-nuevo", permanent: true });
  });

  it("lets the article take back an old address without a redirect to itself", async () => {
    const editor = await createStaff("editor");
    const input = articleInput({ slug: "ida" });
    const { id } = await createArticle(editor, input);
    const { version } = await transitionArticle(editor, id, "publish");
    await updateArticle(editor, id, version, { ...input, slug: "vuelta" });
    await updateArticle(editor, id, version + 1, { ...input, slug: "ida" });

    expect(await resolveRedirect("es", "ida")).toBeNull();
    expect(await resolveRedirect("es", "vuelta")).toEqual({ path: "/es/news/ida", permanent: true });
    // The redirects page lists only the old address: none from the live address to itself.
    expect((await listRedirects(editor)).map((r) => r.fromSlug)).toEqual(["vuelta"]);
  });
});

describe("manual redirects", () => {
  it("lists, adds and removes redirects to a path or an article", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput({ locale: "en", slug: "target" }));
    await transitionArticle(editor, id, "publish");

    const toPath = await addRedirect(editor, {
      locale: "es",
      fromSlug: "viejo",
      toArticleId: null,
      toPath: "/es/topics/salud",
      permanent: false,
    });
    await addRedirect(editor, { locale: "en", fromSlug: "old", toArticleId: id, toPath: null, permanent: true });

    expect(await resolveRedirect("es", "viejo")).toEqual({ path: "/es/topics/salud", permanent: false });
    expect(await resolveRedirect("en", "old")).toEqual({ path: "/en/news/target", permanent: true });
    expect((await listRedirects(editor)).map((r) => r.fromSlug).sort()).toEqual(["old", "viejo"]);

    expect(await removeRedirect(editor, toPath.id)).toEqual({ locale: "es", fromSlug: "viejo" });
    expect(await resolveRedirect("es", "viejo")).toBeNull();
    expect(await removeRedirect(editor, toPath.id)).toBeNull();
  });

  it("refuses a live address, a duplicate, a missing target and a bad target", async () => {
    const editor = await createStaff("editor");
    await createArticle(editor, articleInput({ locale: "es", slug: "vivo" }));
    const base = { locale: "es", toArticleId: null, toPath: "/es", permanent: true };
    await addRedirect(editor, { ...base, fromSlug: "usado" });

    const keys = [];
    for (const input of [
      { ...base, fromSlug: "vivo" },
      { ...base, fromSlug: "usado" },
      { ...base, fromSlug: "nuevo", toPath: null, toArticleId: 999 },
      { ...base, fromSlug: "nuevo", toPath: null },
    ]) {
      const error = await thrownBy(() => addRedirect(editor, input));
      expect(error).toBeInstanceOf(DomainError);
      keys.push((error as DomainError).code);
    }
    expect(keys).toEqual(["redirectLoop", "redirectTaken", "unknownId", "redirectTarget"]);
    expect(await countRows(tables.redirects)).toBe(1);
  });

  it("is for editors and admins only", async () => {
    const writer = await createStaff("writer");
    expect(await thrownBy(() => listRedirects(writer))).toEqual(refusal("forbidden"));
    expect(
      await thrownBy(() =>
        addRedirect(writer, { locale: "es", fromSlug: "x", toArticleId: null, toPath: "/es", permanent: true }),
      ),
    ).toEqual(refusal("forbidden"));
    expect(await thrownBy(() => removeRedirect(writer, 1))).toEqual(refusal("forbidden"));
  });
});
