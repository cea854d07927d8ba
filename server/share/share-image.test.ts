import { describe, expect, it } from "vitest";
import { drawableText } from "./share-image";

describe("drawableText", () => {
  it("keeps Latin text with accents and punctuation", () => {
    expect(drawableText("Educación: «más» — 2.300 € & <b>")).toBe("Educación: «más» — 2.300 € & <b>");
  });

  it("leaves out emoji and scripts the image font cannot draw, tidying the spaces", () => {
    expect(drawableText("Fiesta 🎉 مرحبا final")).toBe("Fiesta final");
  });
});
