/**
 * What the benchmark reads from inside the server: the longest time the event loop was held
 * (perf_hooks' delay histogram), memory, and the reader cache's counters. Answered at
 * /_heraldo/metrics to loopback connections that came through no proxy only: nginx in front
 * always adds X-Forwarded-For, and the shipped configuration refuses the path anyway.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import type { IncomingMessage, ServerResponse } from "node:http";

export const metricsPath = "/_heraldo/metrics";

const loopback = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

export function createMetrics(extra: () => Record<string, unknown>) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  return function answer(request: IncomingMessage, response: ServerResponse): boolean {
    const url = request.url ?? "";
    if (url !== metricsPath && !url.startsWith(`${metricsPath}?`)) return false;
    const local = loopback.has(request.socket.remoteAddress ?? "") && request.headers["x-forwarded-for"] === undefined;
    if (!local || request.method !== "GET") {
      response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return true;
    }
    const memory = process.memoryUsage();
    const body = JSON.stringify({
      eventLoopDelayMaxMs: delay.max / 1e6,
      eventLoopDelayP99Ms: delay.percentile(99) / 1e6,
      rssBytes: memory.rss,
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      heapUsedBytes: memory.heapUsed,
      ...extra(),
    });
    if (url.includes("reset=1")) delay.reset();
    response.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end(body);
    return true;
  };
}
