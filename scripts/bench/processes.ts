/**
 * Child processes of the benchmark (the server, nginx, wrk, the seeding). Each runs in its own
 * process group, so stopping it also stops whatever it started (tsx starts node, npm starts
 * tsx); everything still running is stopped on exit, on an error and on ctrl-C.
 */
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

const running = new Set<ChildProcess>();

export function startProcess(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(command, args, { stdio: "inherit", ...options, detached: true });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Asks the group to stop, then kills it if it has not gone after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    signalGroup(child, "SIGKILL"); // the leader exited; its children may not have
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup(child, "SIGKILL");
}

export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopProcess(child)));
}

/** Runs a command to its end; rejects on a non-zero exit. */
export async function runToEnd(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const child = startProcess(command, args, options);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode));
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
}

/** Runs a command and returns what it printed on stdout. */
export async function output(command: string, args: string[], options: SpawnOptions = {}): Promise<string> {
  const child = startProcess(command, args, { ...options, stdio: ["ignore", "pipe", "inherit"] });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (exitCode) => resolve(exitCode));
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}`);
  return text;
}

let cleaning = false;
/** Stops every child on ctrl-C, on a kill and on a crash, then exits. */
export function stopChildrenOnExit(): void {
  const finish = (code: number) => {
    if (cleaning) return;
    cleaning = true;
    void stopAll().finally(() => process.exit(code));
  };
  process.on("SIGINT", () => finish(130));
  process.on("SIGTERM", () => finish(143));
  process.on("uncaughtException", (error) => {
    console.error(error);
    finish(1);
  });
  // A last resort when the process exits some other way: synchronous kills only.
  process.on("exit", () => {
    for (const child of running) signalGroup(child, "SIGKILL");
  });
}
