import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { signPreviewToken, verifyPreviewToken } from "@/server/preview-token";
import { articleInput, createStaff, resetTestDatabase, thrownBy, refusal } from "@/test/database";
import { checkPreviewLink, createPreviewLink, listLivePreviewLinks, revokePreviewLink } from "./preview-links";
import { createArticle } from "./saves";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "preview-link-test-secret-0123456789abcdef";
});
beforeEach(resetTestDatabase);

const now = new Date("2026-06-01T12:00:00Z");

describe("preview links", () => {
  it("gives the writer of an article a link that works until it expires", async () => {
    const writer = await createStaff("writer");
    const { id } = await createArticle(writer, articleInput());
    const link = await createPreviewLink(writer, id, 1, now);
    const token = signPreviewToken(link);

    const claims = verifyPreviewToken(token);
    expect(claims).not.toBeNull();
    expect(await checkPreviewLink(claims!, now)).toMatchObject({ valid: true, articleId: id, status: "draft" });
    expect(await checkPreviewLink(claims!, new Date("2026-06-01T13:00:00Z"))).toEqual({
      valid: false,
      reason: "gone",
    });
    expect((await listLivePreviewLinks(writer, id, now)).map((l) => l.id)).toEqual([link.id]);
    const [entry] = await db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "preview.share"));
    expect(JSON.stringify(entry)).not.toContain(link.nonce);
  });

  it("stops working once revoked, and the revocation is audited", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    const link = await createPreviewLink(editor, id, 168, now);
    expect(await revokePreviewLink(editor, id, link.id, now)).toBe(true);
    expect(await checkPreviewLink(verifyPreviewToken(signPreviewToken(link))!, now)).toEqual({
      valid: false,
      reason: "gone",
    });
    expect(await listLivePreviewLinks(editor, id, now)).toEqual([]);
    const entries = await db.select().from(tables.auditLog).where(eq(tables.auditLog.action, "preview.revoke"));
    expect(entries).toHaveLength(1);
  });

  it("refuses tampered tokens and tokens for unknown links", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    const link = await createPreviewLink(editor, id, 24, now);
    const token = signPreviewToken(link);
    const later = signPreviewToken({ ...link, expiresAt: new Date(link.expiresAt.getTime() + 86_400_000) });
    // A later expiry signed with another key, and the real token with a changed id or expiry.
    expect(verifyPreviewToken(later, "another-key-another-key-another-key")).toBeNull();
    expect(verifyPreviewToken(token.replace(/^\d+/, "999"))).toBeNull();
    expect(verifyPreviewToken(token.replace(/\.(\d+)\./, ".1$1."))).toBeNull();
    expect(verifyPreviewToken("nonsense")).toBeNull();
    expect(verifyPreviewToken(`${token}x`)).toBeNull();
    // Well signed, but naming a link that does not exist.
    const ghost = verifyPreviewToken(signPreviewToken({ ...link, id: link.id + 100 }));
    expect(await checkPreviewLink(ghost!, now)).toEqual({ valid: false, reason: "unknown" });
  });

  it("does not let a writer share or revoke someone else's article", async () => {
    const author = await createStaff("writer");
    const other = await createStaff("writer");
    const { id } = await createArticle(author, articleInput());
    expect(await thrownBy(() => createPreviewLink(other, id, 1, now))).toEqual(refusal("forbidden"));
    const link = await createPreviewLink(author, id, 1, now);
    expect(await thrownBy(() => revokePreviewLink(other, id, link.id, now))).toEqual(refusal("forbidden"));
    expect(await listLivePreviewLinks(author, id, now)).toHaveLength(1);
  });
});
