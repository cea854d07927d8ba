/**
 * The permission table: the one place that says which role may do what. Server actions and
 * staff queries both check it (lib code stays pure: no session reading here).
 */
import { DomainError } from "./domain-error";
import type { ArticleStatus, Role } from "./roles";

const everyone = ["admin", "editor", "writer"] as const satisfies readonly Role[];
const editors = ["admin", "editor"] as const satisfies readonly Role[];
const admins = ["admin"] as const satisfies readonly Role[];

export const permissionTable = {
  "newsroom.enter": everyone,
  "article.create": everyone,
  /** Edit articles one created, while they are drafts or in review. */
  "article.editOwn": everyone,
  "article.submit": everyone,
  "article.editAny": editors,
  /** See everyone's drafts (lists, the editor); without it, one's own drafts and work past draft. */
  "article.seeAllDrafts": editors,
  /** Publish, schedule and unpublish anyone's articles. */
  "article.publish": editors,
  /** List, add and remove redirects from old article addresses. */
  "redirect.manage": editors,
  "topic.manage": editors,
  "comment.moderate": editors,
  /** Browse the media library, upload, and edit, replace or delete one's own uploads. */
  "media.upload": everyone,
  /** Edit, replace and delete anyone's library images. */
  "media.manage": editors,
  "user.manage": admins,
  "settings.manage": admins,
  "site.import": admins,
  "audit.read": admins,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export function can(role: Role, permission: Permission): boolean {
  return (permissionTable[permission] as readonly Role[]).includes(role);
}

/** For data-layer functions: refuses ("forbidden") when the caller's role may not do this. */
export function assertCan(actor: { role: Role }, permission: Permission): void {
  if (!can(actor.role, permission)) throw new DomainError("forbidden", { permission });
}

/**
 * Whether `actor` may see this article in the newsroom: a draft is its writer's until it is
 * submitted, so only its creator and those who see all drafts see it. Staff reads apply the
 * same rule in SQL (db/queries/articles/staff-list.ts).
 */
export function canSeeArticle(
  actor: { id: number; role: Role },
  article: { createdById: number | null; status: ArticleStatus },
): boolean {
  if (!can(actor.role, "newsroom.enter")) return false;
  return article.status !== "draft" || can(actor.role, "article.seeAllDrafts") || article.createdById === actor.id;
}

const writerEditableStatuses: readonly ArticleStatus[] = ["draft", "review"];

/** Whether `actor` may change this article's content. */
export function canEditArticle(
  actor: { id: number; role: Role },
  article: { createdById: number | null; status: ArticleStatus },
): boolean {
  if (can(actor.role, "article.editAny")) return true;
  return (
    can(actor.role, "article.editOwn") &&
    article.createdById === actor.id &&
    writerEditableStatuses.includes(article.status)
  );
}

/**
 * Whether `actor` may delete this article: whoever may edit it. The data layer adds the rule
 * that only work never published can be deleted (published work is unpublished instead, so its
 * address and history stay).
 */
export function canDeleteArticle(
  actor: { id: number; role: Role },
  article: { createdById: number | null; status: ArticleStatus },
): boolean {
  return canEditArticle(actor, article);
}

/**
 * Whether `actor` may start a translation of this article: reading it and creating a new draft
 * leaves the source untouched, so a writer may translate their own article in any status.
 */
export function canTranslateArticle(
  actor: { id: number; role: Role },
  article: { createdById: number | null },
): boolean {
  if (!can(actor.role, "article.create")) return false;
  if (can(actor.role, "article.editAny")) return true;
  return can(actor.role, "article.editOwn") && article.createdById === actor.id;
}

/** Whether `actor` may change a library image's details or file, or delete it. */
export function canManageMedia(actor: { id: number; role: Role }, image: { uploadedById: number | null }): boolean {
  if (can(actor.role, "media.manage")) return true;
  return can(actor.role, "media.upload") && image.uploadedById === actor.id;
}
