import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import { judgePosting } from "@/lib/comments/spam-policy";
import { createArticle } from "../articles/saves";
import { transitionArticle } from "../articles/transitions";
import {
  articleInput,
  countRows,
  createStaff,
  publishedAt,
  refusal,
  resetTestDatabase,
  thrownBy,
} from "@/test/database";
import { postComment, type NewComment } from "./posting";
import { listApprovedComments } from "./reader";
import {
  commentCountsByArticle,
  countWaitingComments,
  listStaffComments,
  moderateComments,
  replyToComment,
} from "./moderation";

beforeEach(resetTestDatabase);

let serial = 0;
function comment(articleId: number, overrides: Partial<NewComment> = {}): NewComment {
  serial += 1;
  return {
    articleId,
    parentId: null,
    authorName: "Lectora",
    authorEmail: "lectora@example.org",
    body: `Comentario ${serial}`,
    clientAddress: "203.0.113.5",
    submissionKey: `key-${serial}`,
    ...overrides,
  };
}

const open = { siteCommentsEnabled: true, judge: () => ({ kind: "accept" as const }) };
const policy = {
  siteCommentsEnabled: true,
  judge: (counts: Parameters<typeof judgePosting>[0]) => judgePosting(counts, 60_000),
};

describe("posting a comment", () => {
  it("stores a waiting comment that readers do not see until an editor approves it", async () => {
    const editor = await createStaff("editor");
    const article = await publishedAt(editor, new Date());
    const posted = await postComment(comment(article.id, { body: "Muy buena noticia" }), open);
    expect(posted.stored).toBe(true);
    expect((await listApprovedComments(article.id)).count).toBe(0);

    const id = posted.stored ? posted.id : 0;
    await moderateComments(editor, [id], "approve");
    const shown = await listApprovedComments(article.id);
    expect(shown.count).toBe(1);
    expect(shown.threads[0]).toMatchObject({ authorName: "Lectora", body: "Muy buena noticia", isStaff: false });
    // Nothing staff-only leaves the reader query.
    expect(JSON.stringify(shown)).not.toContain("lectora@example.org");
    expect(JSON.stringify(shown)).not.toContain("203.0.113.5");
  });

  it("refuses drafts, unpublished articles, closed articles and a site with comments off, storing nothing", async () => {
    const editor = await createStaff("editor");
    const draft = await createArticle(editor, articleInput({ slug: "borrador" }));
    const closed = await publishedAt(editor, new Date(), { slug: "cerrada", commentsEnabled: false });
    const withdrawn = await publishedAt(editor, new Date(), { slug: "retirada" });
    await transitionArticle(editor, withdrawn.id, "unpublish");
    const live = await publishedAt(editor, new Date(), { slug: "abierta" });

    for (const id of [draft.id, closed.id, withdrawn.id, 999_999])
      expect(await thrownBy(() => postComment(comment(id), open))).toEqual(refusal("commentsClosed"));
    expect(await thrownBy(() => postComment(comment(live.id), { ...open, siteCommentsEnabled: false }))).toEqual(
      refusal("commentsClosed"),
    );
    expect(await countRows(tables.comments)).toBe(0);
  });

  it("stores the same submission once: a replay is refused", async () => {
    const editor = await createStaff("editor");
    const article = await publishedAt(editor, new Date());
    const first = comment(article.id, { submissionKey: "same" });
    await postComment(first, open);
    expect(await thrownBy(() => postComment({ ...first }, open))).toEqual(refusal("commentReplay"));
    expect(await countRows(tables.comments)).toBe(1);
  });

  it("takes replies only to a shown top-level comment of the same article", async () => {
    const editor = await createStaff("editor");
    const article = await publishedAt(editor, new Date(), { slug: "una" });
    const other = await publishedAt(editor, new Date(), { slug: "otra" });
    const top = await postComment(comment(article.id), open);
    const topId = top.stored ? top.id : 0;
    expect(await thrownBy(() => postComment(comment(article.id, { parentId: topId }), open))).toEqual(
      refusal("commentParent"),
    );
    await moderateComments(editor, [topId], "approve");
    const reply = await postComment(comment(article.id, { parentId: topId }), open);
    expect(reply.stored).toBe(true);
    const replyId = reply.stored ? reply.id : 0;
    await moderateComments(editor, [replyId], "approve");
    // Only one level: a reply to a reply, or to another article's comment, is refused.
    expect(await thrownBy(() => postComment(comment(article.id, { parentId: replyId }), open))).toEqual(
      refusal("commentParent"),
    );
    expect(await thrownBy(() => postComment(comment(other.id, { parentId: topId }), open))).toEqual(
      refusal("commentParent"),
    );
    expect((await listApprovedComments(article.id)).threads[0]?.replies).toHaveLength(1);
  });

  it("counts in the database: a flood from one address is asked the question, then refused", async () => {
    const editor = await createStaff("editor");
    const articles: { id: number }[] = [];
    for (let n = 0; n < 20; n += 1) articles.push(await publishedAt(editor, new Date(), { slug: `noticia-${n}` }));
    const verdicts: string[] = [];
    for (let n = 0; n < 100; n += 1) {
      const outcome = await postComment(comment(articles[n % 20]?.id ?? 0), {
        ...policy,
        // Pretend the reader answers every question: only the hard limit then stops them.
        judge: (counts) => {
          const verdict = judgePosting(counts, 60_000);
          return verdict.kind === "challenge" ? { kind: "accept" as const } : verdict;
        },
      });
      verdicts.push(outcome.stored ? "stored" : outcome.verdict.kind);
    }
    expect(verdicts.filter((v) => v === "stored")).toHaveLength(10);
    expect(verdicts.slice(10).every((v) => v === "refuse")).toBe(true);
    expect(await countRows(tables.comments)).toBe(10);
    // Another reader is not affected.
    const other = await postComment(comment(articles[0]?.id ?? 0, { clientAddress: "198.51.100.1" }), policy);
    expect(other.stored).toBe(true);
  });
});

describe("moderation", () => {
  it("approves, rejects, marks as spam and deletes (with replies), each audited", async () => {
    const editor = await createStaff("editor");
    const article = await publishedAt(editor, new Date());
    const ids: number[] = [];
    for (let n = 0; n < 4; n += 1) {
      const posted = await postComment(comment(article.id), open);
      if (posted.stored) ids.push(posted.id);
    }
    const [a = 0, b = 0, c = 0, d = 0] = ids;
    expect(await countWaitingComments(editor)).toBe(4);
    await moderateComments(editor, [a, b], "approve");
    await moderateComments(editor, [c], "reject");
    await moderateComments(editor, [d], "spam");
    await replyToComment(editor, a, "Gracias, corregido.");
    expect(await countWaitingComments(editor)).toBe(0);
    const shown = await listApprovedComments(article.id);
    expect(shown.count).toBe(3);
    expect(shown.threads[0]?.replies[0]).toMatchObject({ isStaff: true, authorName: editor.name });

    await moderateComments(editor, [a], "delete");
    expect((await listApprovedComments(article.id)).count).toBe(1);
    const audit = await db.select().from(tables.auditLog).where(eq(tables.auditLog.targetType, "comment"));
    expect(audit.map((entry) => entry.action).sort()).toEqual(
      [
        "comment.approve",
        "comment.approve",
        "comment.delete",
        "comment.reject",
        "comment.reply",
        "comment.spam",
      ].sort(),
    );
    expect((await commentCountsByArticle([article.id])).get(article.id)).toEqual({ approved: 1, pending: 0 });
  });

  it("shows writers the comments on their own articles only, and lets them change nothing", async () => {
    const writer = await createStaff("writer");
    const editor = await createStaff("editor");
    const own = await createArticle(writer, articleInput({ slug: "propia" }));
    await transitionArticle(editor, own.id, "publish");
    const others = await publishedAt(editor, new Date(), { slug: "ajena" });
    const mine = await postComment(comment(own.id), open);
    await postComment(comment(others.id), open);

    const list = await listStaffComments(writer, { status: "all", articleId: null, page: 1 });
    expect(list.rows.map((row) => row.articleId)).toEqual([own.id]);
    expect(await countWaitingComments(writer)).toBe(1);
    expect(await thrownBy(() => moderateComments(writer, [mine.stored ? mine.id : 0], "approve"))).toEqual(
      refusal("forbidden"),
    );
  });
});
