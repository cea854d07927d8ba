/**
 * One field's changes between two revisions. Text goes through React, so bodies show as
 * escaped HTML source; <ins>/<del> carry the meaning, the visible labels help screen readers.
 */
import type { DiffPart } from "@/lib/revisions/diff";

export function RevisionDiff({
  label,
  parts,
  words,
}: {
  label: string;
  parts: DiffPart[];
  words: { added: string; removed: string; empty: string };
}) {
  return (
    <section className="border-b border-rule py-4">
      <h3 className="mb-2 text-sm font-semibold">{label}</h3>
      <p className="font-mono text-sm break-words whitespace-pre-wrap">
        {parts.length === 0 && <span className="text-ink-muted">{words.empty}</span>}
        {parts.map((part, index) =>
          part.kind === "added" ? (
            <ins
              key={index}
              className="bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-900 dark:text-emerald-100"
            >
              <span className="sr-only">[{words.added}: </span>
              {part.text}
              <span className="sr-only">]</span>
            </ins>
          ) : part.kind === "removed" ? (
            <del key={index} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100">
              <span className="sr-only">[{words.removed}: </span>
              {part.text}
              <span className="sr-only">]</span>
            </del>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
    </section>
  );
}
