/**
 * The video hosts an article may embed, and how their addresses are read. One rule for the
 * editor (which refuses other hosts with a message) and the sanitiser (which drops them).
 */
export type EmbedProvider = "youtube" | "vimeo";
export type Embed = { provider: EmbedProvider; id: string; src: string };

/** Hosts whose players may appear in an article, in the only form stored. */
export const embedHosts = ["www.youtube-nocookie.com", "player.vimeo.com"] as const;

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
const vimeoId = /^\d{1,12}$/;

const youtubeHosts = new Set([
  "youtube.com",
  "www.youtube.com",
  "m.youtube.com",
  "youtube-nocookie.com",
  "www.youtube-nocookie.com",
]);

function youtube(id: string | null | undefined): Embed | null {
  if (!id || !youtubeId.test(id)) return null;
  return { provider: "youtube", id, src: `https://www.youtube-nocookie.com/embed/${id}` };
}

function vimeo(id: string | null | undefined): Embed | null {
  if (!id || !vimeoId.test(id)) return null;
  return { provider: "vimeo", id, src: `https://player.vimeo.com/video/${id}` };
}

/**
 * The embed a pasted address or a stored player address stands for, or null when it is not a
 * video of an allowed host. The result's `src` is always rebuilt from the video id, so nothing
 * else of the given address (query, fragment, user info) reaches the page.
 */
export function embedFromUrl(input: string): Embed | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const parts = url.pathname.split("/").filter(Boolean);
  if (youtubeHosts.has(host)) {
    if (parts[0] === "watch" && parts.length === 1) return youtube(url.searchParams.get("v"));
    if ((parts[0] === "embed" || parts[0] === "shorts" || parts[0] === "live") && parts.length === 2)
      return youtube(parts[1]);
    return null;
  }
  if (host === "youtu.be" && parts.length === 1) return youtube(parts[0]);
  if ((host === "vimeo.com" || host === "www.vimeo.com") && parts.length === 1) return vimeo(parts[0]);
  if (host === "player.vimeo.com" && parts[0] === "video" && parts.length === 2) return vimeo(parts[1]);
  return null;
}

/**
 * The fixed attributes every embedded player gets, whatever the stored HTML says: lazy loading,
 * no referrer beyond the origin, and a sandbox that lets the player run but not navigate the page.
 */
export const embedFrameAttributes = {
  loading: "lazy",
  allow: "accelerometer; encrypted-media; gyroscope; picture-in-picture; fullscreen",
  allowfullscreen: "",
  referrerpolicy: "strict-origin-when-cross-origin",
  sandbox: "allow-scripts allow-same-origin allow-presentation allow-popups",
} as const;
