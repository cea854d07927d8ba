/**
 * A Redis server of a test's own: Debian's `redis-server` (package redis-server) on a free port,
 * keeping nothing on disk, which the test may stop and start again to play Redis going away.
 * Without the program, `startTestRedis` answers null and the caller skips its tests, saying so;
 * under CI (CI=true) that is an error instead, since the CI script installs it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createClient } from "redis";

export type TestRedis = {
  url: string;
  /** Stops the server (as if it went away); its data is gone. */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
};

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

async function answers(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 500, reconnectStrategy: false } });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.close();
  }
}

export const redisMissing =
  "redis-server is not installed (Debian package redis-server): the tests of the shared cache need it";

export async function startTestRedis(): Promise<TestRedis | null> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const start = async () => {
    const started = spawn(
      "redis-server",
      ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--loglevel", "warning"],
      { stdio: "ignore" },
    );
    const failed = new Promise<Error>((resolve) => started.once("error", resolve));
    child = started;
    for (let attempt = 0; attempt < 100; attempt++) {
      const outcome = await Promise.race([failed, new Promise((resolve) => setTimeout(resolve, 50))]);
      if (outcome instanceof Error) throw outcome;
      if (await answers(url)) return;
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once("exit", () => resolve());
      running.kill("SIGKILL");
    });
  };

  try {
    await start();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      if (process.env.CI === "true") throw new Error(redisMissing);
      return null;
    }
    throw error;
  }
  return { url, stop, start };
}
