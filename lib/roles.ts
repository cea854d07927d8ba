export const roles = ["admin", "editor", "writer"] as const;
export type Role = (typeof roles)[number];

export const articleStatuses = ["draft", "review", "scheduled", "published", "unpublished"] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
