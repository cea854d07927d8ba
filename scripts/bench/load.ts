/**
 * The load tool: wrk from the system when installed (it is written in C and uses two threads,
 * so it is not the bottleneck), else autocannon from devDependencies. Both send the
 * Accept-Encoding of a browser and keep their connections open.
 */
import { existsSync } from "node:fs";
import autocannon from "autocannon";
import { output } from "./processes";

export type LoadResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  timeouts: number;
  non2xx: number;
};

export type LoadTool = {
  name: "wrk" | "autocannon";
  run(url: string, connections: number, seconds: number): Promise<LoadResult>;
};

const acceptEncoding = "br, gzip";
const timeoutSeconds = 5;

function findWrk(): string | null {
  const candidates = [process.env.WRK_PATH, "/usr/bin/wrk", "/usr/local/bin/wrk"];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

/** wrk prints durations as 812.00us, 1.52ms, 2.01s or 1.10m. */
function durationMs(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(text.trim());
  if (!match) return Number.NaN;
  const value = Number(match[1]);
  return { us: value / 1000, ms: value, s: value * 1000, m: value * 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
}

export function parseWrk(text: string): LoadResult {
  const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(text);
  const [connect, read, write, timeout] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50Ms: durationMs(/^\s+50%\s+(\S+)/m.exec(text)?.[1] ?? ""),
    p99Ms: durationMs(/^\s+99%\s+(\S+)/m.exec(text)?.[1] ?? ""),
    errors: (connect ?? 0) + (read ?? 0) + (write ?? 0),
    timeouts: timeout ?? 0,
    non2xx: number(/Non-2xx or 3xx responses:\s+(\d+)/),
  };
}

export function loadTool(): LoadTool {
  const wrk = findWrk();
  if (wrk) {
    return {
      name: "wrk",
      async run(url, connections, seconds) {
        const threads = String(Math.min(2, connections));
        const args = ["-t", threads, "-c", String(connections), "-d", `${seconds}s`, "--latency"];
        args.push("--timeout", `${timeoutSeconds}s`, "-H", `Accept-Encoding: ${acceptEncoding}`, url);
        return parseWrk(await output(wrk, args));
      },
    };
  }
  return {
    name: "autocannon",
    async run(url, connections, seconds) {
      const result = await autocannon({
        url,
        connections,
        duration: seconds,
        timeout: timeoutSeconds,
        headers: { "accept-encoding": acceptEncoding },
      });
      return {
        requestsPerSecond: result.requests.average,
        p50Ms: result.latency.p50,
        p99Ms: result.latency.p99,
        // autocannon counts time-outs among its errors too; they are reported on their own.
        errors: Math.max(0, result.errors - result.timeouts),
        timeouts: result.timeouts,
        non2xx: result.non2xx,
      };
    },
  };
}
