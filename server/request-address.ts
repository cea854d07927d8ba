import "server-only";
import { headers } from "next/headers";
import { clientAddressHeader } from "@/lib/client-address";

/** The current request's client address, as worked out by server/http-server.ts. */
export async function requestAddress(): Promise<string> {
  return (await headers()).get(clientAddressHeader) ?? "unknown";
}
