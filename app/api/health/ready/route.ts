import { pingDatabase } from "@/db/maintenance";
import { isDraining } from "@/server/shutdown";

export const dynamic = "force-dynamic";

/**
 * Readiness: the database answers and the instance is not shutting down. 503 tells a load
 * balancer to route elsewhere.
 */
export async function GET() {
  const headers = { "Cache-Control": "no-store" };
  if (isDraining()) return Response.json({ status: "shutting down" }, { status: 503, headers });
  const database = await pingDatabase();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503, headers },
  );
}
