/**
 * From a story as another system exported it to the article Heraldo will keep, with the same
 * rules the editor applies (lib/validation/article-form.ts): a headline of at most 200
 * characters, a summary, a body with text, a valid address. In two steps, so that a story
 * imported before and unchanged since costs no image work: `describeStory` reads and checks the
 * story and fingerprints it; `finishStory` brings its images in and builds what is written.
 */
import { createHash } from "node:crypto";
import { parseDocument } from "htmlparser2";
import render from "dom-serializer";
import { type Element, isTag, type ChildNode } from "domhandler";
import { htmlToText } from "@/lib/html/sanitize";
import { mediaUrl } from "@/lib/media-url";
import type { Locale } from "@/lib/locales";
import { normalizeSlug, slugify } from "@/lib/slug";
import { articleFormSchema, emptyArticleValues, type ArticleFormInput } from "@/lib/validation/article-form";
import type { StoryToWrite } from "@/db/queries/site-import/write";
import type { SourceStory } from "./source-story";
import type { ImageBridge } from "./images";
import { storyLanguage } from "./language";
import { oldPathOf } from "./old-address";
import type { SiteImportOptions, SkippedItem } from "./summary";

const formatLabels = { wordpress: "WordPress", ghost: "Ghost", rss: "RSS", atom: "Atom" } as const;
const summaryLength = 400;

export type DescribedStory = {
  story: SourceStory;
  sourceKey: string;
  contentHash: string;
  locale: Locale;
  status: StoryToWrite["status"];
  publishedAt: Date | null;
  scheduledPublishAt: Date | null;
  summary: string;
  slugWish: string;
};

/** Where a story is in the file, for messages: "line 46" or "item 3". */
export function whereIs(position: { line?: number; item: number }): string {
  return position.line ? `line ${position.line} (item ${position.item})` : `item ${position.item}`;
}

/** At most `max` characters, cut at a word, with an ellipsis when cut. */
function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

const fieldWords: Record<string, string> = {
  title: "headline",
  summary: "summary",
  body: "text",
  slug: "address",
};
const problemWords: Record<string, string> = {
  required: "is empty",
  tooLong: "is too long",
  slugFormat: "is not a usable address",
};

/** Checks a story and fingerprints what would be imported; a string says why it cannot be. */
export function describeStory(story: SourceStory, options: SiteImportOptions): DescribedStory | string {
  const locale = storyLanguage(story, options.language);
  if (!locale) return "its language could not be told (the file does not say; choose one for the import)";
  if (story.status === "published" && !story.publishedAt) return "it is published but has no publication date";
  if (story.status === "scheduled" && !story.publishedAt) return "it is scheduled but has no date";
  const status: StoryToWrite["status"] =
    story.status === "published" ? "published" : story.status === "scheduled" ? "scheduled" : "draft";
  const bodyText = htmlToText(story.html);
  const summary = shorten(story.excerpt ? htmlToText(story.excerpt) : bodyText, summaryLength);
  const slugWish = normalizeSlug(story.slug ?? "") || slugify(story.title);
  const fingerprint = JSON.stringify([
    story.title,
    slugWish,
    summary,
    story.html,
    status,
    story.publishedAt?.toISOString() ?? null,
    locale,
    story.authors.map((a) => [a.name, a.email ?? ""]),
    story.topics,
    story.featureImage?.url ?? null,
    story.translationGroup ?? null,
    story.url ?? null,
  ]);
  return {
    story,
    sourceKey: `${story.format}:${story.sourceId}`,
    contentHash: createHash("sha256").update(fingerprint).digest("hex"),
    locale,
    status,
    publishedAt: status === "published" ? (story.publishedAt ?? null) : null,
    scheduledPublishAt: status === "scheduled" ? (story.publishedAt ?? null) : null,
    summary,
    slugWish,
  };
}

function* images(nodes: ChildNode[]): Generator<Element> {
  for (const node of nodes) {
    if (!isTag(node)) continue;
    if (node.name === "img") yield node;
    yield* images(node.children);
  }
}

/**
 * Brings the story's images in (or notes them as not imported) and builds the article. The body
 * is sanitised later, on write, by the same function the editor's saves use: scripts, event
 * handlers and images from elsewhere do not survive it.
 */
export async function finishStory(
  described: DescribedStory,
  bridge: ImageBridge,
  notImported: SkippedItem[],
): Promise<StoryToWrite | string> {
  const { story, locale } = described;
  const where = whereIs(story.position);
  const document = parseDocument(story.html);
  for (const img of images(document.children)) {
    const src = img.attribs.src;
    if (!src || src.startsWith("/media/")) continue;
    const brought = await bridge.bring(src, img.attribs.alt, locale);
    if ("refused" in brought) notImported.push({ where, label: src, reason: brought.refused });
    else if (brought.storageKey) img.attribs.src = mediaUrl(brought.storageKey);
  }
  let leadMediaId: number | null = null;
  if (story.featureImage) {
    const brought = await bridge.bring(story.featureImage.url, story.featureImage.alt, locale);
    if ("refused" in brought) notImported.push({ where, label: story.featureImage.url, reason: brought.refused });
    else leadMediaId = brought.mediaId;
  }
  const parsed = articleFormSchema.safeParse({
    ...emptyArticleValues,
    locale,
    title: story.title,
    slug: described.slugWish,
    summary: described.summary,
    body: render(document, { encodeEntities: "utf8" }),
    leadMediaId: leadMediaId === null ? "" : String(leadMediaId),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "story");
    return `its ${fieldWords[field] ?? field} ${problemWords[issue?.message ?? ""] ?? issue?.message ?? "is not valid"}`;
  }
  const article: ArticleFormInput = parsed.data;
  return {
    sourceKey: described.sourceKey,
    sourceLabel: formatLabels[story.format],
    contentHash: described.contentHash,
    translationKey: story.translationGroup ? `${story.format}:${story.translationGroup}` : null,
    oldPath: oldPathOf(story.url),
    oldUrl: story.url ?? null,
    article,
    status: described.status,
    publishedAt: described.publishedAt,
    scheduledPublishAt: described.scheduledPublishAt,
    authors: story.authors.map((author) => ({ name: author.name, email: author.email, bio: author.bio })),
    topics: [...new Map(story.topics.map((name) => [name.trim().toLowerCase(), name.trim()])).values()].filter(Boolean),
  };
}
