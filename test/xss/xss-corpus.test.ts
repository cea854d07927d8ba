/**
 * Every payload of the XSS corpus through the real save path (the data layer the server actions
 * call) and the render path (the reader's ArticleBody): neither the stored nor the rendered HTML
 * may carry anything executable, and the article's own text survives.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ArticleBody } from "@/components/article/article-body";
import { createArticle, updateArticle } from "@/db/queries/articles/saves";
import type { StaffUser } from "@/db/queries/types";
import { articleInput, createStaff, readArticleRow, resetTestDatabase } from "@/test/database";
import corpus from "./payloads.json";
import { executableParts } from "./executable";

let writer: StaffUser;

beforeAll(async () => {
  await resetTestDatabase();
  writer = await createStaff("writer");
});

describe("the XSS corpus", () => {
  it("holds at least 100 payloads, each trying to run code", () => {
    expect(corpus.payloads.length).toBeGreaterThanOrEqual(100);
    expect(new Set(corpus.payloads.map((p) => p.name)).size).toBe(corpus.payloads.length);
  });

  it("the checker itself flags executable HTML", () => {
    expect(executableParts('<img src="x" onerror="alert(1)">')).not.toEqual([]);
    expect(executableParts('<a href="jav&#x09;ascript:alert(1)">x</a>')).not.toEqual([]);
    expect(executableParts('<iframe src="https://evil.example/"></iframe>')).not.toEqual([]);
    expect(executableParts("<p>Plain <strong>text</strong></p>")).toEqual([]);
  });

  describe.each(corpus.payloads.map((payload, index) => ({ ...payload, index })))("$name", ({ html, index }) => {
    it("is stored and rendered without anything executable", async () => {
      const marker = `Texto de control ${index}`;
      const body = `<p>${marker}</p>${html}<p>Fin ${index}</p>`;
      const { id } = await createArticle(writer, articleInput({ body }));
      // An edit goes through the same columns: save the payload again as an update. (Text after
      // an unclosed <script> or <style> is theirs, in a browser too, so the marker comes first.)
      await updateArticle(writer, id, 1, articleInput({ body: `<p>${marker}</p><p>Editado</p>${html}` }));
      const stored = (await readArticleRow(id)).body;
      expect(executableParts(stored)).toEqual([]);
      expect(stored).toContain(marker);

      const rendered = renderToStaticMarkup(createElement(ArticleBody, { html: stored }));
      const inner = rendered.replace(/^<div class="[^"]*">|<\/div>$/g, "");
      expect(executableParts(inner)).toEqual([]);
      expect(rendered).toContain(marker);
      // Rendering stored HTML that skipped the save path (older rows, direct edits) is safe too.
      const direct = renderToStaticMarkup(createElement(ArticleBody, { html: body }));
      expect(executableParts(direct.replace(/^<div class="[^"]*">|<\/div>$/g, ""))).toEqual([]);
    });
  });
});
