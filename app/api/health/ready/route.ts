import { pingDatabase } from "@/db/maintenance";

export const dynamic = "force-dynamic";

/** Readiness: the database answers. 503 tells a load balancer to route elsewhere. */
export async function GET() {
  const database = await pingDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
