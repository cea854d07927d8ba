/**
 * A second server on the run's database that believes no proxy (TRUST_PROXY=0), as a site
 * reached directly is: the run's main server stands in for one behind nginx (TRUST_PROXY=1, so
 * each test reader can have an address of its own), and the tests of what a client may not
 * claim need the other case.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { e2eDirectPort, e2eServerEnv } from "./env";

export const directBaseUrl = `http://localhost:${e2eDirectPort}`;

export async function startDirectServer(): Promise<() => Promise<void>> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "e2e/support/serve-site.ts"], {
    cwd: path.join(import.meta.dirname, "..", ".."),
    env: {
      ...process.env,
      ...e2eServerEnv,
      PORT: String(e2eDirectPort),
      TRUST_PROXY: "0",
      AUTH_TRUST_HOST: "true",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the direct server exited with ${child.exitCode}`);
    const ready = await fetch(`${directBaseUrl}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return stop;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error("the direct server did not start in 90 s");
}
