/**
 * A story's address on the old site, as this site will answer it once the domain points here:
 * its path, decoded, with no trailing slash (`/2019/05/nota`, `/es/2019/05/nota`). Addresses
 * this site answers itself (the newsroom, the API, media, a language's front page, articles,
 * topics…) and the bare home page (`/?p=12`) are left out: a request for them never reaches the
 * old-address lookup. The redirects CSV lists every old address anyway, for the old site's own
 * web server.
 */
import { isLocale } from "@/lib/locales";

/** First segments that are this site's own, whatever follows. */
const ownFirstSegments = new Set(["admin", "api", "media", "_next", "login", "sitemaps", "preview", "invite"]);
/** Second segments after a language that are this site's own pages. */
const ownLanguageSections = new Set(["news", "topics", "authors", "search", "feed.xml", "feed.json", "atom.xml"]);

export function oldPathOf(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  let segments: string[];
  try {
    segments = parsed.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return null;
  }
  const [first = "", second] = segments;
  if (segments.length === 0 || ownFirstSegments.has(first)) return null;
  // A file at the root (robots.txt, feed.xml) is the site's own (proxy.ts leaves those alone).
  if (segments.length === 1 && first.includes(".")) return null;
  if (isLocale(first)) {
    // /es and /es/2 are the front page and its pages; /es/news/… and the like are real pages.
    if (second === undefined || ownLanguageSections.has(second)) return null;
    if (segments.length === 2 && /^\d+$/.test(second)) return null;
  }
  return `/${segments.join("/")}`.slice(0, 1000);
}
