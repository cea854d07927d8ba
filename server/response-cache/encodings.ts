/**
 * Content encodings of kept responses: chosen per request from Accept-Encoding, made once per
 * stored body off the main thread (zlib's async calls run in libuv's pool), never per request.
 */
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { Encoding } from "./store";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Brotli's best quality costs about 75 ms on a 90 KB page: worth it once per change, not for large files. */
const bestQualityLimit = 128 * 1024;

export async function compressVariants(body: Buffer): Promise<{ br: Buffer; gzip: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: body.length <= bestQualityLimit ? 11 : 6,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  return { br, gzip: gz };
}

/** Text compresses; images and PDFs are compressed already and are kept as they are. */
export function isCompressible(contentType: string | undefined): boolean {
  return /^(text\/|application\/(?:[\w.+-]*\+)?(?:xml|json|javascript)\b)/i.test(contentType ?? "");
}

const negotiated = new Map<string, Encoding>();

/**
 * The best encoding the client accepts. Browsers send a handful of distinct headers, so the
 * answer is remembered per header value (bounded, in case a client sends endless variants).
 */
export function negotiateEncoding(header: string | string[] | undefined): Encoding {
  if (header === undefined) return "identity";
  const value = Array.isArray(header) ? header.join(",") : header;
  const known = negotiated.get(value);
  if (known) return known;
  const accepted = new Map<string, number>();
  for (const part of value.toLowerCase().split(",")) {
    const [name = "", ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  const choice: Encoding = allows("br") ? "br" : allows("gzip") ? "gzip" : "identity";
  if (negotiated.size < 200) negotiated.set(value, choice);
  return choice;
}
