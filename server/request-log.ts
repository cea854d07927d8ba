/**
 * One log line per request, written by pino-http over the server's logger when the response
 * has been sent (or the client went away): method, path, status, duration, bytes on the wire,
 * the client's address as TRUST_PROXY resolves it, and the request id.
 *
 * The request id comes from a trusted proxy's `X-Request-Id` (only when TRUST_PROXY says one is
 * in front: anyone else could send a misleading one) or is generated here; it is returned in the
 * response's `X-Request-Id` and passed on to Next, and every line logged while the request is
 * served carries it (server/request-context.ts).
 *
 * What is never logged: headers (cookies, authorization), query strings (search terms, tokens),
 * and the token in the path of a one-time link (invitation, password reset, share preview).
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import pinoHttp from "pino-http";
import { clientAddressHeader } from "@/lib/client-address";
import { logger } from "./logger";
import { cacheStatusHeader } from "./response-cache/response-cache";

export const requestIdHeader = "x-request-id";

const trustedRequestId = /^[A-Za-z0-9._:-]{8,128}$/;

/** The id a trusted proxy gave the request, if it is a sane one, or a new one. */
export function requestIdFor(incoming: string | string[] | undefined, trustedProxyHops: number): string {
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming;
  return trustedProxyHops > 0 && candidate && trustedRequestId.test(candidate) ? candidate : randomUUID();
}

/** Paths whose last part is a secret: the link itself is the credential. */
const tokenPaths = /^(\/(?:[a-z]{2}\/)?(?:invite|reset-password|preview))\/[^/?#]+/;

/** The path to log: no query string, and one-time link tokens replaced. */
export function loggablePath(url: string | undefined): string {
  const path = (url ?? "/").split(/[?#]/)[0] || "/";
  return path.replace(tokenPaths, "$1/[token]");
}

/**
 * Health checks, the benchmark's metrics and the scheduler's own call to this server come every
 * few seconds: logged at `debug`, out of the way of readers' and staff's requests.
 */
const quietPaths = /^\/(?:api\/health(?:\/|$)|api\/internal\/|_heraldo\/metrics)/;

type Started = { bytesBefore: number; own: boolean };
const started = new WeakMap<ServerResponse, Started>();

const requestLogger = pinoHttp({
  logger,
  // The id is set by `logRequest` below before pino-http sees the request.
  genReqId: (request) => String(request.id),
  // The id comes from the logger's request context on every line, this one included.
  quietReqLogger: false,
  serializers: {
    req: (request: { method?: string; url?: string }) => ({ method: request.method, path: loggablePath(request.url) }),
  },
  customLogLevel: (request, response, error) => {
    if (error || response.statusCode >= 500) return "error";
    return quietPaths.test(request.url ?? "") || started.get(response)?.own ? "debug" : "info";
  },
  customSuccessMessage: (request, response) =>
    `${request.method} ${loggablePath(request.url)} ${response.writableFinished ? response.statusCode : "aborted"}`,
  customErrorMessage: (request, response) => `${request.method} ${loggablePath(request.url)} ${response.statusCode}`,
  customSuccessObject: (request, response, line: { responseTime?: number }) => requestFields(request, response, line),
  customErrorObject: (request, response, error, line: { responseTime?: number }) => ({
    ...requestFields(request, response, line),
    // A plain 5xx is logged with its cause where it happened (Next's error log); only a failure
    // of the response itself is attached here.
    ...(error.message.startsWith("failed with status code") ? {} : { err: error }),
  }),
});

function requestFields(request: IncomingMessage, response: ServerResponse, line: { responseTime?: number }) {
  const bytesBefore = started.get(response)?.bytesBefore ?? 0;
  return {
    status: response.statusCode,
    durationMs: line.responseTime,
    bytes: Math.max(0, (request.socket?.bytesWritten ?? 0) - bytesBefore),
    clientAddress: request.headers[clientAddressHeader],
    // HIT, STALE or MISS when the reader cache answered.
    cache: response.getHeader(cacheStatusHeader),
    ...(response.writableFinished ? {} : { aborted: true }),
  };
}

/**
 * Gives the request its id (kept on `request.id`, set on the response and on the request's
 * headers for Next) and logs it when it ends. The client's address is the one the server has
 * already worked out from TRUST_PROXY. `own` marks the server's requests to itself (the reader
 * cache filling a page, the not-found page fetched for a repair): logged at `debug`, since the
 * reader's request they serve has its own line.
 */
export function logRequest(
  request: IncomingMessage,
  response: ServerResponse,
  { trustedProxyHops, own }: { trustedProxyHops: number; own: boolean },
): string {
  const requestId = requestIdFor(request.headers[requestIdHeader], trustedProxyHops);
  (request as IncomingMessage & { id?: string }).id = requestId;
  request.headers[requestIdHeader] = requestId;
  response.setHeader("X-Request-Id", requestId);
  // A keep-alive socket carries several requests: this one's bytes are the growth from here.
  started.set(response, { bytesBefore: request.socket?.bytesWritten ?? 0, own });
  requestLogger(request, response);
  return requestId;
}
