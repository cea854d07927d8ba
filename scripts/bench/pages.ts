/**
 * What to load, found from the site itself (so BENCH_URL can point anywhere): an article and a
 * topic from the front page, the listings' page counts from their pagination, a common and a rare
 * search word from the archive. Also what each page weighs: HTML raw, gzip and brotli, and the
 * client JavaScript it loads.
 */
import { browserEncoding, rawGet } from "./http";

export type Target = {
  key: string;
  name: string;
  path: string;
  /** Cached reader pages held to the throughput and p99 targets. */
  cachedPage: boolean;
  search: boolean;
  html: boolean;
  note?: string;
};

export type PageWeight = {
  key: string;
  path: string;
  rawBytes: number;
  gzipBytes: number;
  brotliBytes: number;
  scripts: { src: string; bytes: number }[];
  scriptBytes: number;
};

async function html(origin: string, path: string): Promise<string> {
  const response = await rawGet(`${origin}${path}`, {}, 60_000);
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response.body.toString("utf8");
}

/** "Página 3 de 840" in the pagination's aria-current paragraph; 1 without pagination. */
export function pageCount(document: string): number {
  const text = /aria-current="page"[^>]*>([^<]*)</.exec(document)?.[1] ?? "";
  const numbers = text.match(/\d[\d.,]*/g) ?? [];
  const last = numbers.at(-1);
  return last ? Number(last.replace(/[.,]/g, "")) : 1;
}

/** "1.234 resultados para «…»"; 0 when nothing was found. */
function searchTotal(document: string): number {
  const match = /([\d.,\u00a0 ]+)\s+resultados?\s+para/.exec(document);
  return match?.[1] ? Number(match[1].replace(/\D/g, "")) : 0;
}

function links(document: string, pattern: RegExp): string[] {
  return [...new Set([...document.matchAll(pattern)].map((m) => m[0]))];
}

const results = (n: number) => `${n} ${n === 1 ? "result" : "results"}`;

const decode = (text: string) =>
  text
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

export type Discovery = {
  targets: Target[];
  frontPages: number;
  topicPath: string;
  topicPages: number;
  articlePath: string;
  notes: string[];
};

export async function discoverTargets(
  origin: string,
  deepPage: number,
  /** An article with 500 approved comments, when the benchmark seeded one. */
  commentedArticle: string | null = null,
): Promise<Discovery> {
  const notes: string[] = [];
  const front = await html(origin, "/es");
  const articlePath = links(front, /\/es\/news\/[a-z0-9-]+(?=["?#])/g)[0];
  if (!articlePath) throw new Error("the front page links to no article");
  const frontPages = pageCount(await html(origin, "/es?page=2"));

  // The topic with the most pages, of those the front page links to.
  let topicPath = "";
  let topicPages = 0;
  for (const path of links(front, /\/es\/topics\/[a-z0-9-]+(?=["?#])/g).slice(0, 12)) {
    const pages = pageCount(await html(origin, path));
    if (pages > topicPages) [topicPath, topicPages] = [path, pages];
  }
  if (!topicPath) throw new Error("the front page links to no topic");

  const deep = (pages: number, listing: string) => {
    if (pages >= deepPage) return deepPage;
    notes.push(
      `${listing} has ${pages} ${pages === 1 ? "page" : "pages"}: its last page (${pages}) stands in for page ${deepPage}.`,
    );
    return pages;
  };
  const frontDeep = deep(frontPages, "The front listing");
  const topicDeep = deep(topicPages, `The largest topic listing (${topicPath})`);
  const paged = (path: string, page: number) => (page <= 1 ? path : `${path}?page=${page}`);

  // The common word: whichever of a few everyday news words the archive holds most of.
  let common = { word: "gobierno", total: -1 };
  for (const word of ["gobierno", "ciudad", "nuevo", "año"]) {
    const total = searchTotal(await html(origin, `/es/search?q=${encodeURIComponent(word)}`));
    if (total > common.total) common = { word, total };
  }
  // The rare word: a long word from a deep page's headlines that few articles share.
  const deepListing = await html(origin, paged("/es", frontDeep));
  const words = [...deepListing.matchAll(/<h[23][^>]*>(?:<a[^>]*>)?([^<]+)</g)]
    .flatMap((m) => decode(m[1] ?? "").split(/[^\p{L}]+/u))
    .filter((w) => w.length >= 7)
    .map((w) => w.toLowerCase());
  let rare = { word: "", total: Number.POSITIVE_INFINITY };
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 6)) {
    const total = searchTotal(await html(origin, `/es/search?q=${encodeURIComponent(word)}`));
    if (total > 0 && total < rare.total) rare = { word, total };
  }
  if (!rare.word) rare = { word: "zarzaparrilla", total: 0 };
  notes.push(`Search words: "${common.word}" matches ${common.total} articles, "${rare.word}" ${rare.total}.`);

  const page = (key: string, name: string, path: string, extra: Partial<Target> = {}): Target => ({
    key,
    name,
    path,
    cachedPage: false,
    search: false,
    html: true,
    ...extra,
  });
  const targets: Target[] = [
    page("front", "Front page", "/es", { cachedPage: true }),
    page("article", "Article", articlePath, { cachedPage: true }),
    ...(commentedArticle
      ? [page("articleComments", "Article with 500 comments", commentedArticle, { cachedPage: true })]
      : []),
    page("topic", "Topic", topicPath, { cachedPage: true }),
    page("frontDeep", `Front listing, page ${frontDeep}`, paged("/es", frontDeep), { cachedPage: true }),
    page("topicDeep", `Topic listing, page ${topicDeep}`, paged(topicPath, topicDeep), { cachedPage: true }),
    page(
      "searchCommon",
      `Search, common word (${results(common.total)})`,
      `/es/search?q=${encodeURIComponent(common.word)}`,
      {
        search: true,
      },
    ),
    page("searchRare", `Search, rare word (${results(rare.total)})`, `/es/search?q=${encodeURIComponent(rare.word)}`, {
      search: true,
    }),
    page("feed", "RSS feed", "/es/feed.xml", { html: false }),
    page("sitemap", "Article sitemap 1", "/sitemaps/articles-1.xml", { html: false }),
    page("pdf", "Article PDF (cached)", `${articlePath}/pdf`, { html: false }),
  ];
  if (!commentedArticle)
    notes.push("No article with 500 comments was measured: the benchmark did not seed this server.");
  return { targets, frontPages, topicPath, topicPages, articlePath, notes };
}

export async function weigh(origin: string, target: Target): Promise<PageWeight> {
  const [raw, gzip, brotli] = await Promise.all(
    ["identity", "gzip", "br"].map((encoding) => rawGet(`${origin}${target.path}`, { "accept-encoding": encoding })),
  );
  if (!raw || !gzip || !brotli) throw new Error("unreachable");
  const document = raw.body.toString("utf8");
  const sources = [...document.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)]
    .map((m) => decode(m[1] ?? ""))
    .filter((src) => src.startsWith("/") && !src.startsWith("//"));
  const scripts = await Promise.all(
    [...new Set(sources)].map(async (src) => ({
      src,
      bytes: (await rawGet(`${origin}${src}`, browserEncoding)).body.length,
    })),
  );
  return {
    key: target.key,
    path: target.path,
    rawBytes: raw.body.length,
    gzipBytes: gzip.headers["content-encoding"] === "gzip" ? gzip.body.length : Number.NaN,
    brotliBytes: brotli.headers["content-encoding"] === "br" ? brotli.body.length : Number.NaN,
    scripts,
    scriptBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
  };
}

/** A listing page number never asked for in this run, for one cold request. */
export function unusedPage(pages: number, used: Set<number>): number | null {
  if (pages < 2) return null;
  for (let attempt = 0; attempt < 50; attempt++) {
    const page = 2 + Math.floor(Math.random() * (pages - 1));
    if (!used.has(page)) return page;
  }
  return null;
}
