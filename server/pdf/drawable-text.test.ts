import { describe, expect, it } from "vitest";
import { drawableText } from "./drawable-text";

describe("drawableText", () => {
  it("separates adjacent emoji with a zero-width space", () => {
    expect(drawableText("Fiesta 🎉📰😀 fin")).toBe("Fiesta 🎉\u200b📰\u200b😀 fin");
  });

  it("leaves everything else alone", () => {
    for (const text of ["Sin emoji: canción, ñ, «comillas»", "Uno 🎉 solo", "مرحبا שלום", "𠮷 y 𠮷"]) {
      expect(drawableText(text)).toBe(text);
    }
  });
});
