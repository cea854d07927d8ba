/**
 * Run as a child of the benchmark with the bench DATABASE_URL: gives the oldest published Spanish
 * article 500 approved comments (a fifth of them replies, some with a link), once, and prints its
 * address, which the benchmark loads as "Article with 500 comments".
 */
import { and, asc, count, eq } from "drizzle-orm";
import { loadEnv } from "@/server/env";
import { runCommand } from "../cli";

const wanted = 500;

await runCommand("bench", async () => {
  loadEnv();
  const { db, tables } = await import("@/db/client");
  const { articles, comments } = tables;
  const [article] = await db
    .select({ id: articles.id, slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.status, "published"), eq(articles.locale, "es")))
    .orderBy(asc(articles.id))
    .limit(1);
  if (!article) throw new Error("no published Spanish article to comment on");
  const [existing] = await db
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.articleId, article.id), eq(comments.status, "approved")));
  const missing = wanted - (existing?.n ?? 0);
  if (missing > 0) {
    await db.transaction(async (tx) => {
      const start = Date.now() - missing * 60_000;
      let thread: number | null = null;
      for (let n = 0; n < missing; n += 1) {
        const reply: boolean = thread !== null && n % 5 === 4;
        const [row]: { id: number }[] = await tx
          .insert(comments)
          .values({
            articleId: article.id,
            parentId: reply ? thread : null,
            status: "approved",
            authorName: `Lector ${n + 1}`,
            authorEmail: `lector${n + 1}@example.org`,
            body:
              n % 7 === 0
                ? `Comentario ${n + 1}. Más información en https://example.org/informe-${n}`
                : `Comentario ${n + 1} sobre la noticia.\n\nUn segundo párrafo con algo más de texto para que pese como uno real.`,
            isStaff: reply && n % 10 === 9,
            clientAddress: "192.0.2.1",
            createdAt: new Date(start + n * 60_000),
          })
          .returning({ id: comments.id });
        if (!reply && row) thread = row.id;
      }
    });
  }
  console.log(`/es/news/${article.slug}`);
});
