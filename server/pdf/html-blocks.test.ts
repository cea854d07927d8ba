import { describe, expect, it } from "vitest";
import { htmlToBlocks, imageSources, normalise, type Block } from "./html-blocks";

const options = { baseUrl: "https://news.example.org" };
const blocks = (html: string): Block[] => htmlToBlocks(html, options);
const text = (value: string, marks = {}) => ({ kind: "text" as const, text: value, marks });

describe("htmlToBlocks", () => {
  it("turns paragraphs and headings into blocks with browser-like whitespace", () => {
    expect(blocks("<h2>  Lo   esencial </h2>\n<p>\n  Primera\n  línea.  </p>\n<h4>Nota</h4>")).toEqual([
      { kind: "heading", level: 2, inlines: [text("Lo esencial")] },
      { kind: "paragraph", inlines: [text("Primera línea.")] },
      { kind: "heading", level: 4, inlines: [text("Nota")] },
    ]);
  });

  it("keeps emphasis as marks, merging nested ones", () => {
    expect(
      blocks("<p>Uno <strong>dos <em>tres</em></strong> <u>cuatro</u> <s>cinco</s> H<sub>2</sub>O x<sup>2</sup></p>"),
    ).toEqual([
      {
        kind: "paragraph",
        inlines: [
          text("Uno "),
          text("dos ", { bold: true }),
          text("tres", { bold: true, italic: true }),
          text(" "),
          text("cuatro", { underline: true }),
          text(" "),
          text("cinco", { strike: true }),
          text(" H"),
          text("2", { sub: true }),
          text("O x"),
          text("2", { sup: true }),
        ],
      },
    ]);
  });

  it("decodes entities and keeps markup-looking text as text", () => {
    expect(blocks("<p>Tom &amp; Jerry &lt;script&gt; &quot;hola&quot; &#x1F389;</p>")).toEqual([
      { kind: "paragraph", inlines: [text('Tom & Jerry <script> "hola" 🎉')] },
    ]);
  });

  it("keeps link addresses, made absolute, and drops links with other schemes", () => {
    expect(
      blocks(
        '<p><a href="https://example.org/x">fuera</a>, <a href="/es/news/otra">dentro</a>, <a href="mailto:prensa@example.org">correo</a>, <a href="javascript:alert(1)">no</a></p>',
      ),
    ).toEqual([
      {
        kind: "paragraph",
        inlines: [
          text("fuera", { href: "https://example.org/x" }),
          text(", "),
          text("dentro", { href: "https://news.example.org/es/news/otra" }),
          text(", "),
          text("correo", { href: "mailto:prensa@example.org" }),
          text(", no"),
        ],
      },
    ]);
  });

  it("turns <br> into line breaks without stray spaces around them", () => {
    expect(blocks("<p>Calle Mayor 1 <br/> Madrid<br></p>")).toEqual([
      { kind: "paragraph", inlines: [text("Calle Mayor 1"), { kind: "break" }, text("Madrid")] },
    ]);
  });

  it("nests lists, keeping their order and start", () => {
    expect(blocks('<ol start="3"><li>Tres</li><li><p>Cuatro</p><ul><li>a</li></ul></li></ol>')).toEqual([
      {
        kind: "list",
        ordered: true,
        start: 3,
        items: [
          [{ kind: "paragraph", inlines: [text("Tres")] }],
          [
            { kind: "paragraph", inlines: [text("Cuatro")] },
            { kind: "list", ordered: false, start: 1, items: [[{ kind: "paragraph", inlines: [text("a")] }]] },
          ],
        ],
      },
    ]);
  });

  it("reads quotes, rules and preformatted code", () => {
    expect(blocks("<blockquote><p>Cita.</p></blockquote><hr><pre>\n  a  =  1;\n\tb</pre>")).toEqual([
      { kind: "quote", blocks: [{ kind: "paragraph", inlines: [text("Cita.")] }] },
      { kind: "rule" },
      { kind: "code", text: "  a  =  1;\n    b" },
    ]);
  });

  it("splits images out of paragraphs and gives figures their captions", () => {
    expect(
      blocks(
        '<p>Antes <img src="/media/a.jpg" alt="Un gráfico"> después</p><figure><img src="https://cdn.example/b.png" alt=""><figcaption>Pie <em>de foto</em></figcaption></figure>',
      ),
    ).toEqual([
      { kind: "paragraph", inlines: [text("Antes")] },
      { kind: "image", src: "https://news.example.org/media/a.jpg", alt: "Un gráfico", caption: [] },
      { kind: "paragraph", inlines: [text("después")] },
      {
        kind: "image",
        src: "https://cdn.example/b.png",
        alt: "",
        caption: [text("Pie "), text("de foto", { italic: true })],
      },
    ]);
  });

  it("keeps the text of unexpected elements and wraps loose text in a paragraph", () => {
    expect(blocks("Suelto <span>y <div>dentro</div></span>")).toEqual([
      { kind: "paragraph", inlines: [text("Suelto y dentro")] },
    ]);
    expect(blocks("  \n ")).toEqual([]);
    expect(blocks("<p> </p><ul> </ul><blockquote></blockquote>")).toEqual([]);
  });

  it("lists every image address, however deep", () => {
    const parsed = blocks(
      '<img src="/media/1.jpg"><blockquote><p><img src="/media/2.jpg"></p></blockquote><ul><li><img src="/media/3.jpg"></li></ul>',
    );
    expect(imageSources(parsed)).toEqual([
      "https://news.example.org/media/1.jpg",
      "https://news.example.org/media/2.jpg",
      "https://news.example.org/media/3.jpg",
    ]);
  });
});

describe("normalise", () => {
  it("collapses spaces across styled runs", () => {
    expect(normalise([text("a "), text(" b", { bold: true }), text("  ")])).toEqual([
      text("a "),
      text("b", { bold: true }),
    ]);
  });

  it("keeps non-breaking spaces, which are content", () => {
    expect(normalise([text("10\u00a0%")])).toEqual([text("10\u00a0%")]);
  });
});
