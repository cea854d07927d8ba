/**
 * `npm run lighthouse`: Lighthouse's mobile audit of the front page and an article, with the
 * system's chromium, against BENCH_URL or a server started as `npm run bench` starts it.
 * Targets: performance ≥ 98, accessibility and SEO 100. Reports go to bench-results/.
 * `npm run bench` calls runLighthouse at its end when chromium is installed.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import lighthouse from "lighthouse";
import { rawGet, waitForOk } from "./bench/http";
import { startProcess, stopAll, stopChildrenOnExit, stopProcess } from "./bench/processes";
import type { LighthouseScores } from "./bench/report";
import { freePort } from "./bench/server";
import { chromiumFlags } from "../e2e/support/chromium";

export function chromePath(): string | null {
  const candidates = [
    process.env.CHROME_PATH,
    process.env.CHROMIUM_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null;
}

const chromeFlags = ["--headless=new", ...chromiumFlags];

/** The first article the front page links to. */
export async function articleUrl(origin: string): Promise<string> {
  const front = (await rawGet(`${origin}/es`)).body.toString("utf8");
  const article = /\/es\/news\/[a-z0-9-]+(?=["?#])/.exec(front)?.[0];
  if (!article) throw new Error("the front page links to no article");
  return `${origin}${article}`;
}

/** Audits each URL in one chromium; writes Lighthouse's HTML report for each into `directory`. */
export async function runLighthouse(urls: string[], directory: string, stamp: string): Promise<LighthouseScores[]> {
  const chrome = chromePath();
  if (!chrome) throw new Error("chromium not found (set CHROME_PATH)");
  const port = await freePort();
  const profile = await mkdtemp(path.join(os.tmpdir(), "heraldo-lighthouse-"));
  const browser = startProcess(
    chrome,
    [...chromeFlags, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"],
    {
      stdio: "ignore",
    },
  );
  try {
    await waitForOk(`http://127.0.0.1:${port}/json/version`, 30_000, () => browser.exitCode === null);
    await mkdir(directory, { recursive: true });
    const scores: LighthouseScores[] = [];
    for (const url of urls) {
      // Lighthouse's default settings are the mobile form factor with simulated throttling.
      const result = await lighthouse(url, {
        port,
        output: "html",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "seo", "best-practices"],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const score = (id: string) => Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
      scores.push({
        url,
        performance: score("performance"),
        accessibility: score("accessibility"),
        seo: score("seo"),
        bestPractices: score("best-practices"),
      });
      const name = new URL(url).pathname.split("/").filter(Boolean).join("-") || "root";
      const html = Array.isArray(result.report) ? result.report.join("\n") : result.report;
      await writeFile(path.join(directory, `lighthouse-${stamp}-${name}.html`), html);
    }
    return scores;
  } finally {
    await stopProcess(browser);
    await rm(profile, { recursive: true, force: true });
  }
}

export function lighthouseMarkdown(scores: LighthouseScores[]): string {
  const lines = [
    "| page | performance | accessibility | SEO | best practices | targets |",
    "|---|---|---|---|---|---|",
  ];
  for (const s of scores) {
    const met = s.performance >= 98 && s.accessibility === 100 && s.seo === 100;
    lines.push(
      `| ${s.url} | ${s.performance} | ${s.accessibility} | ${s.seo} | ${s.bestPractices} | ${met ? "met" : "**missed**"} |`,
    );
  }
  return `${lines.join("\n")}\n\nTargets: performance ≥ 98, accessibility 100, SEO 100 (mobile).\n`;
}

async function main(): Promise<void> {
  stopChildrenOnExit();
  const { benchDatabaseUrl, benchMediaDir, articleCount, isSmoke } = await import("./bench/config");
  const { benchEnvironment, ensureBuild, prepareDatabase, startServer } = await import("./bench/server");
  let origin = process.env.BENCH_URL?.replace(/\/$/, "");
  try {
    if (!origin) {
      await ensureBuild();
      const smoke = isSmoke();
      const database = await prepareDatabase(benchDatabaseUrl(smoke), benchMediaDir(), articleCount(smoke));
      origin = (await startServer(benchEnvironment(database.url, benchMediaDir()))).origin;
    }
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const scores = await runLighthouse([`${origin}/es`, await articleUrl(origin)], "bench-results", stamp);
    const text = `# Lighthouse (mobile), ${stamp}\n\n${lighthouseMarkdown(scores)}`;
    await writeFile(path.join("bench-results", `lighthouse-${stamp}.md`), text);
    await writeFile(path.join("bench-results", `lighthouse-${stamp}.json`), `${JSON.stringify(scores, null, 2)}\n`);
    console.log(text);
  } finally {
    await stopAll();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(`heraldo lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    void stopAll().finally(() => process.exit(1));
  });
}
