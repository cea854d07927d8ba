/**
 * `npm run bench`: how fast the reader site answers, measured against a running server (never in
 * the tests, where timings would only make them flaky).
 *
 *   npm run build && npm run setup && npm start      # in one terminal
 *   npm run bench                                     # in another
 *
 * BENCH_URL (default http://localhost:3000), BENCH_SECONDS per page (default 10) and
 * BENCH_CONNECTIONS (default 10) tune it. Each reader page type is loaded for the given time with
 * autocannon; the table shows throughput, latency percentiles and the compressed size a phone
 * downloads for the HTML.
 */
import http from "node:http";
import autocannon from "autocannon";

const base = (process.env.BENCH_URL || "http://localhost:3000").replace(/\/$/, "");
const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);

/** Paths worth measuring: one of each reader page type, found from the front page's links. */
async function pagesToMeasure(): Promise<Record<string, string>> {
  const front = await fetch(`${base}/es`);
  if (!front.ok) throw new Error(`${base}/es answered ${front.status}; is the site running?`);
  const html = await front.text();
  const first = (pattern: RegExp) => html.match(pattern)?.[0];
  const pages: Record<string, string> = { "front page": "/es" };
  const article = first(/\/es\/news\/[a-z0-9-]+/);
  const topic = first(/\/es\/topics\/[a-z0-9-]+/);
  const author = first(/\/es\/authors\/[a-z0-9-]+/);
  if (article) pages.article = article;
  if (topic) pages.topic = topic;
  if (author) pages.author = author;
  pages.search = "/es/search?q=empleo";
  pages["RSS feed"] = "/es/feed.xml";
  return pages;
}

/** Bytes a browser asking for brotli or gzip receives for the page (raw, not decoded). */
function compressedSize(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}${path}`, { headers: { "accept-encoding": "br, gzip" } }, (response) => {
      let bytes = 0;
      response.on("data", (chunk: Buffer) => (bytes += chunk.length));
      response.on("end", () => resolve(bytes));
    });
    request.on("error", reject);
  });
}

async function measure(path: string): Promise<autocannon.Result> {
  return autocannon({ url: `${base}${path}`, connections, duration: seconds });
}

const rows: Record<string, string | number>[] = [];
for (const [name, path] of Object.entries(await pagesToMeasure())) {
  await measure(path); // warm the caches first: the first request renders, the rest are served
  const result = await measure(path);
  rows.push({
    page: name,
    path,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p97.5 ms": result.latency.p97_5,
    "p99 ms": result.latency.p99,
    errors: result.errors + result.non2xx,
    "KB over the wire": Math.round((await compressedSize(path)) / 102.4) / 10,
  });
}
console.log(`\n${base}: ${connections} connections, ${seconds} s per page\n`);
console.table(rows);
