import { describe, expect, it } from "vitest";
import { htmlToText, sanitizeArticleHtml } from "./sanitize";

describe("sanitizeArticleHtml", () => {
  it("keeps the article tags it allows", () => {
    const html =
      "<h2>Title</h2><h3>Sub</h3><p>A <strong>b</strong> <em>c</em> <b>d</b> <i>e</i> <u>f</u> <s>g</s> <code>h</code> x<sub>2</sub> y<sup>3</sup><br /></p>" +
      '<ul><li>one</li></ul><ol start="3"><li>three</li></ol><blockquote>quote</blockquote><hr />' +
      '<figure><img loading="lazy" src="/media/2026/a.jpg" alt="A" width="10" height="5" /><figcaption>cap</figcaption></figure>' +
      "<pre>pre</pre>";

    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it("removes scripts and styles together with their content", () => {
    expect(sanitizeArticleHtml('<p>ok</p><script>alert("x")</script><style>p{color:red}</style>')).toBe("<p>ok</p>");
    expect(sanitizeArticleHtml("<svg><script>alert(1)</script></svg><p>ok</p>")).toBe("<p>ok</p>");
  });

  it("removes event handler attributes", () => {
    expect(sanitizeArticleHtml('<p onclick="steal()">Hi</p><img src="/media/a.jpg" onerror="steal()">')).toBe(
      '<p>Hi</p><img loading="lazy" src="/media/a.jpg" />',
    );
  });

  it("removes style and class attributes", () => {
    expect(sanitizeArticleHtml('<p style="position:fixed" class="x">Hi</p>')).toBe("<p>Hi</p>");
  });

  it.each([
    '<a href="javascript:alert(1)">x</a>',
    '<a href="  JavaScript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="//evil.example/path">x</a>',
  ])("drops the dangerous or protocol-relative link target in %s", (html) => {
    expect(sanitizeArticleHtml(html)).toBe("<a>x</a>");
  });

  it("keeps only images of the media library", () => {
    expect(sanitizeArticleHtml('<img src="https://example.org/a.jpg" alt="a">')).toBe("");
    expect(sanitizeArticleHtml('<img src="/media/../etc/passwd">')).toBe("");
    expect(sanitizeArticleHtml('<img src="/media/a.jpg?x=1">')).toBe("");
    expect(sanitizeArticleHtml('<img src="/es/news/a.jpg">')).toBe("");
    expect(sanitizeArticleHtml('<img src="/media/a%20b.jpg" width="100px" height="9">')).toBe(
      '<img loading="lazy" src="/media/a%20b.jpg" height="9" />',
    );
  });

  it("drops images that are not served over https, including data: URLs", () => {
    expect(sanitizeArticleHtml('<img src="data:image/png;base64,AAAA" alt="a">')).toBe("");
    expect(sanitizeArticleHtml('<img src="http://example.org/a.jpg" alt="a">')).toBe("");
    expect(sanitizeArticleHtml('<img src="javascript:alert(1)">')).toBe("");
  });

  it("removes iframes, objects and embeds with what they contain", () => {
    expect(
      sanitizeArticleHtml(
        '<iframe src="https://evil.example"><p>inside</p></iframe><object data="x.swf">o</object><embed src="x.swf"><p>after</p>',
      ),
    ).toBe("<p>after</p>");
  });

  it("keeps players of the allowed video hosts with fixed attributes, at an address rebuilt from the id", () => {
    const out = sanitizeArticleHtml(
      '<figure><iframe src="https://www.youtube.com/watch?v=dQw4w9WgXcQ&autoplay=1" title="Clip" srcdoc="x" onload="x()" sandbox="allow-top-navigation" width="1"></iframe></figure>',
    );
    expect(out).toBe(
      '<figure><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Clip" loading="lazy" allow="accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen" allowfullscreen referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"></iframe></figure>',
    );
    expect(sanitizeArticleHtml(out)).toBe(out);
    expect(sanitizeArticleHtml('<iframe src="https://player.vimeo.com/video/76979871"></iframe>')).toContain(
      'src="https://player.vimeo.com/video/76979871"',
    );
  });

  it.each([
    '<iframe src="https://evil.example/embed/dQw4w9WgXcQ"></iframe>',
    '<iframe src="http://www.youtube-nocookie.com.evil.example/embed/dQw4w9WgXcQ"></iframe>',
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<iframe src="/media/a.html"></iframe>',
  ])("removes the player %s", (html) => {
    expect(sanitizeArticleHtml(html)).toBe("");
  });

  it('gives external links rel="noopener noreferrer", replacing any rel given', () => {
    expect(sanitizeArticleHtml('<a href="https://example.org" target="_blank">x</a>')).toBe(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeArticleHtml('<a href="HTTP://example.org" rel="opener">x</a>')).toBe(
      '<a href="HTTP://example.org" rel="noopener noreferrer">x</a>',
    );
  });

  it("leaves internal and mail links alone, and drops a target other than _blank", () => {
    expect(sanitizeArticleHtml('<a href="/es/news/otra" target="_self">x</a>')).toBe('<a href="/es/news/otra">x</a>');
    expect(sanitizeArticleHtml('<a href="mailto:prensa@example.org">m</a>')).toBe(
      '<a href="mailto:prensa@example.org">m</a>',
    );
  });

  it("turns h1 into h2 and unwraps tags it does not allow, keeping their text", () => {
    expect(sanitizeArticleHtml("<h1>Big</h1><div><span>text</span></div>")).toBe("<h2>Big</h2>text");
  });

  it("is stable: sanitising sanitised HTML changes nothing", () => {
    const once = sanitizeArticleHtml('<p onclick="x">a <a href="https://e.org">l</a><script>s</script></p>');
    expect(sanitizeArticleHtml(once)).toBe(once);
  });
});

describe("links that only look internal or are spelled oddly", () => {
  for (const href of [" https://evil.example", "\nhttps://evil.example", "https:/\\evil.example"]) {
    it(`gives ${JSON.stringify(href)} rel="noopener noreferrer"`, () => {
      expect(sanitizeArticleHtml(`<a href="${href}" target="_blank">x</a>`)).toContain('rel="noopener noreferrer"');
    });
  }

  it("leaves same-site paths without rel", () => {
    expect(sanitizeArticleHtml('<a href="/es/news/otra">x</a>')).not.toContain("rel=");
  });
});

describe("htmlToText", () => {
  it("returns the text with whitespace collapsed", () => {
    expect(htmlToText("<p>Uno</p>\n\n<p>dos   <strong>tres</strong></p>")).toBe("Uno dos tres");
  });

  it("is empty for markup without text, and ignores script content", () => {
    expect(htmlToText("<p>&nbsp;</p><br><hr>")).toBe("");
    expect(htmlToText("<script>alert(1)</script>")).toBe("");
  });
});
