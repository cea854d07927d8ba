/**
 * Field-by-field comparison of two revisions. Each field is first turned into display text
 * (names for ids, yes/no for flags) and then diffed word by word with the `diff` library; the
 * page renders the parts as <ins>/<del> through React, which escapes the text (bodies are shown
 * as their HTML source, never interpreted).
 */
import { diffWordsWithSpace } from "diff";
import { snapshotFields, type ArticleSnapshot, type SnapshotField } from "./snapshot";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type FieldDiff = { field: SnapshotField; changed: boolean; parts: DiffPart[] };

/** How ids and flags read on screen, in the newsroom's language. */
export type DisplayNames = {
  topic: (id: number) => string;
  author: (id: number) => string;
  media: (id: number | null) => string;
  flag: (on: boolean) => string;
};

export function displayValue(snapshot: ArticleSnapshot, field: SnapshotField, names: DisplayNames): string {
  const value = snapshot[field];
  if (field === "topicIds") return snapshot.topicIds.map(names.topic).join(", ");
  if (field === "authorIds") return snapshot.authorIds.map(names.author).join(", ");
  if (field === "leadMediaId") return names.media(snapshot.leadMediaId);
  if (typeof value === "boolean") return names.flag(value);
  return String(value ?? "");
}

export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: "same", text: before }] : [];
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? "added" : change.removed ? "removed" : "same",
    text: change.value,
  }));
}

export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot, names: DisplayNames): FieldDiff[] {
  return snapshotFields.map((field) => {
    const a = displayValue(before, field, names);
    const b = displayValue(after, field, names);
    return { field, changed: a !== b, parts: diffText(a, b) };
  });
}
