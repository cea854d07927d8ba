/** Test helpers: a migrated, empty database before each test that asks for one. */
import { transitionArticle } from "@/db/queries/articles/transitions";
import { migrateDatabase, wipeDatabase } from "@/db/maintenance";
import { insertUser } from "@/db/queries/accounts/users";
import { createArticle } from "@/db/queries/articles/saves";
import type { StaffUser } from "@/db/queries/types";
import type { Role } from "@/lib/roles";
import { count, eq, inArray } from "drizzle-orm";
import { expect } from "vitest";
import type { DomainErrorCode } from "@/lib/domain-error";
import { db, tables } from "@/db/client";
import type { ArticleFormInput } from "@/lib/validation/article-form";

let migrated = false;

export async function resetTestDatabase(): Promise<void> {
  if (!migrated) {
    await migrateDatabase();
    migrated = true;
  }
  await wipeDatabase({ fewRows: true });
}

let counter = 0;

/** A staff account of the given role (the hash is a placeholder: tests do not sign in). */
export async function createStaff(
  role: Role,
  overrides: Partial<{ active: boolean; name: string }> = {},
): Promise<StaffUser> {
  counter += 1;
  const name = overrides.name ?? `${role} ${counter}`;
  const email = `${role}${counter}@test.example`;
  const id = await insertUser({ email, name, slug: `${role}-${counter}`, role, passwordHash: "not-a-real-hash" });
  return { id, email, name, role };
}

// ---------------------------------------------------------------------------------------------
// Fixtures for the data-layer tests: rows written straight through `db`, so a test of one query
// module does not depend on another module's write path.

/** Number of rows in a table, e.g. `await countRows(tables.articles)`. */
export async function countRows(table: (typeof tables)[keyof typeof tables]): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

/** A topic named in each given language: `{ es: ["Salud", "salud"], en: ["Health", "health"] }`. */
export async function createTopic(
  names: Partial<Record<string, [name: string, slug: string]>>,
  frontPagePosition: number | null = null,
): Promise<number> {
  const [row] = await db.insert(tables.topics).values({ frontPagePosition }).returning({ id: tables.topics.id });
  if (!row) throw new Error("topic insert returned no row");
  const translations = Object.entries(names).flatMap(([locale, pair]) =>
    pair ? [{ topicId: row.id, locale, name: pair[0], slug: pair[1], description: `${pair[0]} (${locale})` }] : [],
  );
  if (translations.length) await db.insert(tables.topicTranslations).values(translations);
  return row.id;
}

let mediaCounter = 0;

/** A media row (no file is written: the data layer only stores the key). */
export async function createMedia(alt: Record<string, string> = { es: "Imagen", en: "Image" }): Promise<number> {
  mediaCounter += 1;
  const [row] = await db
    .insert(tables.media)
    .values({
      storageKey: `test/image-${mediaCounter}.jpg`,
      mimeType: "image/jpeg",
      width: 1600,
      height: 900,
      byteSize: 1234,
      alt,
    })
    .returning({ id: tables.media.id });
  if (!row) throw new Error("media insert returned no row");
  return row.id;
}

let articleCounter = 0;

/** Valid, already-parsed article form input with a fresh slug; override what the test is about. */
export function articleInput(overrides: Partial<ArticleFormInput> = {}): ArticleFormInput {
  articleCounter += 1;
  return {
    locale: "es",
    title: `Noticia de prueba ${articleCounter}`,
    slug: `noticia-de-prueba-${articleCounter}`,
    summary: "Un resumen breve.",
    body: "<p>El cuerpo de la noticia.</p>",
    topicIds: [],
    authorIds: [],
    leadMediaId: null,
    leadImageCaption: "",
    leadImageCredit: "",
    sourceName: "",
    sourceUrl: "",
    correction: "",
    seoTitle: "",
    seoDescription: "",
    featured: false,
    breaking: false,
    commentsEnabled: true,
    ...overrides,
  };
}

/** The stored article row, read straight from the table. */
export async function readArticleRow(id: number) {
  const [row] = await db.select().from(tables.articles).where(eq(tables.articles.id, id)).limit(1);
  if (!row) throw new Error(`article ${id} not found`);
  return row;
}

/** Makes articles translations of each other by giving them one translation group. */
export async function linkTranslations(...ids: number[]): Promise<void> {
  const group = `group-${ids.join("-")}`;
  await db.update(tables.articles).set({ translationGroup: group }).where(inArray(tables.articles.id, ids));
}

/** What `action` threw; fails the test when it throws nothing. */
export async function thrownBy(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to throw");
}

/** Creates and publishes an article, then pins its publication (and, optionally, edit) time. */
export async function publishedAt(
  editor: StaffUser,
  when: Date,
  overrides: Partial<ArticleFormInput> = {},
  updatedAt: Date = when,
): Promise<{ id: number; slug: string; title: string }> {
  const input = articleInput(overrides);
  const { id } = await createArticle(editor, input);
  await transitionArticle(editor, id, "publish");
  await db.update(tables.articles).set({ publishedAt: when, updatedAt }).where(eq(tables.articles.id, id));
  return { id, slug: input.slug, title: input.title };
}

/**
 * Matches the refusal the data layer throws (lib/domain-error.ts) with this code, and any
 * further details given: `expect(await thrownBy(...)).toEqual(refusal("forbidden"))`.
 */
export function refusal(code: DomainErrorCode, details: Record<string, unknown> = {}): unknown {
  return expect.objectContaining({ name: "DomainError", code, ...details });
}
