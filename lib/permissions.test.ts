import { DomainError } from "@/lib/domain-error";
import { refusal } from "@/test/database";
import { describe, expect, it } from "vitest";
import {
  assertCan,
  can,
  canEditArticle,
  canSeeArticle,
  canTranslateArticle,
  permissionTable,
  type Permission,
} from "./permissions";
import { articleStatuses, roles, type Role } from "./roles";

/** What each role may do, written out by hand so a change to the table has to be deliberate. */
const expectedGrants: Record<Role, Permission[]> = {
  admin: [
    "newsroom.enter",
    "article.create",
    "article.editOwn",
    "article.submit",
    "article.editAny",
    "article.seeAllDrafts",
    "article.publish",
    "redirect.manage",
    "topic.manage",
    "comment.moderate",
    "media.upload",
    "media.manage",
    "user.manage",
    "settings.manage",
    "site.import",
    "audit.read",
  ],
  editor: [
    "newsroom.enter",
    "article.create",
    "article.editOwn",
    "article.submit",
    "article.editAny",
    "article.seeAllDrafts",
    "article.publish",
    "redirect.manage",
    "topic.manage",
    "comment.moderate",
    "media.upload",
    "media.manage",
  ],
  writer: ["newsroom.enter", "article.create", "article.editOwn", "article.submit", "media.upload"],
};

const allPermissions = Object.keys(permissionTable) as Permission[];

describe("the permission table", () => {
  it("has exactly the permissions this test knows about", () => {
    expect([...allPermissions].sort()).toEqual([...expectedGrants.admin].sort());
  });

  for (const role of roles) {
    describe(role, () => {
      it.each(allPermissions)(`%s`, (permission) => {
        const expected = expectedGrants[role].includes(permission);
        expect(can(role, permission)).toBe(expected);
        if (expected) expect(() => assertCan({ role }, permission)).not.toThrow();
        else expect(() => assertCan({ role }, permission)).toThrow(expect.objectContaining({ code: "forbidden" }));
      });
    });
  }

  it("names the refused permission in the error", () => {
    let caught: unknown;
    try {
      assertCan({ role: "writer" }, "article.publish");
    } catch (error) {
      caught = error;
    }
    expect(caught).toEqual(refusal("forbidden"));
    expect((caught as DomainError).permission).toBe("article.publish");
  });
});

describe("canEditArticle", () => {
  const writer = { id: 7, role: "writer" as const };

  it.each(articleStatuses)("lets editors and admins edit anyone's %s article", (status) => {
    for (const role of ["editor", "admin"] as const) {
      expect(canEditArticle({ id: 1, role }, { createdById: 99, status })).toBe(true);
      expect(canEditArticle({ id: 1, role }, { createdById: null, status })).toBe(true);
    }
  });

  it.each([
    { status: "draft", allowed: true },
    { status: "review", allowed: true },
    { status: "scheduled", allowed: false },
    { status: "published", allowed: false },
    { status: "unpublished", allowed: false },
  ] as const)("lets a writer edit their own $status article: $allowed", ({ status, allowed }) => {
    expect(canEditArticle(writer, { createdById: writer.id, status })).toBe(allowed);
  });

  it.each(articleStatuses)("never lets a writer edit another writer's %s article", (status) => {
    expect(canEditArticle(writer, { createdById: 8, status })).toBe(false);
  });

  it("does not let a writer edit an article whose creator was deleted", () => {
    expect(canEditArticle(writer, { createdById: null, status: "draft" })).toBe(false);
  });
});

describe("canTranslateArticle", () => {
  it("lets editors translate anything and writers only what they created, in any status", () => {
    expect(canTranslateArticle({ id: 1, role: "editor" }, { createdById: 2 })).toBe(true);
    expect(canTranslateArticle({ id: 1, role: "writer" }, { createdById: 1 })).toBe(true);
    expect(canTranslateArticle({ id: 1, role: "writer" }, { createdById: 2 })).toBe(false);
    expect(canTranslateArticle({ id: 1, role: "writer" }, { createdById: null })).toBe(false);
  });
});

describe("canSeeArticle", () => {
  const writer = { id: 7, role: "writer" as const };
  it("hides other writers' drafts from a writer, but not their work past draft", () => {
    expect(canSeeArticle(writer, { createdById: 7, status: "draft" })).toBe(true);
    expect(canSeeArticle(writer, { createdById: 8, status: "draft" })).toBe(false);
    expect(canSeeArticle(writer, { createdById: null, status: "draft" })).toBe(false);
    for (const status of articleStatuses.filter((s) => s !== "draft"))
      expect(canSeeArticle(writer, { createdById: 8, status })).toBe(true);
  });
  it("shows editors and admins every draft", () => {
    for (const role of ["editor", "admin"] as const)
      expect(canSeeArticle({ id: 1, role }, { createdById: 8, status: "draft" })).toBe(true);
  });
});
