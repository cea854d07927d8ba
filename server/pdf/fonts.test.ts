import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fontFiles, lineBreakParts } from "./fonts";

describe("PDF fonts", () => {
  it("finds every font file it registers (WOFF, which react-pdf reads)", () => {
    const files = fontFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      expect(file.endsWith(".woff"), file).toBe(true);
      expect(existsSync(file), file).toBe(true);
    }
  });
});

describe("lineBreakParts", () => {
  it("never breaks ordinary words, however long", () => {
    expect(lineBreakParts("extraordinariamente")).toEqual(["extraordinariamente"]);
    expect(lineBreakParts("electroencefalografistas,")).toEqual(["electroencefalografistas,"]);
  });

  it("lets long addresses break after their separators, with no hyphen added", () => {
    const url = "https://noticias.example.org/es/news/la-espera-media-baja";
    const parts = lineBreakParts(url);
    expect(parts.join("")).toBe(url);
    expect(parts).toContain("");
    expect(parts.filter((part) => part !== "").every((part) => part.length <= 16)).toBe(true);
  });

  it("cuts a long address without separators into short pieces", () => {
    const token = `https://x.org/${"a".repeat(40)}`;
    const parts = lineBreakParts(token).filter((part) => part !== "");
    expect(parts.join("")).toBe(token);
    expect(Math.max(...parts.map((part) => part.length))).toBeLessThanOrEqual(16);
  });
});
