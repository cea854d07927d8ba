// The PDF drawing thread (server/pdf/worker/pool.ts starts it). Laying out a PDF holds a
// thread for a few hundred milliseconds; here that thread is not the one serving requests.
// Plain JavaScript so it runs as it is in `next start` and in tests: it loads the TypeScript
// drawing code through tsx, as `npm start` loads the server.
import { register } from "node:module";
import { parentPort } from "node:worker_threads";

// The "server-only" marker throws outside React Server Components; this thread is server code.
register(
  "data:text/javascript," +
    encodeURIComponent(
      'export async function resolve(specifier, context, next) { return specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context); }',
    ),
);
// libvips keeps decoded images for reuse; this thread resizes each image once, then writes it.
const { default: sharp } = await import("sharp");
sharp.cache(false);
const { tsImport } = await import("tsx/esm/api");
const { renderArticlePdf } = await tsImport("../draw.tsx", import.meta.url);

// One drawing at a time: each holds its images and layout in memory until it is written.
let queue = Promise.resolve();
parentPort.on("message", ({ id, article, size }) => {
  queue = queue.then(async () => {
    try {
      const bytes = await renderArticlePdf(article, size);
      const copy = new Uint8Array(bytes);
      parentPort.postMessage({ id, bytes: copy }, [copy.buffer]);
    } catch (error) {
      parentPort.postMessage({ id, error: error instanceof Error ? error.stack || error.message : String(error) });
    }
  });
});
parentPort.postMessage({ ready: true });
