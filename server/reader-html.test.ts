import { describe, expect, it } from "vitest";
import { withoutClientRuntime } from "./reader-html";

const document = [
  "<!DOCTYPE html><html><head>",
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  "</head><body><main><h1>Titular</h1>",
  '<script type="application/ld+json">{"@type":"NewsArticle"}</script>',
  '<script src="/read-beacon.js" defer="" data-island="read-beacon" data-article-id="7"></script>',
  "</main>",
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"the whole page again"])</script>',
  "</body></html>",
].join("");

describe("reader documents without the client runtime", () => {
  it("drops Next's scripts, their preloads and the flight data, and keeps the page", () => {
    const light = withoutClientRuntime(document);
    expect(light).not.toContain("__next_f");
    expect(light).not.toContain("/_next/static/chunks/b.js");
    expect(light).not.toContain('as="script"');
    expect(light).toContain("<h1>Titular</h1>");
    expect(light).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>');
  });

  it("keeps structured data and the page's own island", () => {
    const light = withoutClientRuntime(document);
    expect(light).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(light).toContain('data-island="read-beacon"');
  });

  it("leaves a document whose streamed parts still need their scripts as it is", () => {
    const streaming = document.replace("</main>", '</main><div hidden id="S:0"><p>late part</p></div>');
    expect(withoutClientRuntime(streaming)).toBe(streaming);
  });
});
