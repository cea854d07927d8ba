/**
 * One PDF thread for the process, started on the first PDF and stopped after 15 seconds without
 * work (its fonts and layout engine cost some 100 MB of memory). Drawings queue in the thread;
 * a drawing that fails rejects only its own request, a thread that dies is replaced on the next.
 */
import "server-only";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { PdfPageSize } from "@/lib/pdf-page-size";
import type { PrintableArticle } from "@/server/print/printable-article";

const idleMs = 15_000;

type Pending = { resolve: (bytes: Buffer) => void; reject: (error: Error) => void };
type Reply = { id: number; bytes?: Uint8Array; error?: string } | { ready: true };

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function workerFile(): string {
  // Resolved at run time from the project, not bundled: the thread runs the sources through tsx.
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "server", "pdf", "worker", "pdf-worker.mjs");
}

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  // No inherited flags: the thread loads its TypeScript itself and resolves packages plainly.
  const thread = new Worker(workerFile(), {
    env: process.env,
    execArgv: [],
    // A bound on its heap keeps the thread collecting rather than growing the process.
    resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 },
  });
  thread.on("message", (reply: Reply) => {
    if ("ready" in reply) return;
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (reply.bytes) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    else job.reject(new Error(`PDF drawing failed: ${reply.error ?? "unknown error"}`));
    if (pending.size === 0) {
      // Idle, the thread must not keep the process alive on its own.
      thread.unref();
      scheduleStop();
    }
  });
  thread.on("error", (error) => {
    if (worker === thread) worker = null;
    failAll(error);
  });
  thread.on("exit", (code) => {
    if (worker === thread) worker = null;
    if (pending.size > 0) failAll(new Error(`PDF thread stopped (exit code ${code})`));
  });
  return thread;
}

function scheduleStop(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pending.size === 0 && worker) {
      void worker.terminate();
      worker = null;
    }
  }, idleMs);
  idleTimer.unref();
}

/** Draws the article's PDF on the PDF thread. */
export function drawInWorker(article: PrintableArticle, size: PdfPageSize): Promise<Buffer> {
  if (idleTimer) clearTimeout(idleTimer);
  worker ??= startWorker();
  const id = nextId++;
  const thread = worker;
  thread.ref();
  return new Promise<Buffer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    thread.postMessage({ id, article, size });
  });
}
