/**
 * An independent check (not sanitize-html) that article HTML carries nothing executable: every
 * element and attribute is one the editor produces, links use http(s)/mailto or stay on the site,
 * images come from the media library and players from the allowed hosts with a fixed sandbox.
 * Returns what it objects to; empty means clean.
 */
import { parseDocument } from "htmlparser2";
import type { ChildNode, Element } from "domhandler";

const allowedAttributes: Record<string, readonly string[]> = {
  p: [],
  h2: [],
  h3: [],
  h4: [],
  ul: [],
  ol: ["start"],
  li: [],
  blockquote: [],
  a: ["href", "title", "rel", "target"],
  strong: [],
  em: [],
  b: [],
  i: [],
  u: [],
  s: [],
  br: [],
  hr: [],
  figure: [],
  figcaption: [],
  img: ["src", "alt", "width", "height", "loading"],
  iframe: ["src", "title", "loading", "allow", "allowfullscreen", "referrerpolicy", "sandbox"],
  code: [],
  pre: [],
  sub: [],
  sup: [],
};

const playerSources =
  /^https:\/\/(?:www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}|player\.vimeo\.com\/video\/\d+)$/;

function problemsOf(element: Element): string[] {
  const problems: string[] = [];
  const allowed = allowedAttributes[element.name];
  if (!allowed) return [`element <${element.name}>`];
  for (const [name, raw] of Object.entries(element.attribs)) {
    if (!allowed.includes(name)) problems.push(`attribute ${name} on <${element.name}>`);
    // What a browser would read as the scheme: control characters and spaces are ignored.
    const value = raw.replace(/[\u0000-\u0020\u007f-\u00a0]/g, "").toLowerCase();
    if (name === "href") {
      const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
      if (scheme && !["http", "https", "mailto"].includes(scheme)) problems.push(`href scheme ${scheme}`);
      if (value.startsWith("//")) problems.push("protocol-relative href");
    }
    if (name === "src" && element.name === "img" && !/^\/media\/[^?#:]+$/.test(raw))
      problems.push(`image source ${raw}`);
    if (name === "src" && element.name === "iframe" && !playerSources.test(raw)) problems.push(`player source ${raw}`);
    if (name === "sandbox" && /allow-(?:top-navigation|modals|forms|popups-to-escape-sandbox)/.test(value))
      problems.push(`sandbox ${raw}`);
  }
  if (element.name === "iframe" && element.attribs.sandbox === undefined) problems.push("player without sandbox");
  return problems;
}

export function executableParts(html: string): string[] {
  const problems: string[] = [];
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "tag" || node.type === "script" || node.type === "style") {
        problems.push(...problemsOf(node as Element));
        walk((node as Element).children);
      } else if (node.type === "comment" || node.type === "directive" || node.type === "cdata") {
        problems.push(`${node.type} node`);
      }
    }
  };
  walk(parseDocument(html, { recognizeSelfClosing: false }).children);
  return problems;
}
