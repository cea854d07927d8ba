/** Plain objects the data layer hands to pages: no driver types leak out. */
import type { ArticleStatus, Role } from "@/lib/roles";

export type ImageRef = {
  id: number;
  /** Key in media storage (server use: share images, PDFs). */
  storageKey: string;
  src: string;
  width: number;
  height: number;
  alt: string;
};

export type TopicLink = { id: number; name: string; slug: string };
export type AuthorLink = { id: number; name: string; slug: string };

export type ArticleTeaser = {
  id: number;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  sourceName: string;
  /** ISO 8601; plain strings so results survive the data cache's serialisation. */
  publishedAt: string;
  image: ImageRef | null;
  topic: TopicLink | null;
  breaking: boolean;
};

export type ArticleDetail = ArticleTeaser & {
  body: string;
  readingMinutes: number;
  leadImageCaption: string;
  leadImageCredit: string;
  sourceUrl: string;
  correction: string;
  updatedAt: string;
  authors: AuthorLink[];
  topics: TopicLink[];
  translations: { locale: string; slug: string; title: string }[];
  commentsEnabled: boolean;
  /** For search results and shares; empty means the headline and summary are used. */
  seoTitle: string;
  seoDescription: string;
};

export type Page<T> = { items: T[]; page: number; pageCount: number; total: number };

export type StaffUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
};

export type StaffArticleRow = {
  id: number;
  locale: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  /** The version the list was read at: a bulk delete or edit is refused if it moved on. */
  version: number;
  updatedAt: Date;
  publishedAt: Date | null;
  /** Words in the body text. */
  wordCount: number;
  /** When it goes live (status "scheduled") and when it comes down, if scheduled. */
  scheduledPublishAt: Date | null;
  scheduledUnpublishAt: Date | null;
  createdById: number | null;
  authorNames: string[];
  /** The story's other languages, each with its article id (for links). */
  translations: { locale: string; id: number }[];
};
