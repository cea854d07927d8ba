/**
 * SQLite (libsql) schema. Must stay column-for-column identical to ./pg.ts:
 * schema.test-d.ts fails the typecheck when the inferred row types drift apart.
 */
import {
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
  type AnySQLiteColumn,
} from "drizzle-orm/sqlite-core";
import { locales } from "../../lib/locales";
import { articleStatuses, roles } from "../../lib/roles";
import { commentStatuses } from "../../lib/comments/statuses";
import type { ArticleSnapshot } from "../../lib/revisions/snapshot";
import { siteImportStatuses } from "../../lib/site-import-statuses";
import type { SiteImportOptions, SiteImportSummary } from "../../server/site-import/summary";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());
const updatedAt = () =>
  integer("updated_at", { mode: "timestamp_ms" })
    .notNull()
    .$defaultFn(() => new Date());

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  /** Public author page slug. */
  slug: text("slug").notNull().unique(),
  /** Biography and job title per locale, e.g. { es: "...", en: "..." }. */
  bio: text("bio", { mode: "json" })
    .$type<Record<string, string>>()
    .notNull()
    .$defaultFn(() => ({})),
  jobTitle: text("job_title", { mode: "json" })
    .$type<Record<string, string>>()
    .notNull()
    .$defaultFn(() => ({})),
  /** Portrait shown on the author page (a media library image). */
  photoMediaId: integer("photo_media_id"),
  role: text("role", { enum: roles }).notNull().default("writer"),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  passwordHash: text("password_hash").notNull(),
  /** Sessions issued before this moment are refused (sign out everywhere, password reset). */
  sessionsValidAfter: integer("sessions_valid_after", { mode: "timestamp_ms" }),
  lastSignInAt: integer("last_sign_in_at", { mode: "timestamp_ms" }),
  /** The newsroom's language for this person; null follows the browser (Accept-Language). */
  newsroomLocale: text("newsroom_locale", { enum: locales }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const topics = sqliteTable("topics", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Main topics get a block on the front page, in this order. */
  frontPagePosition: integer("front_page_position"),
  createdAt: createdAt(),
});

export const topicTranslations = sqliteTable(
  "topic_translations",
  {
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    locale: text("locale").notNull(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    description: text("description").notNull().default(""),
  },
  (t) => [
    primaryKey({ columns: [t.topicId, t.locale] }),
    uniqueIndex("topic_translations_locale_slug").on(t.locale, t.slug),
  ],
);

export const media = sqliteTable("media", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Key of the original file in media storage; variants are derived from it. */
  storageKey: text("storage_key").notNull().unique(),
  mimeType: text("mime_type").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  byteSize: integer("byte_size").notNull(),
  /** Alt text per locale, e.g. { es: "...", en: "..." }. */
  alt: text("alt", { mode: "json" }).$type<Record<string, string>>().notNull(),
  caption: text("caption").notNull().default(""),
  credit: text("credit").notNull().default(""),
  /** The uploaded file's name, for finding it again in the library. */
  originalName: text("original_name").notNull().default(""),
  uploadedById: integer("uploaded_by_id").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const articles = sqliteTable(
  "articles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    locale: text("locale").notNull(),
    /** Articles sharing a translation group are translations of one story. */
    translationGroup: text("translation_group").notNull(),
    status: text("status", { enum: articleStatuses }).notNull().default("draft"),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    /** Sanitised HTML (see lib/html/sanitize.ts); sanitised again when rendered. */
    body: text("body").notNull(),
    /** The body as plain text: indexed for search, counted for reading time. */
    bodyText: text("body_text").notNull().default(""),
    leadMediaId: integer("lead_media_id").references(() => media.id, { onDelete: "restrict" }),
    leadImageCaption: text("lead_image_caption").notNull().default(""),
    leadImageCredit: text("lead_image_credit").notNull().default(""),
    sourceName: text("source_name").notNull().default(""),
    sourceUrl: text("source_url").notNull().default(""),
    correction: text("correction").notNull().default(""),
    /** Search-engine title and description; empty means use the title and summary. */
    seoTitle: text("seo_title").notNull().default(""),
    seoDescription: text("seo_description").notNull().default(""),
    featured: integer("featured", { mode: "boolean" }).notNull().default(false),
    breaking: integer("breaking", { mode: "boolean" }).notNull().default(false),
    commentsEnabled: integer("comments_enabled", { mode: "boolean" }).notNull().default(true),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    /** Incremented on every save; a save must name the version it started from. */
    version: integer("version").notNull().default(1),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    /** When a scheduled article goes live (status "scheduled"). */
    scheduledPublishAt: integer("scheduled_publish_at", { mode: "timestamp_ms" }),
    /** When a published article is taken down automatically. */
    scheduledUnpublishAt: integer("scheduled_unpublish_at", { mode: "timestamp_ms" }),
    /** When the article last entered review: the editors' queue is oldest first. */
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("articles_locale_slug").on(t.locale, t.slug),
    uniqueIndex("articles_translation_group_locale").on(t.translationGroup, t.locale),
    // Teaser lists: newest published first, per language; keeps deep pages on the index.
    index("articles_listing").on(t.locale, t.status, t.publishedAt, t.id),
    index("articles_status_updated").on(t.status, t.updatedAt),
    // Article sitemaps and topic/author counts: published ids in order, covering what a sitemap
    // entry shows and the language, so a sitemap batch never reads article rows (whose dates sit
    // after the body, in overflow pages on SQLite) and a count probes it by id, never the table.
    index("articles_published_id").on(t.status, t.id, t.locale, t.translationGroup, t.slug, t.publishedAt, t.updatedAt),
    // The scheduler's two questions, by status first: "published and due to come down" must not
    // be answered by walking every published article (a covering index on status alone would).
    index("articles_scheduled_publish").on(t.status, t.scheduledPublishAt),
    index("articles_scheduled_unpublish").on(t.status, t.scheduledUnpublishAt),
    // The newsroom list's sorts, each walked in order so a page is read from its index
    // (db/queries/articles/staff-list.ts); never-published articles sort last either way
    // (SQLite keeps NULLs first, so newest first walks it backwards).
    index("articles_updated").on(t.updatedAt, t.id),
    index("articles_published").on(t.publishedAt, t.id),
    index("articles_title").on(t.title, t.id),
    // A writer's list hides other writers' drafts: counted from this index, not the rows.
    index("articles_status_creator").on(t.status, t.createdById),
  ],
);

export const articleAuthors = sqliteTable(
  "article_authors",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.userId] }),
    // With the article id, an author's articles are read (and counted) from the index alone.
    index("article_authors_user").on(t.userId, t.articleId),
  ],
);

export const articleTopics = sqliteTable(
  "article_topics",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    topicId: integer("topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.topicId] }), index("article_topics_topic").on(t.topicId, t.articleId)],
);

/** Site settings editable by admins, one row per key; values validated by lib/settings.ts. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<unknown>().notNull(),
  updatedAt: updatedAt(),
});

/** Every save of an article, numbered like the article's version after that save. */
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    snapshot: text("snapshot", { mode: "json" }).$type<ArticleSnapshot>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("article_revisions_article_revision").on(t.articleId, t.revision)],
);

/**
 * The note an editor wrote when sending a submitted article back to its writer: one per
 * article, the latest, kept until the article next changes status (the writer resubmits, or an
 * editor publishes or schedules it). The audit log keeps every note for the article's history.
 */
export const articleReturnNotes = sqliteTable(
  "article_return_notes",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    note: text("note").notNull(),
    authorId: integer("author_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  // A primary key of the table (not of the column: SQLite would make an integer column's own
  // key optional on insert), so there is one note per article.
  (t) => [primaryKey({ columns: [t.articleId] })],
);

/**
 * Old reader addresses (/{locale}/news/{fromSlug}) kept alive: to an article (wherever it lives
 * now, so chains collapse) or to a path on the site.
 */
export const redirects = sqliteTable(
  "redirects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    locale: text("locale").notNull(),
    fromSlug: text("from_slug").notNull(),
    toArticleId: integer("to_article_id").references(() => articles.id, { onDelete: "cascade" }),
    toPath: text("to_path"),
    permanent: integer("permanent", { mode: "boolean" }).notNull().default(true),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("redirects_locale_from_slug").on(t.locale, t.fromSlug),
    index("redirects_article").on(t.toArticleId),
  ],
);

/** Old topic addresses (/{locale}/topics/{fromSlug}) left behind by renames and merges. */
export const topicRedirects = sqliteTable(
  "topic_redirects",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    locale: text("locale").notNull(),
    fromSlug: text("from_slug").notNull(),
    toTopicId: integer("to_topic_id")
      .notNull()
      .references(() => topics.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("topic_redirects_locale_from_slug").on(t.locale, t.fromSlug)],
);

/**
 * Append-only record of what staff did (and of failed sign-ins). The app only ever inserts;
 * actorLabel keeps who it was even if the account is renamed later.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    occurredAt: integer("occurred_at", { mode: "timestamp_ms" })
      .notNull()
      .$defaultFn(() => new Date()),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull().default(""),
    action: text("action").notNull(),
    targetType: text("target_type").notNull().default(""),
    targetId: text("target_id"),
    /** One readable line, e.g. "Published “Title” (es)". */
    summary: text("summary").notNull().default(""),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    ipAddress: text("ip_address"),
  },
  (t) => [
    index("audit_log_occurred").on(t.occurredAt, t.id),
    index("audit_log_actor").on(t.actorId, t.occurredAt),
    index("audit_log_action").on(t.action, t.occurredAt),
    // An article's history reads its entries by target.
    index("audit_log_target").on(t.targetType, t.targetId, t.occurredAt),
  ],
);

/**
 * Failed sign-in counters, one row per key ("account:<email>" or "address:<ip>"). Kept in the
 * database so a lockout holds across restarts and across instances.
 */
export const signInThrottles = sqliteTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: integer("window_started_at", { mode: "timestamp_ms" }).notNull(),
  lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
  updatedAt: updatedAt(),
});

/**
 * One row per staff sign-in. The session cookie carries the row's id; a session counts only
 * while its row is neither revoked (sign-out, "sign out everywhere", password change) nor past
 * its expiry, so a copied cookie stops working the moment its session ends.
 */
export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("staff_sessions_user").on(t.userId), index("staff_sessions_expiry").on(t.expiresAt)],
);

/**
 * One-time links for accounts: password resets (userId set) and invitations (email, name and
 * role set; the account is created when the link is used). Only a hash of the token is stored.
 */
export const accountTokens = sqliteTable(
  "account_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    purpose: text("purpose", { enum: ["password-reset", "invite"] }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email"),
    name: text("name"),
    role: text("role", { enum: roles }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_user").on(t.userId)],
);

/** Share links that show an unpublished article to someone without an account. */
export const previewLinks = sqliteTable(
  "preview_links",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** Random value signed into the token, so a token cannot be made up from an id. */
    nonce: text("nonce").notNull().unique(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [index("preview_links_article").on(t.articleId)],
);

/** Reads per article per day (UTC "YYYY-MM-DD"), written in batches, never per page view. */
export const articleReadCounts = sqliteTable(
  "article_read_counts",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    reads: integer("reads").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.day] }), index("article_read_counts_day").on(t.day)],
);

/**
 * Who has an article open in the editor now: one row per article and staff member, its expiry
 * moved on by the editor's heartbeat (lib/presence.ts). A row past its expiry no longer counts,
 * so a closed laptop drops out by itself; leaving the page deletes the row at once.
 */
export const articlePresence = sqliteTable(
  "article_presence",
  {
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

/**
 * Reader comments. New ones wait for an editor (status "pending"); readers see only approved
 * ones. One level of replies: `parentId` names a top-level comment. The email and the client
 * address are for staff only and never rendered on a reader page, in a feed or in JSON-LD.
 */
export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnySQLiteColumn => comments.id, { onDelete: "cascade" }),
    status: text("status", { enum: commentStatuses }).notNull().default("pending"),
    authorName: text("author_name").notNull(),
    authorEmail: text("author_email"),
    body: text("body").notNull(),
    /** A staff reply from the moderation queue: shown as the newsroom's. */
    isStaff: integer("is_staff", { mode: "boolean" }).notNull().default(false),
    authorUserId: integer("author_user_id").references(() => users.id, { onDelete: "set null" }),
    clientAddress: text("client_address"),
    /** A hash of the form token and the text: the same submission is never stored twice. */
    submissionKey: text("submission_key"),
    createdAt: createdAt(),
    moderatedAt: integer("moderated_at", { mode: "timestamp_ms" }),
    moderatedById: integer("moderated_by_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    // The reader page: an article's approved comments, oldest first.
    index("comments_article_status").on(t.articleId, t.status, t.createdAt),
    // The moderation queue, by status, newest first.
    index("comments_status_created").on(t.status, t.createdAt),
    // The per-address limits: how many comments one client sent lately.
    index("comments_address_created").on(t.clientAddress, t.createdAt),
    index("comments_parent").on(t.parentId),
    uniqueIndex("comments_submission_key").on(t.submissionKey),
  ],
);

/**
 * Articles brought in from another system's export (server/site-import): which story of which
 * file each one is, so importing the same file again changes nothing and a newer export updates
 * in place; and the story's address on the old site, which answers with a 308 to its new one.
 */
export const importedStories = sqliteTable(
  "imported_stories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** `<format>:<the source's own id>`, e.g. `wordpress:https://old.example/?p=12`. */
    sourceKey: text("source_key").notNull(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** A hash of everything imported from the story: unchanged means nothing to do. */
    contentHash: text("content_hash").notNull(),
    /** The source's translation group: stories sharing it become translations of each other. */
    translationKey: text("translation_key"),
    /** The old site's path (and query), e.g. `/2019/05/nota/`; answered with a 308. */
    oldPath: text("old_path"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("imported_stories_source_key").on(t.sourceKey),
    uniqueIndex("imported_stories_article").on(t.articleId),
    uniqueIndex("imported_stories_old_path").on(t.oldPath),
    index("imported_stories_translation_key").on(t.translationKey),
  ],
);

/**
 * Runs of the site importer (/admin/import): the uploaded file, what it was asked, how far it
 * has got and what it reported. The run writes its progress here (at most once a second), so
 * whichever instance a browser's poll lands on reads the same state.
 */
export const siteImports = sqliteTable(
  "site_imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    status: text("status", { enum: siteImportStatuses }).notNull().default("checked"),
    /** The uploaded file's own name, for people; the file itself is at `filePath`. */
    fileName: text("file_name").notNull(),
    filePath: text("file_path").notNull(),
    /**
     * The server whose disk holds the file (host name and port): with several instances the
     * import runs there, whichever instance the start reached (server/site-import/run.ts).
     */
    fileHost: text("file_host"),
    options: text("options", { mode: "json" }).$type<Omit<SiteImportOptions, "dryRun">>().notNull(),
    progressDone: integer("progress_done").notNull().default(0),
    progressTotal: integer("progress_total"),
    /** The dry run's summary until the import runs, then the import's own. */
    summary: text("summary", { mode: "json" }).$type<SiteImportSummary>(),
    error: text("error"),
    createdById: integer("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    /** Last sign of life of a running import, so one cut short by a restart can be told apart. */
    updatedAt: updatedAt(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("site_imports_status").on(t.status), index("site_imports_created").on(t.createdAt)],
);

/**
 * Content changed by a command while the servers may be running (an archive import, a restore):
 * each server's scheduler pass expires its reader caches when a newer row appears, so the change
 * shows without a restart, with or without a shared cache (server/outside-changes.ts).
 */
export const outsideChanges = sqliteTable("outside_changes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** The command that made it: `import:site`, `restore`… */
  command: text("command").notNull(),
  createdAt: createdAt(),
});
