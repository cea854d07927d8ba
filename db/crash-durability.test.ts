/**
 * A crash loses no acknowledged work: a child process saves articles in a loop through the
 * newsroom's save path (test/crash/save-worker.ts), is killed with SIGKILL in the middle of
 * it, and every save it had reported as done must then be in the database with its content,
 * the database consistent, and a new process able to open it and save again.
 *
 * Each dialect crashes the database it really keeps on disk: SQLite in WAL mode (a file of
 * its own), the PostgreSQL server (this run's database) and, when the run is on in-memory
 * PGlite, PGlite on a data directory, the one mode in which it keeps anything across a crash.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "./connection";
import type { Ack, Report } from "@/test/crash/save-worker";

const root = path.resolve(import.meta.dirname, "..");
const worker = path.join(root, "test", "crash", "save-worker.ts");
const scratch = mkdtempSync(path.join(tmpdir(), "heraldo-crash-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const { dialect } = parseDatabaseUrl(process.env.DATABASE_URL);

/** The database the child processes share: on disk, whatever this run's dialect. */
const databaseUrl =
  dialect === "sqlite"
    ? `file:${path.join(scratch, "crash.db")}`
    : dialect === "pglite"
      ? `pglite:${path.join(scratch, "pglite")}`
      : (process.env.DATABASE_URL ?? "");

type Run = { editor: string; acks: Ack[]; reports: Report[] };

/**
 * Runs the worker; with `killAfter`, sends SIGKILL once that many saves were acknowledged.
 * Every ack line read, including any still in the pipe when the kill lands, counts as answered.
 */
function runWorker(args: string[], killAfter?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", worker, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const run: Run = { editor: "", acks: [], reports: [] };
    let pending = "";
    let errors = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (pending + chunk).split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        const [kind, json = ""] = line.split(/ (.*)/s);
        if (kind === "ack") run.acks.push(JSON.parse(json) as Ack);
        else if (kind === "report") run.reports.push(JSON.parse(json) as Report);
        else if (kind === "editor") run.editor = json;
      }
      if (killAfter !== undefined && run.acks.length >= killAfter) child.kill("SIGKILL");
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (errors += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (killAfter === undefined && code !== 0) reject(new Error(`worker ${args[0]} failed (${code}): ${errors}`));
      else if (killAfter !== undefined && signal !== "SIGKILL") {
        reject(new Error(`worker ended before the kill (${code}): ${errors}`));
      } else resolve(run);
    });
  });
}

/** Every acknowledged save is there: the article exists and its revision holds that save. */
function expectAcknowledged(state: Report, acks: Ack[]): void {
  const revisions = new Map(state.revisions.map((r) => [`${r.articleId}:${r.revision}`, r]));
  const versions = new Map(state.articles.map((a) => [a.id, a.version]));
  for (const ack of acks) {
    expect(versions.get(ack.id), `article ${ack.id}`).toBeGreaterThanOrEqual(ack.version);
    expect(revisions.get(`${ack.id}:${ack.version}`), `save ${ack.id} v${ack.version}`).toMatchObject({
      title: ack.title,
      body: ack.body,
    });
  }
}

describe(`a crash on ${dialect === "pglite" ? "PGlite (on disk)" : dialect}`, () => {
  it("keeps every save answered as done, stays consistent and takes saves after a restart", async () => {
    // Enough saves that the kill lands among writes, few enough for a test of a few seconds.
    const crashed = await runWorker(["loop"], 60);
    expect(crashed.acks.length).toBeGreaterThanOrEqual(60);

    // A new process opens the database after the crash and reports before writing anything.
    const restarted = await runWorker(["recover", crashed.editor, "8"]);
    const [afterCrash, final] = restarted.reports;
    if (!afterCrash || !final) throw new Error("the recovering worker reported nothing");
    expect(afterCrash.problems).toEqual([]);
    expectAcknowledged(afterCrash, crashed.acks);
    // At most the one save under way when the kill landed committed without being answered.
    const acknowledgedVersions = new Map<number, number>();
    for (const ack of crashed.acks) acknowledgedVersions.set(ack.id, ack.version);
    for (const article of afterCrash.articles) {
      const acked = acknowledgedVersions.get(article.id) ?? 0;
      expect(article.version - acked, `article ${article.id}`).toBeLessThanOrEqual(1);
    }
    expect(afterCrash.articles.length - acknowledgedVersions.size).toBeLessThanOrEqual(1);

    // It then saves, editing articles from before the crash from their stored versions too.
    expect(restarted.acks).toHaveLength(8);
    expect(restarted.acks.filter((ack) => ack.kind === "save").length).toBeGreaterThan(0);
    expect(final.problems).toEqual([]);
    expectAcknowledged(final, [...crashed.acks, ...restarted.acks]);
  }, 120_000);
});
