/** Words in a plain text: runs of non-space characters. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes a typical reader needs for a text (about 200 words a minute), at least one. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(countWords(text) / 200));
}
