/**
 * What every log line written while serving a request should carry: the request's id. The HTTP
 * server (server/http-server.ts) runs each request inside `runInRequest`, and the logger adds
 * the id of the request in progress to each line (server/logger.ts), so a page render,
 * a server action or a database error logged deep inside Next still names its request.
 *
 * The storage lives on globalThis: this module is loaded twice in one process, once by the
 * server that `npm start` runs and once inside Next's server bundle, and both copies must see
 * the same store.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

const storeKey = Symbol.for("heraldo.requestContext");
const holder = globalThis as typeof globalThis & { [storeKey]?: AsyncLocalStorage<RequestContext> };
const store = (holder[storeKey] ??= new AsyncLocalStorage<RequestContext>());

export function runInRequest<T>(context: RequestContext, body: () => T): T {
  return store.run(context, body);
}

/** The id of the request being served, or undefined outside one (start-up, the scheduler). */
export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}
