/**
 * Comments are plain text: the only thing made of them is links, found by linkify-it (a
 * well-kept library, the one markdown-it uses) and rendered by React as text nodes and <a>
 * elements, never as HTML. Only http(s) addresses and bare domains become links; emails do not.
 */
import LinkifyIt from "linkify-it";

const linkify = new LinkifyIt({}, { fuzzyEmail: false, fuzzyIP: false })
  .add("mailto:", null)
  .add("ftp:", null)
  .add("//", null);

export type CommentSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

export function commentSegments(text: string): CommentSegment[] {
  const matches = linkify.match(text) ?? [];
  const segments: CommentSegment[] = [];
  let at = 0;
  for (const match of matches) {
    if (!/^https?:\/\//i.test(match.url)) continue;
    if (match.index > at) segments.push({ kind: "text", text: text.slice(at, match.index) });
    segments.push({ kind: "link", text: match.raw, href: match.url });
    at = match.lastIndex;
  }
  if (at < text.length) segments.push({ kind: "text", text: text.slice(at) });
  return segments;
}

export function countLinks(text: string): number {
  return commentSegments(text).filter((segment) => segment.kind === "link").length;
}
