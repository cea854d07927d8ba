/**
 * Writes the demo newsroom into an empty database: topics, staff, generated lead images and
 * the bilingual stories, most of them linked to their translation.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { count } from "drizzle-orm";
import { db, tables } from "../client";
import { hashPassword } from "@/lib/password";
import { slugify } from "@/lib/slug";
import { htmlToText, sanitizeArticleHtml } from "@/lib/html/sanitize";
import { getMediaStorage } from "@/server/media-storage";
import { locales } from "@/lib/locales";
import { demoAuthors, demoTopics } from "./people";
import { demoImageHeight, demoImageWidth, drawDemoImage, drawDemoPortrait } from "./images";
import { demoStories } from "./stories";
import { workInProgress } from "./work-in-progress";
import type { AuthorKey, TopicKey } from "./types";

const { users, topics, topicTranslations, media, articles, articleAuthors, articleTopics, articleReadCounts } = tables;

/** How many demo articles get a week of read counts. */
const demoReadArticles = 6;

export async function isDatabaseEmpty(): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(articles);
  return (row?.n ?? 0) === 0;
}

export async function seedDemoContent(now: Date = new Date()): Promise<{ articles: number }> {
  // Demo staff cannot sign in until an admin resets their password: nobody knows this one.
  const unusableHash = await hashPassword(randomBytes(32).toString("hex"));

  // Images are drawn before the transaction: file writes cannot be rolled back anyway.
  const storage = getMediaStorage();
  const images = new Map<string, { key: string; bytes: number }>();
  for (const [index, story] of demoStories.entries()) {
    const data = await drawDemoImage(story.image.motif, story.image.hue, index + 1);
    const key = `demo/${story.key}-${createHash("sha256").update(data).digest("hex").slice(0, 10)}.jpg`;
    await storage.put(key, data);
    images.set(story.key, { key, bytes: data.length });
  }

  const portraits = new Map<AuthorKey, { key: string; bytes: number }>();
  for (const [index, key] of (Object.keys(demoAuthors) as AuthorKey[]).entries()) {
    const data = await drawDemoPortrait(index * 67 + 20);
    const storageKey = `demo/portrait-${key}-${createHash("sha256").update(data).digest("hex").slice(0, 10)}.jpg`;
    await storage.put(storageKey, data);
    portraits.set(key, { key: storageKey, bytes: data.length });
  }

  let articleCount = 0;
  const readArticleIds: number[] = [];
  await db.transaction(async (tx) => {
    const topicIds = new Map<TopicKey, number>();
    for (const [key, topic] of Object.entries(demoTopics) as [TopicKey, (typeof demoTopics)[TopicKey]][]) {
      const [row] = await tx
        .insert(topics)
        .values({ frontPagePosition: topic.frontPagePosition })
        .returning({ id: topics.id });
      if (!row) throw new Error("topic insert failed");
      topicIds.set(key, row.id);
      await tx.insert(topicTranslations).values(
        locales.map((locale) => {
          const [name, slug, description] = topic[locale];
          return { topicId: row.id, locale, name, slug, description };
        }),
      );
    }

    const authorIds = new Map<AuthorKey, number>();
    for (const [key, author] of Object.entries(demoAuthors) as [AuthorKey, (typeof demoAuthors)[AuthorKey]][]) {
      const portrait = portraits.get(key);
      if (!portrait) throw new Error(`missing portrait for ${key}`);
      const [photo] = await tx
        .insert(media)
        .values({
          storageKey: portrait.key,
          mimeType: "image/jpeg",
          width: 480,
          height: 480,
          byteSize: portrait.bytes,
          alt: { es: `Retrato de ${author.name}`, en: `Portrait of ${author.name}` },
          credit: "Heraldo",
        })
        .returning({ id: media.id });
      const [row] = await tx
        .insert(users)
        .values({
          email: author.email,
          name: author.name,
          slug: slugify(author.name),
          role: author.role,
          bio: author.bio,
          jobTitle: author.jobTitle,
          photoMediaId: photo?.id ?? null,
          passwordHash: unusableHash,
        })
        .returning({ id: users.id });
      if (!row) throw new Error("user insert failed");
      authorIds.set(key, row.id);
    }

    const storyImageIds = new Map<string, number>();
    for (const story of demoStories) {
      const image = images.get(story.key);
      if (!image) throw new Error(`missing image for ${story.key}`);
      const alt: Record<string, string> = {};
      for (const locale of locales) {
        const text = story[locale];
        if (text) alt[locale] = text.imageAlt;
      }
      const [mediaRow] = await tx
        .insert(media)
        .values({
          storageKey: image.key,
          mimeType: "image/jpeg",
          width: demoImageWidth,
          height: demoImageHeight,
          byteSize: image.bytes,
          alt,
          caption: "",
          credit: story.image.credit,
        })
        .returning({ id: media.id });
      if (!mediaRow) throw new Error("media insert failed");
      storyImageIds.set(story.key, mediaRow.id);

      const group = randomUUID();
      const publishedAt = new Date(now.getTime() - story.publishedHoursAgo * 3_600_000);
      for (const locale of locales) {
        const text = story[locale];
        if (!text) continue;
        const editedAfterwards = text.correction !== undefined;
        const body = sanitizeArticleHtml(text.body);
        const [articleRow] = await tx
          .insert(articles)
          .values({
            locale,
            translationGroup: group,
            status: "published",
            slug: slugify(text.title),
            title: text.title,
            summary: text.summary,
            body,
            bodyText: htmlToText(body),
            leadMediaId: mediaRow.id,
            leadImageCaption: text.imageCaption,
            leadImageCredit: story.image.credit,
            sourceName: story.source?.name ?? "",
            sourceUrl: story.source?.url ?? "",
            correction: text.correction ?? "",
            featured: story.featured ?? false,
            breaking: story.breaking ?? false,
            createdById: authorIds.get(story.authors[0] ?? "elena") ?? null,
            publishedAt,
            createdAt: publishedAt,
            updatedAt: editedAfterwards ? new Date(publishedAt.getTime() + 3 * 3_600_000) : publishedAt,
          })
          .returning({ id: articles.id });
        if (!articleRow) throw new Error("article insert failed");
        articleCount += 1;
        if (readArticleIds.length < demoReadArticles) readArticleIds.push(articleRow.id);
        await tx.insert(articleAuthors).values(
          story.authors.map((key, position) => {
            const userId = authorIds.get(key);
            if (!userId) throw new Error(`unknown author ${key}`);
            return { articleId: articleRow.id, userId, position };
          }),
        );
        await tx.insert(articleTopics).values(
          story.topics.map((key) => {
            const topicId = topicIds.get(key);
            if (!topicId) throw new Error(`unknown topic ${key}`);
            return { articleId: articleRow.id, topicId };
          }),
        );
      }
    }
    for (const item of workInProgress) {
      const body = sanitizeArticleHtml(item.body);
      const createdById = authorIds.get(item.author) ?? null;
      const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
      const [articleRow] = await tx
        .insert(articles)
        .values({
          locale: item.locale,
          translationGroup: randomUUID(),
          status: item.status,
          slug: slugify(item.title),
          title: item.title,
          summary: item.summary,
          body,
          bodyText: htmlToText(body),
          leadMediaId: storyImageIds.get(item.imageOf) ?? null,
          createdById,
          submittedAt: item.submittedHoursAgo === undefined ? null : hours(-item.submittedHoursAgo),
          scheduledPublishAt: item.publishInHours === undefined ? null : hours(item.publishInHours),
          createdAt: hours(-5),
          updatedAt: hours(-(item.submittedHoursAgo ?? 1)),
        })
        .returning({ id: articles.id });
      if (!articleRow || createdById === null) throw new Error("work-in-progress insert failed");
      articleCount += 1;
      await tx.insert(articleAuthors).values({ articleId: articleRow.id, userId: createdById, position: 0 });
      const topicId = topicIds.get(item.topic);
      if (topicId === undefined) throw new Error(`unknown topic ${item.topic}`);
      await tx.insert(articleTopics).values({ articleId: articleRow.id, topicId });
    }
    // A week of reads for a few stories, so the dashboard's most-read chart has something to show.
    const rows = readArticleIds.flatMap((articleId, rank) =>
      Array.from({ length: 7 }, (_, daysAgo) => ({
        articleId,
        day: new Date(now.getTime() - daysAgo * 86_400_000).toISOString().slice(0, 10),
        reads: Math.max(1, 60 - rank * 7 - daysAgo * 3 + ((rank + daysAgo) % 4)),
      })),
    );
    if (rows.length) await tx.insert(articleReadCounts).values(rows);
  });
  return { articles: articleCount };
}
