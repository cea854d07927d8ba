/**
 * A second server on the run's database that believes one reverse proxy (TRUST_PROXY=1), for
 * the tests of what a site behind nginx sees: requests that carry X-Forwarded-Proto: https stand
 * for readers on the https address.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { e2eProxiedPort, e2eServerEnv } from "./env";

export const proxiedBaseUrl = `http://localhost:${e2eProxiedPort}`;

export async function startProxiedServer(): Promise<() => Promise<void>> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "e2e/support/serve-site.ts"], {
    cwd: path.join(import.meta.dirname, "..", ".."),
    env: {
      ...process.env,
      ...e2eServerEnv,
      PORT: String(e2eProxiedPort),
      TRUST_PROXY: "1",
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
    if (child.exitCode !== null) throw new Error(`the proxied server exited with ${child.exitCode}`);
    const ready = await fetch(`${proxiedBaseUrl}/api/health/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return stop;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error("the proxied server did not start in 90 s");
}
