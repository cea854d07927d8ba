import { describe, expect, it } from "vitest";
import { diffSnapshots, diffText, type DisplayNames } from "./diff";
import type { ArticleSnapshot } from "./snapshot";

const names: DisplayNames = {
  topic: (id) => `topic ${id}`,
  author: (id) => `author ${id}`,
  media: (id) => (id === null ? "none" : `image ${id}`),
  flag: (on) => (on ? "yes" : "no"),
};

const base: ArticleSnapshot = {
  title: "Vacunas en otoño",
  slug: "vacunas-en-otono",
  summary: "Resumen.",
  body: "<p>Uno dos tres</p>",
  topicIds: [1],
  authorIds: [2],
  leadMediaId: null,
  leadImageCaption: "",
  leadImageCredit: "",
  sourceName: "",
  sourceUrl: "",
  correction: "",
  seoTitle: "",
  seoDescription: "",
  featured: false,
  breaking: false,
  commentsEnabled: true,
};

describe("diffText", () => {
  it("marks removed and added words and keeps the rest", () => {
    expect(diffText("uno dos tres", "uno cuatro tres")).toEqual([
      { kind: "same", text: "uno " },
      { kind: "removed", text: "dos" },
      { kind: "added", text: "cuatro" },
      { kind: "same", text: " tres" },
    ]);
  });

  it("gives nothing for two empty values", () => {
    expect(diffText("", "")).toEqual([]);
  });
});

describe("diffSnapshots", () => {
  it("flags only the fields that changed, with ids shown by name", () => {
    const after = { ...base, body: "<p>Uno <b>dos</b> tres</p>", topicIds: [1, 3], breaking: true };
    const diffs = diffSnapshots(base, after, names);
    expect(diffs.filter((d) => d.changed).map((d) => d.field)).toEqual(["body", "topicIds", "breaking"]);
    const topics = diffs.find((d) => d.field === "topicIds");
    expect(
      topics?.parts
        .filter((p) => p.kind === "added")
        .map((p) => p.text)
        .join(""),
    ).toContain("topic 3");
    const breaking = diffs.find((d) => d.field === "breaking");
    expect(breaking?.parts).toEqual([
      { kind: "removed", text: "no" },
      { kind: "added", text: "yes" },
    ]);
  });
});
