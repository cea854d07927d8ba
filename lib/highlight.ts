/** Marks around matched words in search snippets; the page turns them into <mark>. */
export const highlightStart = "\u0001";
export const highlightEnd = "\u0002";
