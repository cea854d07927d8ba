import { describe, expect, it } from "vitest";
import { countWords, minutesForWords, readingMinutes, wordsPerMinute } from "./reading-time";

describe("word count and reading time", () => {
  it("counts words between any whitespace, accented words whole", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   \n\t ")).toBe(0);
    expect(countWords("El Gobierno aprobó\nla reforma   energética.")).toBe(6);
    expect(countWords("Paragraph one.\n\nParagraph two.")).toBe(4);
  });

  it("gives at least one minute, then whole minutes at the reader site's pace", () => {
    expect(minutesForWords(0)).toBe(1);
    expect(minutesForWords(wordsPerMinute * 3)).toBe(3);
    expect(minutesForWords(wordsPerMinute * 2.4)).toBe(2);
    expect(readingMinutes("word ".repeat(wordsPerMinute * 5))).toBe(5);
  });
});
