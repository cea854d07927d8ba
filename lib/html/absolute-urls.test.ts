import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "./sanitize";
import { withAbsoluteUrls } from "./absolute-urls";

const article = "https://news.example.org/es/news/una-noticia";

describe("withAbsoluteUrls", () => {
  it("makes site-relative links and images absolute on the public origin", () => {
    const html = withAbsoluteUrls(
      '<p><a href="/es/topics/salud">Salud</a> <img src="/media/demo/x.jpg" alt="Una foto"></p>',
      article,
    );
    expect(html).toContain('href="https://news.example.org/es/topics/salud"');
    expect(html).toContain('src="https://news.example.org/media/demo/x.jpg"');
    expect(html).toContain('alt="Una foto"');
  });

  it("keeps images on a plain-http origin (local and test sites)", () => {
    expect(withAbsoluteUrls('<img src="/media/a.jpg" alt="">', "http://localhost:3000/en/news/x")).toContain(
      'src="http://localhost:3000/media/a.jpg"',
    );
  });

  it("keeps absolute addresses and mailto links, and points fragments into the article", () => {
    const html = withAbsoluteUrls(
      '<a href="https://example.org/a?b=1&amp;c=2">x</a><a href="mailto:prensa@example.org">y</a><a href="#notas">z</a>',
      article,
    );
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"');
    expect(html).toContain('href="mailto:prensa@example.org"');
    expect(html).toContain(`href="${article}#notas"`);
  });

  it("resolves relative paths against the article, like a browser on the article page would", () => {
    expect(withAbsoluteUrls('<a href="otra-noticia">x</a>', article)).toContain(
      'href="https://news.example.org/es/news/otra-noticia"',
    );
  });

  it("keeps the sanitiser's work: nothing it removed comes back, text stays escaped", () => {
    const clean = sanitizeArticleHtml('<p onclick="x()">1 &lt; 2 &amp; <script>alert(1)</script></p>');
    const html = withAbsoluteUrls(clean, article);
    expect(html).toBe("<p>1 &lt; 2 &amp; </p>");
  });
});
