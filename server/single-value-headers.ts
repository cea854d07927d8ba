/**
 * Headers a response carries at most once (RFC 9110: a recipient may reject a message with two
 * Location or Content-Length fields). Next 16, rendering a page that redirects for the first time
 * (nothing in its cache yet), sets `Location` and then appends the same header again from the
 * render's metadata, so an old topic address answered 308 with `Location` twice to anyone the
 * reader cache does not answer (staff, or every reader with the cache off). Here a second value
 * replaces the first instead of joining it.
 */
import type { OutgoingHttpHeader, ServerResponse } from "node:http";

const singleValued = new Set([
  "location",
  "content-location",
  "content-length",
  "content-type",
  "etag",
  "last-modified",
  "retry-after",
]);

function lastOf(value: OutgoingHttpHeader | readonly string[]): number | string {
  if (typeof value === "number" || typeof value === "string") return value;
  return value[value.length - 1] ?? "";
}

export function keepSingleValuedHeadersSingle(response: ServerResponse): void {
  const setHeader = response.setHeader.bind(response);
  const appendHeader = response.appendHeader.bind(response);
  response.setHeader = ((name: string, value: OutgoingHttpHeader | readonly string[]) =>
    setHeader(name, singleValued.has(name.toLowerCase()) ? lastOf(value) : value)) as ServerResponse["setHeader"];
  response.appendHeader = ((name: string, value: string | readonly string[]) =>
    singleValued.has(name.toLowerCase())
      ? setHeader(name, lastOf(value))
      : appendHeader(name, value)) as ServerResponse["appendHeader"];
}
