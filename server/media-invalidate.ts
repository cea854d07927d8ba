/**
 * After a library image changed (new file, new alt text): expire the reader pages that show it.
 * Server actions pass "action" (updateTag: the next request is fresh); route handlers "route".
 */
import "server-only";
import { revalidateTag, updateTag } from "next/cache";
import { cacheTags } from "@/lib/cache-tags";
import type { MediaUsage } from "@/db/queries/media-usage";
import { articleCacheKeys } from "@/db/queries/staff-articles";
import { purgeReaderResponses } from "./response-cache/purge";

export async function invalidateMediaUsage(usage: MediaUsage, caller: "action" | "route"): Promise<void> {
  const tags = new Set<string>();
  for (const article of usage.articles) {
    if (article.status !== "published") continue;
    const keys = await articleCacheKeys(article.id);
    for (const page of keys.pages) {
      tags.add(cacheTags.article(page.locale, page.slug));
      tags.add(cacheTags.listing(page.locale));
    }
    for (const id of keys.topicIds) tags.add(cacheTags.topic(id));
    for (const id of keys.authorIds) tags.add(cacheTags.author(id));
  }
  for (const author of usage.authors) {
    tags.add(cacheTags.author(author.id));
    tags.add(cacheTags.authors);
  }
  if (usage.siteLogo) tags.add(cacheTags.settings);
  for (const tag of tags) {
    if (caller === "action") updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  if (tags.size > 0) purgeReaderResponses();
}
