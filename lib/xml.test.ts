import { describe, expect, it } from "vitest";
import { parseXml, xmlErrors } from "@/test/xml";
import { escapeHtmlText, escapeXml, renderXmlDocument, stripForbiddenXmlChars } from "./xml";

const awkward = [
  `Tom & Jerry <b>"quoted"</b> 'single'`,
  "Emoji 📰🇪🇸 and a family 👨‍👩‍👧",
  "עברית ומספרים 123 with \u202B embedding \u202C and \u200F marks",
  "العربية: أخبار",
  "Control\u0001chars\u000B and\u0000nul, tab\there",
  "]]> and <![CDATA[ and &amp; already escaped",
  "lone \uD800 surrogate and a good 😀 pair",
];

describe("escapeXml", () => {
  it("escapes the five markup characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;",
    );
  });

  it.each(awkward)("keeps %j well-formed, in text and in attributes", (value) => {
    const xml = renderXmlDocument({ name: "root", attributes: { title: value }, children: [value] });
    expect(xmlErrors(xml)).toEqual([]);
    const parsed = parseXml<{ root: { "#text": string; "@_title": string } }>(xml);
    expect(parsed.root["#text"]).toBe(stripForbiddenXmlChars(value).trim());
    expect(parsed.root["@_title"]).toBe(stripForbiddenXmlChars(value));
  });
});

describe("stripForbiddenXmlChars", () => {
  it("removes what XML 1.0 cannot carry and keeps everything else", () => {
    expect(stripForbiddenXmlChars("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf")).toBe("abcdef");
    expect(stripForbiddenXmlChars("tab\tnew\nline\rfeed")).toBe("tab\tnew\nline\rfeed");
    expect(stripForbiddenXmlChars("😀 \u202B \u200F é")).toBe("😀 \u202B \u200F é");
    expect(stripForbiddenXmlChars("x\uD800y\uDC00z")).toBe("xyz");
  });
});

describe("escapeHtmlText", () => {
  it("escapes text for HTML with entities every HTML parser knows", () => {
    expect(escapeHtmlText(`<b>"A" & 'B'</b>`)).toBe("&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;");
  });
});

describe("renderXmlDocument", () => {
  it("nests elements, self-closes empty ones and declares UTF-8", () => {
    const xml = renderXmlDocument({
      name: "a",
      children: [
        { name: "b", attributes: { k: "v" } },
        { name: "c", children: ["text"] },
      ],
    });
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n  <b k="v"/>\n  <c>text</c>\n</a>\n');
    expect(xmlErrors(xml)).toEqual([]);
  });
});
