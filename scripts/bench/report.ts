/**
 * The report: every figure of the run, each speed target marked met or missed (or not
 * measured, with the reason), as Markdown for people and JSON for tools, in bench-results/.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { LoadResult } from "./load";
import type { PageWeight, Target } from "./pages";
import type { PublishResult } from "./publish";

export type Row = {
  target: Target;
  connections: number;
  app: LoadResult | null;
  nginx: LoadResult | null;
  loopMaxMs: number | null;
};

export type LighthouseScores = {
  url: string;
  performance: number;
  accessibility: number;
  seo: number;
  bestPractices: number;
};

export type RunData = {
  startedAt: string;
  smoke: boolean;
  origin: string;
  startedServer: boolean;
  database: { dialect: string; published: number; seeded: string } | null;
  loadTool: string;
  staticServer: string;
  seconds: number;
  connections: number[];
  staticLoad: Record<number, LoadResult>;
  rows: Row[];
  nginxColumn: string;
  weights: PageWeight[];
  cold: { path: string; ms: number; status: number }[];
  publish: { app: PublishResult | null; nginx: PublishResult | null };
  eventLoopMaxMs: number | null;
  peakRssBytes: number | null;
  metricsSource: string;
  pageCache: unknown;
  notes: string[];
  lighthouse: { scores: LighthouseScores[] } | { skipped: string };
  durationSeconds: number;
};

export type Check = { target: string; status: "met" | "missed" | "not measured"; detail: string };

const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : "n/a");
const ms = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value)
    ? "n/a"
    : `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;
const rate = (value: number) => Math.round(value).toLocaleString("en-US");

function verdict(target: string, ok: boolean | null, detail: string): Check {
  return { target, status: ok === null ? "not measured" : ok ? "met" : "missed", detail };
}

function ratio(result: LoadResult | null, staticLoad: LoadResult | undefined): number | null {
  if (!result || !staticLoad || staticLoad.requestsPerSecond <= 0) return null;
  return result.requestsPerSecond / staticLoad.requestsPerSecond;
}

export function judge(run: RunData): Check[] {
  const checks: Check[] = [];
  const cached = run.rows.filter((r) => r.target.cachedPage);
  for (const [column, floor] of [
    ["app", 0.5],
    ["nginx", 0.4],
  ] as const) {
    const ratios = cached.map((r) => ({ r, x: ratio(r[column], run.staticLoad[r.connections]) }));
    const measured = ratios.filter((e): e is { r: Row; x: number } => e.x !== null);
    const worst = measured.sort((a, b) => a.x - b.x)[0];
    checks.push(
      verdict(
        `Cached pages ≥ ${floor}× the static file's req/s (${column === "app" ? "app alone" : "through nginx"})`,
        measured.length ? measured.every((e) => e.x >= floor) : null,
        worst
          ? `lowest ${worst.x.toFixed(2)}× (${worst.r.target.name}, ${worst.r.connections} connections)`
          : run.nginxColumn,
      ),
    );
  }
  for (const column of ["app", "nginx"] as const) {
    const measured = cached.filter((r) => r[column]);
    const worst = [...measured].sort((a, b) => (b[column]?.p99Ms ?? 0) - (a[column]?.p99Ms ?? 0))[0];
    checks.push(
      verdict(
        `Cached pages p99 < 50 ms (${column === "app" ? "app alone" : "through nginx"})`,
        measured.length ? measured.every((r) => (r[column]?.p99Ms ?? Infinity) < 50) : null,
        worst
          ? `highest ${ms(worst[column]?.p99Ms)} (${worst.target.name}, ${worst.connections} connections)`
          : run.nginxColumn,
      ),
    );
  }
  const failures = run.rows.flatMap((r) =>
    (["app", "nginx"] as const).flatMap((column) => {
      const result = r[column];
      const bad = result ? result.errors + result.timeouts + result.non2xx : 0;
      return bad
        ? [
            `${r.target.name} (${column}, ${r.connections}): ${result?.errors} errors, ${result?.timeouts} time-outs, ${result?.non2xx} non-2xx`,
          ]
        : [];
    }),
  );
  checks.push(verdict("No errors, time-outs or non-2xx answers", failures.length === 0, failures.join("; ") || "none"));
  for (const column of ["app", "nginx"] as const) {
    const searches = run.rows.filter((r) => r.target.search && r[column]);
    const p50 = Math.max(...searches.map((r) => r[column]?.p50Ms ?? Infinity));
    const p99 = Math.max(...searches.map((r) => r[column]?.p99Ms ?? Infinity));
    checks.push(
      verdict(
        `Search p50 < 20 ms and p99 < 100 ms, common and rare word (${column === "app" ? "app alone" : "through nginx"})`,
        searches.length ? p50 < 20 && p99 < 100 : null,
        searches.length ? `worst p50 ${ms(p50)}, worst p99 ${ms(p99)}` : run.nginxColumn,
      ),
    );
  }
  checks.push(
    verdict(
      "A listing page never asked for before < 50 ms (one cold request)",
      run.cold.length ? run.cold.every((c) => c.status === 200 && c.ms < 50) : null,
      run.cold.map((c) => `${c.path}: ${ms(c.ms)} (status ${c.status})`).join("; ") ||
        "no listing with two pages or more",
    ),
  );
  checks.push(
    verdict(
      "Largest event-loop delay < 50 ms during the whole run",
      run.eventLoopMaxMs === null ? null : run.eventLoopMaxMs < 50,
      run.eventLoopMaxMs === null ? "not available (the server has no /_heraldo/metrics)" : ms(run.eventLoopMaxMs),
    ),
  );
  for (const column of ["app", "nginx"] as const) {
    const result = run.publish[column];
    checks.push(
      verdict(
        `Publish visible on the front page < 1 s (${column === "app" ? "app alone" : "through nginx"})`,
        result ? (result.ok ? result.visibleMs < 1000 : false) : null,
        result ? (result.ok ? ms(result.visibleMs) : `failed: ${result.reason}`) : run.nginxColumn,
      ),
    );
  }
  checks.push(
    verdict(
      "Server peak memory < 400 MB",
      run.peakRssBytes === null ? null : run.peakRssBytes < 400 * 1024 * 1024,
      run.peakRssBytes === null
        ? "not available"
        : `${(run.peakRssBytes / 1024 / 1024).toFixed(0)} MB (${run.metricsSource})`,
    ),
  );
  const front = run.weights.find((w) => w.key === "front");
  checks.push(
    verdict(
      "Front page HTML < 60 KB raw and < 10 KB brotli",
      front ? front.rawBytes < 60 * 1024 && front.brotliBytes < 10 * 1024 : null,
      front ? `${kb(front.rawBytes)} raw, ${kb(front.brotliBytes)} brotli` : "not measured",
    ),
  );
  if ("scores" in run.lighthouse) {
    for (const s of run.lighthouse.scores) {
      checks.push(
        verdict(
          `Lighthouse mobile ${new URL(s.url).pathname}: performance ≥ 98, accessibility and SEO 100`,
          s.performance >= 98 && s.accessibility === 100 && s.seo === 100,
          `performance ${s.performance}, accessibility ${s.accessibility}, SEO ${s.seo}, best practices ${s.bestPractices}`,
        ),
      );
    }
  } else
    checks.push(
      verdict("Lighthouse mobile: performance ≥ 98, accessibility and SEO 100", null, run.lighthouse.skipped),
    );
  return checks;
}

function loadCells(result: LoadResult | null, staticLoad: LoadResult | undefined): string[] {
  if (!result) return ["–", "–", "–", "–", "–"];
  const x = ratio(result, staticLoad);
  return [
    rate(result.requestsPerSecond),
    x === null ? "n/a" : `${x.toFixed(2)}×`,
    ms(result.p50Ms),
    ms(result.p99Ms),
    `${result.errors}/${result.timeouts}/${result.non2xx}`,
  ];
}

const table = (head: string[], rows: string[][]) =>
  [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join(
    "\n",
  );

export function markdown(run: RunData, checks: Check[]): string {
  const lines: string[] = [];
  lines.push(`# Heraldo benchmark, ${run.startedAt}${run.smoke ? " (smoke run)" : ""}`, "");
  if (run.smoke)
    lines.push(
      "Smoke run: a small archive and one second per target, to prove every part works. Its figures say nothing about speed; its exit status ignores them.",
      "",
    );
  lines.push(
    `- Server: ${run.startedServer ? `started by the bench at ${run.origin}` : `${run.origin} (BENCH_URL)`}`,
    `- Database: ${run.database ? `${run.database.dialect}, ${run.database.published} published articles (${run.database.seeded})` : "not known (BENCH_URL)"}`,
    `- Load tool: ${run.loadTool}; ${run.seconds} s per target and connection count (${run.connections.join(", ")} connections), after a warm-up; Accept-Encoding: br, gzip`,
    `- Static file (the saved article page): ${run.staticServer}`,
    `- Through nginx: ${run.nginxColumn}`,
    `- Server figures from: ${run.metricsSource}`,
    `- Took ${Math.round(run.durationSeconds)} s`,
    "",
  );
  lines.push(
    "## Targets",
    "",
    table(
      ["target", "", "measured"],
      checks.map((c) => [
        c.target,
        c.status === "met" ? "met" : c.status === "missed" ? "**missed**" : "not measured",
        c.detail,
      ]),
    ),
    "",
  );
  lines.push("## Throughput and latency", "");
  lines.push(
    "Errors column: socket errors / time-outs / non-2xx answers. × is the ratio to the static file's req/s at the same connection count.",
    "",
  );
  const staticRows = run.connections.map((c) => [
    "Static file (" + run.staticServer + ")",
    "/page.html",
    String(c),
    ...loadCells(run.staticLoad[c] ?? null, run.staticLoad[c]),
    "",
    "",
    "",
    "",
    "",
    "–",
  ]);
  lines.push(
    table(
      [
        "target",
        "path",
        "conns",
        "app req/s",
        "×",
        "p50",
        "p99",
        "errors",
        "nginx req/s",
        "×",
        "p50",
        "p99",
        "errors",
        "max loop delay",
      ],
      [
        ...staticRows,
        ...run.rows.map((r) => [
          r.target.name,
          `\`${r.target.path}\``,
          String(r.connections),
          ...loadCells(r.app, run.staticLoad[r.connections]),
          ...loadCells(r.nginx, run.staticLoad[r.connections]),
          ms(r.loopMaxMs),
        ]),
      ],
    ),
    "",
  );
  lines.push("## Page weight", "");
  lines.push(
    table(
      ["page", "HTML raw", "gzip", "brotli", "client JS (compressed)", "scripts"],
      run.weights.map((w) => [
        `\`${w.path}\``,
        kb(w.rawBytes),
        kb(w.gzipBytes),
        kb(w.brotliBytes),
        kb(w.scriptBytes),
        w.scripts.map((s) => `${s.src.split("/").pop()} ${kb(s.bytes)}`).join(", ") || "none",
      ]),
    ),
    "",
  );
  lines.push("## Publish to visible", "");
  for (const [column, result] of Object.entries(run.publish)) {
    const where = column === "app" ? "app alone" : "through nginx";
    if (!result) lines.push(`- ${where}: ${column === "nginx" ? run.nginxColumn : "not measured"}`);
    else if (result.ok)
      lines.push(
        `- ${where}: ${ms(result.visibleMs)} from pressing Publish to the headline on /es (the publish request itself ${ms(result.publishRequestMs)})`,
      );
    else lines.push(`- ${where}: not measured: ${result.reason}`);
  }
  lines.push("", "## Cold listing pages", "");
  for (const c of run.cold) lines.push(`- \`${c.path}\`: ${ms(c.ms)}, status ${c.status}`);
  if (!run.cold.length) lines.push("- none: no listing has a page this run had not asked for already");
  if ("scores" in run.lighthouse && run.lighthouse.scores.length) {
    lines.push("", "## Lighthouse (mobile)", "");
    lines.push(
      table(
        ["page", "performance", "accessibility", "SEO", "best practices"],
        run.lighthouse.scores.map((s) => [
          s.url,
          String(s.performance),
          String(s.accessibility),
          String(s.seo),
          String(s.bestPractices),
        ]),
      ),
    );
  }
  lines.push("", "## Notes", "");
  for (const note of run.notes) lines.push(`- ${note}`);
  if (run.pageCache) lines.push(`- Reader cache at the end: \`${JSON.stringify(run.pageCache)}\``);
  return `${lines.join("\n")}\n`;
}

export async function writeReport(
  run: RunData,
  checks: Check[],
  directory = "bench-results",
): Promise<{ markdownPath: string; text: string }> {
  await mkdir(directory, { recursive: true });
  const stamp = run.startedAt.replace(/[:.]/g, "-");
  const text = markdown(run, checks);
  const markdownPath = path.join(directory, `report-${stamp}.md`);
  await writeFile(markdownPath, text);
  await writeFile(path.join(directory, `report-${stamp}.json`), `${JSON.stringify({ ...run, checks }, null, 2)}\n`);
  await writeFile(path.join(directory, "latest.md"), text);
  return { markdownPath, text };
}
