/**
 * The read beacon's endpoint (components/article/read-beacon.tsx, public/read-beacon.js): counts one read in
 * memory and answers at once; server/read-counter.ts writes the counts in batches.
 */
import { readCounter } from "@/server/read-counter";

export const dynamic = "force-dynamic";

// Crawlers, link previews and monitoring: not readers.
const botPattern = /bot|crawl|spider|slurp|preview|facebookexternalhit|embedly|monitor|curl|wget|python/i;

function isPrefetch(headers: Headers): boolean {
  return (
    /prefetch|prerender/i.test(headers.get("sec-purpose") ?? "") ||
    /prefetch/i.test(headers.get("purpose") ?? "") ||
    headers.has("next-router-prefetch")
  );
}

export async function POST(request: Request) {
  const agent = request.headers.get("user-agent") ?? "";
  if (agent && !botPattern.test(agent) && !isPrefetch(request.headers)) {
    const body = (await request.text()).trim();
    if (/^[1-9]\d{0,9}$/.test(body) && Number(body) <= 2_147_483_647) readCounter().record(Number(body));
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
