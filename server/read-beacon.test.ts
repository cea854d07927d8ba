/**
 * The read beacon end to end below HTTP: requests through the route handler, the counter and
 * the batch write, then the most-read ranking the dashboard shows. Reproduces the forged-reads
 * attack from the security review.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/reads/route";
import { clientAddressHeader } from "@/lib/client-address";
import { listMostRead, readDay } from "@/db/queries/articles/read-counts";
import { createArticle } from "@/db/queries/articles/saves";
import { articleInput, createStaff, publishedAt, resetTestDatabase } from "@/test/database";
import { flushReadCounts } from "./read-counter";

const browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

function beacon(articleId: number, address: string, headers: Record<string, string>): Promise<Response> {
  return POST(
    new Request("http://localhost:3000/api/reads", {
      method: "POST",
      body: String(articleId),
      headers: { host: "localhost:3000", "user-agent": browser, [clientAddressHeader]: address, ...headers },
    }),
  );
}

const ownPage = { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" };
const foreignPage = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };

describe("the read beacon", () => {
  beforeEach(async () => {
    await resetTestDatabase();
    // Reads counted by an earlier test but not yet written are not this test's.
    await flushReadCounts();
  });

  it("does not let forged posts put a draft or anything else in the most-read list", async () => {
    const editor = await createStaff("editor");
    const popular = await publishedAt(editor, new Date("2026-03-01T08:00:00Z"));
    const quiet = await publishedAt(editor, new Date("2026-03-01T09:00:00Z"));
    const draft = await createArticle(editor, articleInput());
    for (let i = 0; i < 5; i += 1) await beacon(popular.id, `198.51.100.${i}`, ownPage);
    await flushReadCounts();
    const before = await listMostRead(readDay(new Date()), 10);
    expect(before).toEqual([{ articleId: popular.id, reads: 5 }]);

    const answers: Response[] = [];
    for (let i = 0; i < 300; i += 1) {
      // From a foreign page, for a draft and for a published story, each from a new address.
      answers.push(await beacon(draft.id, `203.0.113.${i % 250}`, foreignPage));
      answers.push(await beacon(quiet.id, `192.0.2.${i % 250}`, foreignPage));
      // Claiming to be our own page, but for a draft: counted in memory, never stored.
      answers.push(await beacon(draft.id, `10.1.${i >> 8}.${i & 255}`, ownPage));
      // Our own page, one address, the same story over and over: one read.
      answers.push(await beacon(quiet.id, "10.2.0.1", ownPage));
      // No Origin and no Sec-Fetch-Site: not a browser's beacon.
      answers.push(await beacon(quiet.id, `10.3.${i >> 8}.${i & 255}`, {}));
    }
    await flushReadCounts();

    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([204]));
    expect(await listMostRead(readDay(new Date()), 10)).toEqual([
      { articleId: popular.id, reads: 5 },
      { articleId: quiet.id, reads: 1 },
    ]);
  });
});
