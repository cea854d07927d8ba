import { describe, expect, it } from "vitest";
import { normalizeSlug, slugify, slugMaxLength, slugPattern } from "./slug";

describe("slugify", () => {
  it.each([
    ["Educación pública", "educacion-publica"],
    ["España y el niño", "espana-y-el-nino"],
    ["Ça va? Über alles!", "ca-va-uber-alles"],
    ["  ¿Qué pasa, 2025?  ", "que-pasa-2025"],
    ["COVID-19: nuevas   medidas", "covid-19-nuevas-medidas"],
    ["already-a-slug", "already-a-slug"],
    ["---", ""],
    ["¿?", ""],
  ])("%j -> %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("produces slugs that match the slug pattern", () => {
    for (const text of ["Ñandú en Córdoba", "A/B test — results (2024)", "Hello   world"]) {
      expect(slugify(text)).toMatch(slugPattern);
    }
  });

  it("cuts long titles to the maximum length without a trailing hyphen", () => {
    const slug = slugify(`${"palabra ".repeat(40)}final`);
    expect(slug.length).toBeLessThanOrEqual(slugMaxLength);
    expect(slug).toMatch(slugPattern);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("slugPattern", () => {
  it.each(["a", "abc-123", "2025-presupuestos"])("accepts %j", (slug) => {
    expect(slugPattern.test(slug)).toBe(true);
  });

  it.each(["", "Abc", "a b", "a--b", "-a", "a-", "a_b", "educación"])("refuses %j", (slug) => {
    expect(slugPattern.test(slug)).toBe(false);
  });
});

describe("normalizeSlug", () => {
  it("puts a typed address in slug form instead of refusing it", () => {
    expect(normalizeSlug("Nueva Ley  de Aguas")).toBe("nueva-ley-de-aguas");
    expect(normalizeSlug("  Educación Pública ")).toBe("educacion-publica");
    expect(normalizeSlug("ya-valido")).toBe("ya-valido");
  });

  it("leaves empty empty, and text with nothing to keep as typed (the pattern refuses it)", () => {
    expect(normalizeSlug("   ")).toBe("");
    expect(normalizeSlug("¿?")).toBe("¿?");
  });
});
