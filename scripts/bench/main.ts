/**
 * `npm run bench`: the reader site at archive size, next to a static file served the fastest
 * way the machine knows, and again through the shipped nginx configuration. See README,
 * "Benchmark". Never part of the tests: timings there would only make them flaky.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { articleCount, benchConnections, benchDatabaseUrl, benchMediaDir, benchSeconds, isSmoke } from "./config";
import { browserEncoding, rawGet, waitForOk } from "./http";
import { loadTool, type LoadResult } from "./load";
import { findNginx, proxyServerBlock, startNginx, staticServerBlock, type Nginx } from "./nginx";
import { discoverTargets, unusedPage, weigh } from "./pages";
import { startProcess, stopAll, stopChildrenOnExit, stopProcess } from "./processes";
import { publishToVisible } from "./publish";
import { judge, writeReport, type Row, type RunData } from "./report";
import {
  benchCredentials,
  benchEnvironment,
  ensureBuild,
  freePort,
  prepareDatabase,
  ServerMetrics,
  startServer,
} from "./server";

const smoke = isSmoke();
const seconds = benchSeconds(smoke);
const connections = benchConnections(smoke);
const deepPage = 600;
const began = Date.now();
const notes: string[] = [];
/** What makes the run fail (exit 1): something broken, never a speed figure. */
const broken: string[] = [];

/** The article page saved as page.html, .gz and .br, fetched from the app like a browser would. */
async function saveStaticCopy(origin: string, articlePath: string, directory: string): Promise<void> {
  for (const [encoding, suffix] of [
    ["identity", ""],
    ["gzip", ".gz"],
    ["br", ".br"],
  ] as const) {
    const response = await rawGet(`${origin}${articlePath}`, { "accept-encoding": encoding });
    const got = response.headers["content-encoding"] ?? "identity";
    if (got !== encoding) throw new Error(`asked for ${encoding}, the app answered ${got}`);
    await writeFile(path.join(directory, `page.html${suffix}`), response.body);
  }
}

async function startStaticServer(directory: string): Promise<{ url: string; kind: string; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/page.html`;
  const nginx = findNginx();
  if (nginx) {
    const prefix = await mkdtemp(path.join(os.tmpdir(), "heraldo-static-"));
    const server = await startNginx(nginx, prefix, staticServerBlock(port, directory), url);
    return {
      url,
      kind: `nginx (${nginx}, 2 workers)`,
      stop: async () => (await server.stop(), await rm(prefix, { recursive: true, force: true })),
    };
  }
  const child = startProcess(process.execPath, [
    "--import",
    "tsx",
    "scripts/bench/static-server.ts",
    directory,
    String(port),
  ]);
  await waitForOk(url, 10_000, () => child.exitCode === null);
  return { url, kind: "Node static server (nginx not installed)", stop: () => stopProcess(child) };
}

async function main(): Promise<number> {
  stopChildrenOnExit();
  const startedAt = new Date().toISOString();
  const tool = loadTool();
  let origin = process.env.BENCH_URL?.replace(/\/$/, "") ?? "";
  const startedServer = !origin;
  let database: RunData["database"] = null;
  let commentedArticle: string | null = null;
  let serverPid: number | undefined;
  let appPort = 0;

  if (startedServer) {
    if (await ensureBuild()) notes.push("The build was missing and was made first.");
    const databaseUrl = benchDatabaseUrl(smoke);
    const prepared = await prepareDatabase(databaseUrl, benchMediaDir(), articleCount(smoke));
    database = prepared;
    commentedArticle = prepared.commentedArticle;
    if (database.published < articleCount(smoke))
      notes.push(
        `The bench database holds ${database.published} published articles, fewer than the ${articleCount(smoke)} asked for.`,
      );
    const server = await startServer(benchEnvironment(databaseUrl, benchMediaDir()));
    origin = server.origin;
    serverPid = server.process.pid;
    appPort = server.port;
  }

  const metrics = new ServerMetrics(origin, serverPid);
  await metrics.probe();
  let loopMax: number | null = null;
  let peakRss: number | null = null;
  let metricsSource = "not available";
  /** One reading: the delay since the previous reading, and the peak memory so far. */
  const read = async (): Promise<number | null> => {
    const reading = await metrics.read();
    metricsSource = reading.source;
    if (reading.maxRssBytes !== null) peakRss = Math.max(peakRss ?? 0, reading.maxRssBytes);
    if (reading.eventLoopDelayMaxMs !== null) loopMax = Math.max(loopMax ?? 0, reading.eventLoopDelayMaxMs);
    return reading.eventLoopDelayMaxMs;
  };
  await read();

  console.log(`Finding what to load on ${origin}…`);
  const discovery = await discoverTargets(origin, deepPage, commentedArticle);
  notes.push(...discovery.notes);
  const { targets } = discovery;

  // Every target must answer 200 before any load: a broken page is the one failure that counts.
  const pdf = targets.find((t) => t.key === "pdf");
  if (pdf) {
    const first = await rawGet(`${origin}${pdf.path}`, browserEncoding, 120_000);
    notes.push(`The PDF's first (uncached) request took ${first.ms.toFixed(0)} ms.`);
  }
  for (const target of targets) {
    const response = await rawGet(`${origin}${target.path}`, browserEncoding, 60_000);
    if (response.status !== 200) broken.push(`${target.path} answered ${response.status}`);
  }

  const phaseLoop = (phase: string, value: number | null) => {
    if (value !== null) notes.push(`Largest event-loop delay ${phase}: ${value.toFixed(1)} ms.`);
  };
  phaseLoop("while finding the targets and asking for each once (first renders)", await read());

  const weights = [];
  for (const target of targets.filter((t) => t.html)) weights.push(await weigh(origin, target));

  // The static file.
  const staticDir = await mkdtemp(path.join(os.tmpdir(), "heraldo-page-"));
  await saveStaticCopy(origin, discovery.articlePath, staticDir);
  const staticServer = await startStaticServer(staticDir);
  const staticLoad: Record<number, LoadResult> = {};
  const warmSeconds = smoke ? 0 : Math.min(2, seconds);
  const measure = async (url: string): Promise<Record<number, LoadResult>> => {
    // Warm-up at the first connection count: caches filled, connections and JIT settled.
    if (warmSeconds) await tool.run(url, connections[0] ?? 16, warmSeconds);
    else for (let i = 0; i < 3; i++) await rawGet(url, browserEncoding);
    const results: Record<number, LoadResult> = {};
    for (const count of connections) results[count] = await tool.run(url, count, seconds);
    return results;
  };
  console.log(`Static file (${staticServer.kind})…`);
  Object.assign(staticLoad, await measure(staticServer.url));
  await staticServer.stop();
  await rm(staticDir, { recursive: true, force: true });

  // The app alone.
  const rows: Row[] = [];
  for (const target of targets) {
    console.log(`${target.name}: ${target.path}`);
    await read();
    const results = await measure(`${origin}${target.path}`);
    const loop = await read();
    for (const count of connections)
      rows.push({ target, connections: count, app: results[count] ?? null, nginx: null, loopMaxMs: loop });
  }

  // One cold request of a deep listing page of each kind, never asked for in this run.
  const cold: RunData["cold"] = [];
  const used = new Set([
    1,
    2,
    deepPage,
    Math.min(deepPage, discovery.frontPages),
    Math.min(deepPage, discovery.topicPages),
  ]);
  for (const [listing, pages] of [
    ["/es", discovery.frontPages],
    [discovery.topicPath, discovery.topicPages],
  ] as const) {
    const page = unusedPage(pages, used);
    if (page === null) continue;
    used.add(page);
    const response = await rawGet(`${origin}${listing}?page=${page}`, browserEncoding);
    cold.push({ path: `${listing}?page=${page}`, ms: response.ms, status: response.status });
  }

  phaseLoop("during the cold listing requests", await read());

  const publish: RunData["publish"] = { app: null, nginx: null };
  console.log("Publish to visible (app alone)…");
  publish.app = await publishToVisible(origin, benchCredentials, "app");
  if (!publish.app.ok) broken.push(`publishing failed: ${publish.app.reason}`);
  phaseLoop("while publishing (app alone)", await read());

  // The same targets through the shipped nginx file.
  let nginxColumn = "nginx not installed";
  const nginx = findNginx();
  if (nginx && !startedServer)
    nginxColumn = "not measured: BENCH_URL names a server whose files this machine may not have";
  else if (nginx) {
    const prefix = await mkdtemp(path.join(os.tmpdir(), "heraldo-proxy-"));
    let proxy: Nginx | null = null;
    try {
      const port = await freePort();
      const block = await proxyServerBlock({
        port,
        appPort,
        appDir: process.cwd(),
        mediaParent: path.dirname(benchMediaDir()),
      });
      const proxyOrigin = `http://127.0.0.1:${port}`;
      proxy = await startNginx(nginx, prefix, block, `${proxyOrigin}/api/health/ready`);
      nginxColumn = smoke
        ? "deploy/nginx/heraldo.conf: each target requested once (smoke run)"
        : "deploy/nginx/heraldo.conf, 2 workers";
      const hidden = await rawGet(`${proxyOrigin}/_heraldo/metrics`);
      if (hidden.status !== 404) broken.push(`nginx let /_heraldo/metrics through (status ${hidden.status})`);
      for (const target of targets) {
        if (smoke) {
          const response = await rawGet(`${proxyOrigin}${target.path}`, browserEncoding, 60_000);
          if (response.status !== 200) broken.push(`${target.path} through nginx answered ${response.status}`);
          continue;
        }
        console.log(`${target.name} through nginx`);
        await read();
        const results = await measure(`${proxyOrigin}${target.path}`);
        const loop = await read();
        for (const row of rows.filter((r) => r.target === target)) {
          row.nginx = results[row.connections] ?? null;
          row.loopMaxMs = loop === null ? row.loopMaxMs : Math.max(row.loopMaxMs ?? 0, loop);
        }
      }
      console.log("Publish to visible (through nginx)…");
      publish.nginx = await publishToVisible(proxyOrigin, benchCredentials, "nginx");
      if (!publish.nginx.ok) broken.push(`publishing through nginx failed: ${publish.nginx.reason}`);
    } catch (error) {
      nginxColumn = `failed: ${error instanceof Error ? error.message : String(error)}`;
      broken.push(`nginx in front of the app: ${nginxColumn}`);
    } finally {
      await proxy?.stop();
      await rm(prefix, { recursive: true, force: true });
    }
  }

  // Failures under load are breakage too (CI's smoke run checks exactly this).
  for (const row of rows)
    for (const [column, result] of [
      ["app", row.app],
      ["nginx", row.nginx],
    ] as const)
      if (result && result.errors + result.timeouts + result.non2xx > 0)
        broken.push(
          `${row.target.path} (${column}, ${row.connections} connections): ${result.errors} errors, ${result.timeouts} time-outs, ${result.non2xx} non-2xx`,
        );

  await read();
  let lighthouse: RunData["lighthouse"] = { skipped: "skipped (smoke run)" };
  if (!smoke) {
    const { chromePath, runLighthouse } = await import("../lighthouse");
    if (process.env.BENCH_LIGHTHOUSE === "0") lighthouse = { skipped: "skipped (BENCH_LIGHTHOUSE=0)" };
    else if (!chromePath()) lighthouse = { skipped: "chromium not installed (npm run lighthouse; CHROME_PATH)" };
    else {
      console.log("Lighthouse…");
      try {
        const stamp = startedAt.replace(/[:.]/g, "-");
        lighthouse = {
          scores: await runLighthouse([`${origin}/es`, `${origin}${discovery.articlePath}`], "bench-results", stamp),
        };
      } catch (error) {
        lighthouse = { skipped: `failed: ${error instanceof Error ? error.message : String(error)}` };
      }
    }
  }

  const run: RunData = {
    startedAt,
    smoke,
    origin,
    startedServer,
    database,
    loadTool: tool.name === "wrk" ? "wrk (installed)" : "autocannon (wrk not installed)",
    staticServer: staticServer.kind,
    seconds,
    connections,
    staticLoad,
    rows,
    nginxColumn,
    weights,
    cold,
    publish,
    eventLoopMaxMs: loopMax,
    peakRssBytes: peakRss,
    metricsSource,
    pageCache: metrics.pageCache,
    notes,
    lighthouse,
    durationSeconds: (Date.now() - began) / 1000,
  };
  if (broken.length) notes.push(`Broken: ${broken.join("; ")}`);
  const { markdownPath, text } = await writeReport(run, judge(run));
  console.log(`\n${text}\nReport: ${markdownPath} (and .json, bench-results/latest.md)`);
  return broken.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`heraldo bench: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await stopAll();
}
process.exit(code);
