/**
 * Next, React and other libraries report through the console (a render that threw, a
 * deprecation). In the production server those calls become log lines of the server's logger,
 * so the output stays one structured line each, carries the request id of the request being
 * served, and an error is logged once, with its stack and cause, at level `error`.
 */
import { format, stripVTControlCharacters } from "node:util";
import type { Logger } from "pino";

type Level = "info" | "warn" | "error" | "debug";

const routes: [keyof Console, Level][] = [
  ["log", "info"],
  ["info", "info"],
  ["warn", "warn"],
  ["error", "error"],
  ["debug", "debug"],
];

export function routeConsoleToLogger(logger: Logger): void {
  for (const [method, level] of routes) {
    (console as unknown as Record<string, (...args: unknown[]) => void>)[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const rest = args.filter((arg) => arg !== error);
      // Next colours its lines and prefixes them with a symbol ("⨯", "⚠"), for a terminal.
      const message = stripVTControlCharacters(format(...rest))
        .replace(/^\s*[⨯⚠✓▲○]\s*/u, "")
        .trim();
      if (error) logger[level]({ err: error }, message || error.message);
      else logger[level](message);
    };
  }
}
