/**
 * The read beacon's endpoint (components/article/read-beacon.tsx, public/read-beacon.js): counts one read in
 * memory and answers at once; server/read-counter.ts writes the counts in batches. The answer is
 * the same whether or not the read counted, so it tells a script nothing.
 */
import { clientAddressHeader } from "@/lib/client-address";
import { beaconArticleId, isCountableRead } from "@/server/read-beacon-request";
import { readCounter } from "@/server/read-counter";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  if (isCountableRead(request.headers)) {
    const id = await beaconArticleId(request);
    // server/http-server.ts sets the address for every request, replacing any a client sent.
    if (id !== null) readCounter().record(id, request.headers.get(clientAddressHeader) ?? "unknown");
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
