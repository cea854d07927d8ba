import { beforeEach, describe, expect, it } from "vitest";
import { articleInput, createStaff, readArticleRow, refusal, resetTestDatabase, thrownBy } from "@/test/database";
import { createArticle, updateArticle } from "./saves";
import { transitionArticle } from "./transitions";
import { listArticleHistory } from "./history";
import { getReturnNote, listReturnedToMe } from "./return-notes";

beforeEach(resetTestDatabase);

async function submitted() {
  const writer = await createStaff("writer", { name: "Wanda" });
  const editor = await createStaff("editor", { name: "Eddie" });
  const { id } = await createArticle(writer, articleInput({ title: "Nueva ley de aguas" }));
  await transitionArticle(writer, id, "submit");
  return { writer, editor, id };
}

describe("sending an article back with a note", () => {
  it("keeps the editor's note for the writer until the article is resubmitted", async () => {
    const { writer, editor, id } = await submitted();
    await transitionArticle(editor, id, "returnToDraft", { note: "  Falta la fuente del dato de la página 2.  " });

    expect((await readArticleRow(id)).status).toBe("draft");
    expect(await getReturnNote(writer, id)).toEqual(
      expect.objectContaining({ note: "Falta la fuente del dato de la página 2.", authorName: "Eddie" }),
    );
    expect(await listReturnedToMe(writer)).toEqual([
      expect.objectContaining({ id, title: "Nueva ley de aguas", note: "Falta la fuente del dato de la página 2." }),
    ]);
    // Someone else's dashboard does not list it.
    expect(await listReturnedToMe(editor)).toEqual([]);

    // Editing the draft keeps the note; resubmitting clears it.
    await updateArticle(writer, id, (await readArticleRow(id)).version, articleInput({ title: "Nueva ley de aguas" }));
    expect(await getReturnNote(writer, id)).not.toBeNull();
    await transitionArticle(writer, id, "submit");
    expect(await getReturnNote(writer, id)).toBeNull();
    expect(await listReturnedToMe(writer)).toEqual([]);
  });

  it("refuses to send back without a note, or with one too long, and changes nothing", async () => {
    const { editor, id } = await submitted();
    expect(await thrownBy(() => transitionArticle(editor, id, "returnToDraft"))).toEqual(
      refusal("invalid", { fields: { note: "noteRequired" } }),
    );
    expect(await thrownBy(() => transitionArticle(editor, id, "returnToDraft", { note: "   " }))).toEqual(
      refusal("invalid", { fields: { note: "noteRequired" } }),
    );
    expect(await thrownBy(() => transitionArticle(editor, id, "returnToDraft", { note: "x".repeat(1001) }))).toEqual(
      refusal("invalid", { fields: { note: "noteTooLong" } }),
    );
    expect((await readArticleRow(id)).status).toBe("review");
  });

  it("refuses a writer sending an article back, note or not", async () => {
    const { writer, id } = await submitted();
    expect(await thrownBy(() => transitionArticle(writer, id, "returnToDraft", { note: "no" }))).toEqual(
      refusal("forbidden"),
    );
  });
});

describe("an article's history", () => {
  it("tells who created, edited, submitted, sent back (with the note) and published it, newest first", async () => {
    const { writer, editor, id } = await submitted();
    await transitionArticle(editor, id, "returnToDraft", { note: "Cite la fuente." });
    const version = (await readArticleRow(id)).version;
    await updateArticle(writer, id, version, articleInput({ title: "Nueva ley de aguas (2)" }));
    await updateArticle(writer, id, version + 1, articleInput({ title: "Nueva ley de aguas (3)" }));
    await transitionArticle(writer, id, "submit");
    await transitionArticle(editor, id, "publish");

    const history = await listArticleHistory(editor, id);
    expect(history.map((h) => [h.kind, h.actorName])).toEqual([
      ["published", "Eddie"],
      ["submitted", "Wanda"],
      ["edited", "Wanda"],
      ["sentBack", "Eddie"],
      ["submitted", "Wanda"],
      ["created", "Wanda"],
    ]);
    expect(history.find((h) => h.kind === "sentBack")).toEqual(expect.objectContaining({ note: "Cite la fuente." }));
    // Two saves in a row by the writer are one item, linked to the versions they span.
    expect(history.find((h) => h.kind === "edited")).toEqual(
      expect.objectContaining({ saves: 2, fromRevision: version, toRevision: version + 2 }),
    );
    // Each item is no earlier than the one listed after it.
    for (let i = 1; i < history.length; i += 1)
      expect(history[i - 1]!.at.getTime()).toBeGreaterThanOrEqual(history[i]!.at.getTime());
  });

  it("shows a scheduled publication with its time", async () => {
    const editor = await createStaff("editor");
    const { id } = await createArticle(editor, articleInput());
    const at = new Date(Date.now() + 3_600_000);
    await transitionArticle(editor, id, "schedule", { at });
    const [latest] = await listArticleHistory(editor, id);
    expect(latest).toEqual(expect.objectContaining({ kind: "scheduled", scheduledFor: at, unpublication: false }));
  });
});
