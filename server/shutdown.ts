/**
 * Graceful shutdown, on SIGTERM or SIGINT: the readiness check answers 503 at once (a load
 * balancer stops sending new requests), the server stops accepting connections and closes idle
 * ones, requests under way finish (for at most SHUTDOWN_GRACE_MS), reads counted since the last
 * batch are written, and the process exits. A second signal exits at once.
 *
 * The draining flag lives on globalThis: the readiness route runs inside Next's server bundle.
 */
import type { Server } from "node:http";
import type { Logger } from "pino";

const drainingKey = Symbol.for("heraldo.draining");
const holder = globalThis as typeof globalThis & { [drainingKey]?: boolean };

/** True once shutdown has begun: the readiness check then tells load balancers to look elsewhere. */
export function isDraining(): boolean {
  return holder[drainingKey] === true;
}

export function shutDownGracefully({
  server,
  logger,
  graceMs,
  onDrain,
  beforeExit,
}: {
  server: Server;
  logger: Logger;
  graceMs: number;
  /** At once, when shutdown begins: stop starting new work (the scheduler's rounds). */
  onDrain: () => void;
  /** Last work: stop timers, write pending counts, close connections. */
  beforeExit: () => Promise<void>;
}): void {
  const stop = (signal: NodeJS.Signals) => {
    if (isDraining()) {
      logger.warn({ signal }, "Second signal: exiting without waiting");
      process.exit(1);
    }
    holder[drainingKey] = true;
    onDrain();
    logger.info({ signal }, "Shutting down: finishing requests under way");
    const forced = setTimeout(() => {
      logger.warn({ graceMs }, "Requests still under way after the grace period: closing them");
      server.closeAllConnections();
    }, graceMs);
    forced.unref();
    server.close(() => {
      clearTimeout(forced);
      void beforeExit()
        .catch((error: unknown) => logger.error({ err: error }, "Shutdown work failed"))
        .finally(() => {
          logger.info("Stopped");
          logger.flush();
          process.exit(0);
        });
    });
    server.closeIdleConnections();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
