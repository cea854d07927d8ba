/**
 * Reader pages without Next's client runtime. Every reader page is a finished server-rendered
 * document: its only island is the read beacon (public/read-beacon.js), and links, forms and
 * images work without JavaScript. Next still appends its router, React and the page's flight
 * data (the whole page again, as script text) for client navigation; for a reader on a slow
 * phone that doubles the HTML and adds about 150 KB of JavaScript to fetch and run, for
 * navigation that the cached pages answer just as fast with a plain load. So reader documents
 * are kept without those scripts: structured data (JSON-LD) and scripts marked as islands stay.
 *
 * A document still waiting for streamed parts (Suspense boundaries completed by inline scripts)
 * is left whole: without its scripts it would show nothing of those parts.
 */
const scriptElement = /<script\b([^>]*)>[\s\S]*?<\/script>/gi;
const scriptPreload = /<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*\/?>/gi;
const streamedParts = /\$R[CSX]\(|<div hidden id="S:\d+"/;
const kept = /\btype="application\/ld\+json"|\bdata-island\b/;

export function withoutClientRuntime(html: string): string {
  if (streamedParts.test(html)) return html;
  return html
    .replace(scriptElement, (element, attributes: string) => (kept.test(attributes) ? element : ""))
    .replace(scriptPreload, "");
}
