import { highlightEnd, highlightStart } from "@/lib/highlight";

/** A search snippet with the matched words in <mark>; all text stays escaped by React. */
export function HighlightedSnippet({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${highlightStart}[^${highlightEnd}]*${highlightEnd})`));
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith(highlightStart) ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink dark:bg-amber-700 dark:text-white">
            {part.slice(1, -1)}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
