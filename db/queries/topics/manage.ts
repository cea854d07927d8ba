/**
 * Managing topics: create, rename, merge, delete. Access rule: every function here needs
 * `topic.manage` (editors and admins) and checks it itself. Renames and merges leave permanent
 * redirects from the old topic addresses; every change is audited in the same transaction.
 */
import { DomainError } from "@/lib/domain-error";
import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import { assertCan } from "@/lib/permissions";
import { locales, type Locale } from "@/lib/locales";
import { db, tables, type Executor } from "../../client";
import { violatedUniqueIndex } from "../../errors";
import { recordAudit } from "../audit/record";
import type { StaffUser } from "../types";

const { topics, topicTranslations, topicRedirects, articleTopics, articles } = tables;

export type TopicTranslationInput = { name: string; slug: string; description: string };
export type TopicInput = {
  frontPagePosition: number | null;
  translations: Record<Locale, TopicTranslationInput>;
};

/** Field keys such as "slug.es"; values are message keys under topics.errors. */
export type TopicFieldErrors = Partial<Record<string, "slugTaken">>;

export type StaffTopicRow = {
  id: number;
  frontPagePosition: number | null;
  names: Partial<Record<Locale, { name: string; slug: string }>>;
  /** Articles (any status) using the topic, per language. */
  articleCounts: Partial<Record<Locale, number>>;
};

/** Every topic with its names and article counts, ordered by its name in `locale`. */
export async function listStaffTopics(actor: StaffUser, locale: Locale): Promise<StaffTopicRow[]> {
  assertCan(actor, "topic.manage");
  const [rows, names, counts] = await Promise.all([
    db.select({ id: topics.id, frontPagePosition: topics.frontPagePosition }).from(topics),
    db
      .select({
        topicId: topicTranslations.topicId,
        locale: topicTranslations.locale,
        name: topicTranslations.name,
        slug: topicTranslations.slug,
      })
      .from(topicTranslations),
    db
      .select({ topicId: articleTopics.topicId, locale: articles.locale, n: count() })
      .from(articleTopics)
      .innerJoin(articles, eq(articles.id, articleTopics.articleId))
      .groupBy(articleTopics.topicId, articles.locale),
  ]);
  const byId = new Map<number, StaffTopicRow>(rows.map((row) => [row.id, { ...row, names: {}, articleCounts: {} }]));
  for (const n of names) {
    const row = byId.get(n.topicId);
    if (row && (locales as readonly string[]).includes(n.locale)) row.names[n.locale as Locale] = n;
  }
  for (const c of counts) {
    const row = byId.get(c.topicId);
    if (row && (locales as readonly string[]).includes(c.locale)) row.articleCounts[c.locale as Locale] = Number(c.n);
  }
  const label = (row: StaffTopicRow) => row.names[locale]?.name ?? Object.values(row.names)[0]?.name ?? "";
  return [...byId.values()].sort((a, b) => label(a).localeCompare(label(b), locale));
}

export type StaffTopic = TopicInput & { id: number };

export async function getStaffTopic(actor: StaffUser, id: number): Promise<StaffTopic | null> {
  assertCan(actor, "topic.manage");
  const [row] = await db.select().from(topics).where(eq(topics.id, id)).limit(1);
  if (!row) return null;
  const names = await db.select().from(topicTranslations).where(eq(topicTranslations.topicId, id));
  const translations = Object.fromEntries(
    locales.map((l) => {
      const t = names.find((n) => n.locale === l);
      return [l, { name: t?.name ?? "", slug: t?.slug ?? "", description: t?.description ?? "" }];
    }),
  ) as Record<Locale, TopicTranslationInput>;
  return { id, frontPagePosition: row.frontPagePosition, translations };
}

/** Reader-cache keys a topic change touches: its addresses and its published articles' pages. */
export type TopicFootprint = {
  topicIds: number[];
  /** Topic addresses (old and new) per language. */
  topicPages: { locale: string; slug: string }[];
  articlePages: { locale: string; slug: string }[];
};

async function publishedArticlesOf(
  executor: Executor,
  topicIds: number[],
): Promise<{ locale: string; slug: string }[]> {
  if (topicIds.length === 0) return [];
  return executor
    .selectDistinct({ locale: articles.locale, slug: articles.slug })
    .from(articleTopics)
    .innerJoin(articles, eq(articles.id, articleTopics.articleId))
    .where(and(inArray(articleTopics.topicId, topicIds), eq(articles.status, "published")));
}

/**
 * A save that raced another to a slug is refused like one caught by the check before writing;
 * any other error passes through. The driver names the index, not the row, so every slug is
 * flagged.
 */
function asSlugRefusal(error: unknown): never {
  const index = violatedUniqueIndex(error);
  if (!index || !/slug/.test(index)) throw error;
  const fields: TopicFieldErrors = Object.fromEntries(locales.map((l) => [`slug.${l}`, "slugTaken" as const]));
  throw new DomainError("invalid", { fields });
}

/** Which of the input's slugs another topic already uses (checked before writing, per field). */
async function takenSlugs(executor: Executor, input: TopicInput, ownId: number | null): Promise<TopicFieldErrors> {
  const errors: TopicFieldErrors = {};
  for (const locale of locales) {
    const slug = input.translations[locale].slug;
    const [clash] = await executor
      .select({ id: topicTranslations.topicId })
      .from(topicTranslations)
      .where(
        and(
          eq(topicTranslations.locale, locale),
          eq(topicTranslations.slug, slug),
          ...(ownId === null ? [] : [ne(topicTranslations.topicId, ownId)]),
        ),
      )
      .limit(1);
    if (clash) errors[`slug.${locale}`] = "slugTaken";
  }
  return errors;
}

/** A live topic's address wins over an old one: drop redirects from the slugs now in use. */
async function releaseRedirects(executor: Executor, input: TopicInput): Promise<void> {
  for (const locale of locales) {
    await executor
      .delete(topicRedirects)
      .where(and(eq(topicRedirects.locale, locale), eq(topicRedirects.fromSlug, input.translations[locale].slug)));
  }
}

function nameOf(input: TopicInput): string {
  return locales.map((l) => input.translations[l].name).join(" / ");
}

export async function createTopic(
  actor: StaffUser,
  input: TopicInput,
): Promise<{ id: number; footprint: TopicFootprint }> {
  assertCan(actor, "topic.manage");
  return db
    .transaction(async (tx) => {
      const taken = await takenSlugs(tx, input, null);
      if (Object.keys(taken).length) throw new DomainError("invalid", { fields: taken });
      const [row] = await tx
        .insert(topics)
        .values({ frontPagePosition: input.frontPagePosition })
        .returning({ id: topics.id });
      if (!row) throw new Error("Topic insert returned no row");
      await releaseRedirects(tx, input);
      await tx
        .insert(topicTranslations)
        .values(locales.map((locale) => ({ topicId: row.id, locale, ...input.translations[locale] })));
      await recordAudit(
        {
          action: "topic.create",
          actor,
          target: { type: "topic", id: row.id },
          summary: `Created topic “${nameOf(input)}”`,
          details: { translations: input.translations, frontPagePosition: input.frontPagePosition },
        },
        tx,
      );
      const topicPages = locales.map((locale) => ({ locale, slug: input.translations[locale].slug }));
      return { id: row.id, footprint: { topicIds: [row.id], topicPages, articlePages: [] } };
    })
    .catch(asSlugRefusal);
}

/** Saves names, slugs, descriptions and front-page position; changed slugs leave redirects. */
export async function updateTopic(actor: StaffUser, id: number, input: TopicInput): Promise<TopicFootprint> {
  assertCan(actor, "topic.manage");
  return db
    .transaction(async (tx) => {
      const [row] = await tx.select().from(topics).where(eq(topics.id, id)).limit(1);
      if (!row) throw new DomainError("notFound");
      const taken = await takenSlugs(tx, input, id);
      if (Object.keys(taken).length) throw new DomainError("invalid", { fields: taken });
      const before = await tx.select().from(topicTranslations).where(eq(topicTranslations.topicId, id));
      await releaseRedirects(tx, input);
      const changes: string[] = [];
      const topicPages: { locale: string; slug: string }[] = [];
      for (const locale of locales) {
        const next = input.translations[locale];
        const old = before.find((t) => t.locale === locale);
        topicPages.push({ locale, slug: next.slug });
        if (!old) {
          await tx.insert(topicTranslations).values({ topicId: id, locale, ...next });
          changes.push(`${locale}: + “${next.name}”`);
          continue;
        }
        if (old.name !== next.name) changes.push(`name.${locale}: “${old.name}” → “${next.name}”`);
        if (old.description !== next.description) changes.push(`description.${locale}`);
        if (old.slug !== next.slug) {
          changes.push(`slug.${locale}: ${old.slug} → ${next.slug}`);
          topicPages.push({ locale, slug: old.slug });
          await tx
            .insert(topicRedirects)
            .values({ locale, fromSlug: old.slug, toTopicId: id })
            .onConflictDoUpdate({
              target: [topicRedirects.locale, topicRedirects.fromSlug],
              set: { toTopicId: id },
            });
        }
        await tx
          .update(topicTranslations)
          .set(next)
          .where(and(eq(topicTranslations.topicId, id), eq(topicTranslations.locale, locale)));
      }
      if (row.frontPagePosition !== input.frontPagePosition) {
        changes.push(`frontPagePosition: ${row.frontPagePosition ?? "—"} → ${input.frontPagePosition ?? "—"}`);
        await tx.update(topics).set({ frontPagePosition: input.frontPagePosition }).where(eq(topics.id, id));
      }
      if (changes.length) {
        await recordAudit(
          {
            action: "topic.update",
            actor,
            target: { type: "topic", id },
            summary: `Updated topic “${nameOf(input)}”: ${changes.join("; ")}`,
            details: { before, after: input.translations },
          },
          tx,
        );
      }
      return { topicIds: [id], topicPages, articlePages: await publishedArticlesOf(tx, [id]) };
    })
    .catch(asSlugRefusal);
}

/**
 * Moves every article of topic `fromId` to `intoId` (an article already in both keeps one
 * link), removes `fromId`, and sends its addresses (and the redirects that led to it) to `intoId`.
 */
export async function mergeTopics(actor: StaffUser, fromId: number, intoId: number): Promise<TopicFootprint> {
  assertCan(actor, "topic.manage");
  if (fromId === intoId) throw new DomainError("invalid", { fields: { into: "slugTaken" } });
  return db.transaction(async (tx) => {
    const both = await tx
      .select({ id: topics.id })
      .from(topics)
      .where(inArray(topics.id, [fromId, intoId]));
    if (both.length !== 2) throw new DomainError("notFound");
    const fromNames = await tx.select().from(topicTranslations).where(eq(topicTranslations.topicId, fromId));
    const intoNames = await tx.select().from(topicTranslations).where(eq(topicTranslations.topicId, intoId));
    const articlePages = await publishedArticlesOf(tx, [fromId]);

    const moving = await tx
      .select({ articleId: articleTopics.articleId })
      .from(articleTopics)
      .where(eq(articleTopics.topicId, fromId));
    const already = new Set(
      (
        await tx
          .select({ articleId: articleTopics.articleId })
          .from(articleTopics)
          .where(eq(articleTopics.topicId, intoId))
      ).map((r) => r.articleId),
    );
    const toAdd = moving.filter((m) => !already.has(m.articleId));
    await tx.delete(articleTopics).where(eq(articleTopics.topicId, fromId));
    if (toAdd.length)
      await tx.insert(articleTopics).values(toAdd.map((m) => ({ articleId: m.articleId, topicId: intoId })));

    // Old addresses that led to the merged topic now lead to the one it joined.
    await tx.update(topicRedirects).set({ toTopicId: intoId }).where(eq(topicRedirects.toTopicId, fromId));
    await tx.delete(topics).where(eq(topics.id, fromId));
    for (const name of fromNames) {
      await tx
        .insert(topicRedirects)
        .values({ locale: name.locale, fromSlug: name.slug, toTopicId: intoId })
        .onConflictDoUpdate({ target: [topicRedirects.locale, topicRedirects.fromSlug], set: { toTopicId: intoId } });
    }
    const label = (names: typeof fromNames) => names.map((n) => n.name).join(" / ");
    await recordAudit(
      {
        action: "topic.merge",
        actor,
        target: { type: "topic", id: intoId },
        summary: `Merged topic “${label(fromNames)}” into “${label(intoNames)}” (${moving.length} articles)`,
        details: { fromId, intoId, moved: moving.length, alreadyThere: moving.length - toAdd.length },
      },
      tx,
    );
    return {
      topicIds: [fromId, intoId],
      topicPages: [...fromNames, ...intoNames].map((n) => ({ locale: n.locale, slug: n.slug })),
      articlePages,
    };
  });
}

/** Deletes a topic no article uses; otherwise throws TopicInUseError with how many do. */
export async function deleteTopic(actor: StaffUser, id: number): Promise<TopicFootprint> {
  assertCan(actor, "topic.manage");
  return db.transaction(async (tx) => {
    const names = await tx.select().from(topicTranslations).where(eq(topicTranslations.topicId, id));
    const [exists] = await tx.select({ id: topics.id }).from(topics).where(eq(topics.id, id)).limit(1);
    if (!exists) throw new DomainError("notFound");
    const [used] = await tx.select({ n: count() }).from(articleTopics).where(eq(articleTopics.topicId, id));
    const n = Number(used?.n ?? 0);
    if (n > 0) throw new DomainError("inUse", { count: n });
    await tx.delete(topics).where(eq(topics.id, id));
    await recordAudit(
      {
        action: "topic.delete",
        actor,
        target: { type: "topic", id },
        summary: `Deleted topic “${names.map((t) => t.name).join(" / ")}”`,
        details: { translations: names.map(({ locale, name, slug }) => ({ locale, name, slug })) },
      },
      tx,
    );
    return { topicIds: [id], topicPages: names.map((t) => ({ locale: t.locale, slug: t.slug })), articlePages: [] };
  });
}

/** Topics other than `exceptId`, named in `locale`, for the merge target list. */
export async function listMergeTargets(actor: StaffUser, locale: Locale, exceptId: number) {
  assertCan(actor, "topic.manage");
  return db
    .select({ id: topicTranslations.topicId, name: topicTranslations.name })
    .from(topicTranslations)
    .where(and(eq(topicTranslations.locale, locale), ne(topicTranslations.topicId, exceptId)))
    .orderBy(asc(topicTranslations.name));
}
