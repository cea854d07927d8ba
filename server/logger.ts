/**
 * Structured logs for the server: one JSON object per line (`LOG_FORMAT=pretty` for a person
 * at a terminal). Each line written while a request is served carries its `reqId`
 * (server/request-context.ts). Anything that looks like a secret is redacted wherever it
 * appears in a logged object; request lines (server/request-log.ts) never include headers,
 * query strings or the tokens in one-time link paths in the first place.
 *
 * One logger per process, kept on globalThis: this module is loaded both by the server that
 * `npm start` runs and inside Next's server bundle, and two loggers writing to one stdout could
 * cut each other's lines.
 */
import pino, { type Logger } from "pino";
import pretty from "pino-pretty";
import { env } from "./env";
import { currentRequestId } from "./request-context";

function createLogger(): Logger {
  const options: pino.LoggerOptions = {
    level: env.LOG_LEVEL,
    base: { service: "heraldo" },
    mixin: () => {
      const reqId = currentRequestId();
      return reqId ? { reqId } : {};
    },
    redact: {
      paths: [
        "password",
        "*.password",
        "passwordHash",
        "*.passwordHash",
        "secret",
        "*.secret",
        "token",
        "*.token",
        "headers.cookie",
        "headers.authorization",
        "*.headers.cookie",
        "*.headers.authorization",
      ],
      censor: "[redacted]",
    },
  };
  if (env.LOG_FORMAT === "pretty") {
    return pino(
      options,
      pretty({
        colorize: process.stdout.isTTY,
        translateTime: "SYS:HH:MM:ss.l",
        ignore: "service",
        singleLine: true,
        sync: true,
      }),
    );
  }
  // Written without blocking the event loop; pino flushes what is pending when the process exits.
  return pino(options, pino.destination({ dest: 1, sync: false }));
}

const loggerKey = Symbol.for("heraldo.logger");
const holder = globalThis as typeof globalThis & { [loggerKey]?: Logger };

export const logger: Logger = (holder[loggerKey] ??= createLogger());
