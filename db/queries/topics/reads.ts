/** Topics. Access rule: reading is public; writes belong to ./manage.ts. */
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { db, tables } from "../../client";
import type { TopicLink } from "../types";

const { topics, topicTranslations } = tables;

export type TopicWithTranslations = TopicLink & { description: string; slugs: Record<string, string> };

/** Every topic named in a language, alphabetically. */
export async function listTopics(locale: string): Promise<TopicLink[]> {
  return db
    .select({ id: topicTranslations.topicId, name: topicTranslations.name, slug: topicTranslations.slug })
    .from(topicTranslations)
    .where(eq(topicTranslations.locale, locale))
    .orderBy(asc(topicTranslations.name));
}

/** Topics that get a front-page block, in their configured order. */
export async function listFrontPageTopics(locale: string): Promise<TopicLink[]> {
  return db
    .select({ id: topicTranslations.topicId, name: topicTranslations.name, slug: topicTranslations.slug })
    .from(topics)
    .innerJoin(topicTranslations, and(eq(topicTranslations.topicId, topics.id), eq(topicTranslations.locale, locale)))
    .where(isNotNull(topics.frontPagePosition))
    .orderBy(asc(topics.frontPagePosition));
}

/** A topic by its slug in a language, with its slugs in every language (for the switcher). */
export async function getTopicBySlug(locale: string, slug: string): Promise<TopicWithTranslations | null> {
  const [row] = await db
    .select({
      id: topicTranslations.topicId,
      name: topicTranslations.name,
      slug: topicTranslations.slug,
      description: topicTranslations.description,
    })
    .from(topicTranslations)
    .where(and(eq(topicTranslations.locale, locale), eq(topicTranslations.slug, slug)))
    .limit(1);
  if (!row) return null;
  const all = await db
    .select({ locale: topicTranslations.locale, slug: topicTranslations.slug })
    .from(topicTranslations)
    .where(eq(topicTranslations.topicId, row.id));
  return { ...row, slugs: Object.fromEntries(all.map((t) => [t.locale, t.slug])) };
}

/** Where an old topic address (renamed or merged away) leads now, or null. */
export async function resolveTopicRedirect(locale: string, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ slug: topicTranslations.slug })
    .from(tables.topicRedirects)
    .innerJoin(
      topicTranslations,
      and(eq(topicTranslations.topicId, tables.topicRedirects.toTopicId), eq(topicTranslations.locale, locale)),
    )
    .where(and(eq(tables.topicRedirects.locale, locale), eq(tables.topicRedirects.fromSlug, slug)))
    .limit(1);
  return row && row.slug !== slug ? row.slug : null;
}
