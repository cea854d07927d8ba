/**
 * What the bulk archive borrows from the database it is written into: topics, bylines and lead
 * images. Nothing here is created: generated stories are filed under existing topics, credited
 * to existing staff and illustrated with existing images (no new files, no new accounts).
 */
import { and, eq, isNotNull, max } from "drizzle-orm";
import { slugify } from "@/lib/slug";
import { locales, type Locale } from "@/lib/locales";
import { db, tables } from "../../client";
import { demoAuthors, demoTopics } from "../people";
import type { AuthorKey, DemoStory, TopicKey } from "../types";

const { articles, media, topicTranslations, users } = tables;

export type LeadImage = { mediaId: number; credit: string; caption: Partial<Record<Locale, string>> };

export type Newsroom = {
  topicIds: number[];
  userIds: number[];
  images: LeadImage[];
  /** The demo story's topic, if the database has it (found by its slug), else undefined. */
  topicFor: (key: TopicKey) => number | undefined;
  authorFor: (key: AuthorKey) => number | undefined;
  /** The image the demo article of this story has in the database, if it is there. */
  imageFor: (story: DemoStory) => LeadImage | undefined;
  /** Larger than every article id so far: numbers slugs so a second run cannot collide. */
  nextNumber: number;
};

export async function loadNewsroom(): Promise<Newsroom> {
  const topicRows = await db.select().from(topicTranslations);
  const topicBySlug = new Map(topicRows.map((row) => [`${row.locale}:${row.slug}`, row.topicId]));
  const topicIds = [...new Set(topicRows.map((row) => row.topicId))].sort((a, b) => a - b);

  // Active writers and editors sign stories; admins only if nobody else is there.
  const staff = await db
    .select({ id: users.id, slug: users.slug, role: users.role })
    .from(users)
    .where(eq(users.active, true))
    .orderBy(users.id);
  const writers = staff.filter((user) => user.role !== "admin");
  const bylines = writers.length > 0 ? writers : staff;
  const userBySlug = new Map(bylines.map((user) => [user.slug, user.id]));

  // The pool of lead images: those the first published articles use (the demo's, say), with
  // their captions. Bounded, because after a bulk run every article shares one of them.
  const imageRows = await db
    .select({
      mediaId: media.id,
      credit: media.credit,
      locale: articles.locale,
      caption: articles.leadImageCaption,
      slug: articles.slug,
    })
    .from(articles)
    .innerJoin(media, eq(media.id, articles.leadMediaId))
    .where(and(eq(articles.status, "published"), isNotNull(articles.leadMediaId)))
    .orderBy(articles.id)
    .limit(5000);
  const images = new Map<number, LeadImage>();
  const imageBySlug = new Map<string, LeadImage>();
  for (const row of imageRows) {
    const image = images.get(row.mediaId) ?? { mediaId: row.mediaId, credit: row.credit, caption: {} };
    images.set(row.mediaId, image);
    if (row.caption && !image.caption[row.locale as Locale]) image.caption[row.locale as Locale] = row.caption;
    imageBySlug.set(`${row.locale}:${row.slug}`, image);
  }

  const [last] = await db.select({ id: max(articles.id) }).from(articles);

  return {
    topicIds,
    userIds: bylines.map((user) => user.id),
    images: [...images.values()],
    topicFor: (key) => {
      const topic = demoTopics[key];
      return locales.map((locale) => topicBySlug.get(`${locale}:${topic[locale][1]}`)).find((id) => id !== undefined);
    },
    authorFor: (key) => userBySlug.get(slugify(demoAuthors[key].name)),
    imageFor: (story) =>
      locales
        .map((locale) => {
          const title = story[locale]?.title;
          return title === undefined ? undefined : imageBySlug.get(`${locale}:${slugify(title)}`);
        })
        .find((image) => image !== undefined),
    nextNumber: (last?.id ?? 0) + 1,
  };
}

/** Why the database cannot hold a generated archive, or null when it can. */
export function missingForArchive(newsroom: Newsroom): string | null {
  if (newsroom.topicIds.length === 0) return "the database has articles but no topics";
  if (newsroom.userIds.length === 0) return "the database has articles but no active staff to credit";
  if (newsroom.images.length === 0) return "the database has no published article with a lead image to share";
  return null;
}
