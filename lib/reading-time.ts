/**
 * Words and reading time, one rule for the reader site (the minutes under a headline) and the
 * newsroom (the live count under the article body), so both always agree.
 */

/** A typical reader's pace, in words a minute. */
export const wordsPerMinute = 200;

/** Words in a plain text: runs of characters between whitespace. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Minutes a typical reader needs for a text, at least one. */
export function readingMinutes(text: string): number {
  return minutesForWords(countWords(text));
}

/** Minutes a typical reader needs for this many words, at least one. */
export function minutesForWords(words: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
