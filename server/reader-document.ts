/**
 * Reader documents leave the server without Next's client runtime (server/reader-html.ts),
 * whoever asks: anonymous readers through the reader cache, and also staff, whose session
 * cookie bypasses the cache so Next answers them directly, and everyone when the cache is off.
 *
 * Why strip for staff too rather than give them another policy: reader pages are prerendered
 * and cached by Next, so their inline flight scripts cannot carry a per-request nonce, and the
 * reader policy (server/security-headers.ts) allows no inline script. Left in, those scripts
 * would be blocked and the runtime that needs them would fail to hydrate, noisily; stripped,
 * staff see exactly the finished document readers see, which needs no JavaScript. Nothing on a
 * reader page is for staff only.
 *
 * The body is collected and rewritten at the end; a response whose length is already on the wire
 * (headers sent with Content-Length) is passed on untouched.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { isReaderAddress } from "./response-cache/policy";
import { withoutClientRuntime } from "./reader-html";

type Callback = (error?: Error | null) => void;

/**
 * A full page of a reader address: a GET, or the POST of the comment form (answered with the
 * form's page, never cached, but a reader document all the same). HEAD has no body to rewrite,
 * RSC requests no HTML (and only HTML answers are rewritten at all).
 */
export function isReaderDocumentRequest(request: IncomingMessage): boolean {
  return (
    (request.method === "GET" || request.method === "POST") &&
    !request.headers.rsc &&
    isReaderAddress(request.url ?? "/")
  );
}

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
  if (Buffer.isBuffer(chunk)) return chunk;
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

function callbackOf(...args: unknown[]): Callback | undefined {
  return args.find((arg): arg is Callback => typeof arg === "function");
}

export function stripClientRuntimeFromResponse(response: ServerResponse): void {
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  let mode: "undecided" | "pass" | "collect" = "undecided";
  const chunks: Buffer[] = [];
  const decide = () => {
    if (mode !== "undecided") return;
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    mode = html ? "collect" : "pass";
  };
  response.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    decide();
    if (mode === "pass") return write(chunk, encoding, callback);
    const buffer = toBuffer(chunk, encoding);
    if (buffer) chunks.push(buffer);
    const done = callbackOf(encoding, callback);
    if (done) process.nextTick(done);
    return true;
  }) as ServerResponse["write"];
  response.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    decide();
    if (mode === "pass") return end(chunk, encoding, callback);
    const last = toBuffer(chunk, encoding);
    if (last) chunks.push(last);
    const original = Buffer.concat(chunks);
    const done = callbackOf(chunk, encoding, callback);
    const lengthSent = response.headersSent && response.getHeader("content-length") !== undefined;
    if (lengthSent) return end(original, done);
    const body = Buffer.from(withoutClientRuntime(original.toString("utf8")));
    if (!response.headersSent) {
      response.setHeader("Content-Length", body.length);
      // The tag named the document with its scripts.
      if (body.length !== original.length) response.removeHeader("ETag");
    }
    return end(body, done);
  }) as ServerResponse["end"];
}
