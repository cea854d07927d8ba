/**
 * Which old addresses this site can answer with a redirect once the old domain points here, and
 * in what form they are kept.
 */
import { describe, expect, it } from "vitest";
import { oldPathOf } from "./old-address";

describe("an old site's address", () => {
  it.each([
    ["https://old.example.com/2019/05/nota-de-prensa/", "/2019/05/nota-de-prensa"],
    ["https://old.example.com/es/2024/03/el-presupuesto/", "/es/2024/03/el-presupuesto"],
    ["https://old.example.com/noticias/nota.html", "/noticias/nota.html"],
    ["https://old.example.com/prensa/caf%C3%A9-y-pol%C3%ADtica", "/prensa/café-y-política"],
  ])("%s is kept as %s", (url, path) => {
    expect(oldPathOf(url)).toBe(path);
  });

  it.each([
    ["the home page with a query", "https://old.example.com/?p=13"],
    ["a file at the root", "https://old.example.com/feed.xml"],
    ["a language's front page", "https://old.example.com/es/"],
    ["a page of a listing", "https://old.example.com/en/2"],
    ["an article address of this site", "https://old.example.com/es/news/nota"],
    ["the newsroom", "https://old.example.com/admin/articles"],
    ["not a web address", "mailto:prensa@example.com"],
    ["nothing", undefined],
  ])("%s is not kept (this site answers it itself)", (_, url) => {
    expect(oldPathOf(url)).toBeNull();
  });
});
