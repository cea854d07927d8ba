import { describe, expect, it } from "vitest";
import { readDate, readWordPressDate } from "./dates";
import { languageCode } from "./language";
import { postTranslation } from "./wordpress-languages";

describe("dates", () => {
  it("reads the dates exports write, in UTC when no offset is given", () => {
    expect(readDate("Tue, 05 Mar 2024 07:15:00 +0100", "pubDate")).toEqual({
      ok: true,
      date: new Date("2024-03-05T06:15:00Z"),
    });
    expect(readDate("2024-03-06T09:00:00+01:00", "published")).toEqual({
      ok: true,
      date: new Date("2024-03-06T08:00:00Z"),
    });
    expect(readDate("2014-01-01 00:00:00", "published_at")).toEqual({
      ok: true,
      date: new Date("2014-01-01T00:00:00Z"),
    });
    expect(readDate(1420070400000, "published_at")).toEqual({ ok: true, date: new Date("2015-01-01T00:00:00Z") });
  });

  it("treats missing and WordPress zero dates as no date, and impossible ones as problems", () => {
    expect(readDate(undefined, "pubDate")).toEqual({ ok: true });
    expect(readDate(null, "published_at")).toEqual({ ok: true });
    expect(readWordPressDate("0000-00-00 00:00:00", "wp:post_date_gmt")).toEqual({ ok: true });
    expect(readWordPressDate("2024-02-31 10:00:00", "wp:post_date_gmt")).toEqual({
      ok: false,
      reason: 'the date "2024-02-31 10:00:00" in wp:post_date_gmt cannot be read',
    });
  });
});

describe("languages", () => {
  it("keeps the primary language subtag", () => {
    expect(["es", "es_ES", "en-US", "PT-br", " en "].map(languageCode)).toEqual(["es", "es", "en", "pt", "en"]);
    expect(languageCode("English")).toBeUndefined();
  });

  it("reads every WPML key it documents, the first one present winning", () => {
    const meta = (entries: [string, string][]) => new Map(entries);
    expect(
      postTranslation(
        [],
        meta([
          ["wpml_language", "es"],
          ["trid", "9"],
        ]),
      ),
    ).toEqual({
      language: "es",
      translationGroup: "wpml:9",
    });
    expect(
      postTranslation(
        [],
        meta([
          ["_wpml_language", "en"],
          ["_wpml_import_language_code", "es"],
          ["wpml_trid", "3"],
        ]),
      ),
    ).toEqual({ language: "es", translationGroup: "wpml:3" });
    expect(postTranslation([], meta([]))).toEqual({});
  });
});
