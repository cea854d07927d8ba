import { describe, expect, it } from "vitest";
import { mediaKeyFromUrl, mediaUrl } from "./media-url";

describe("mediaKeyFromUrl", () => {
  it("reverses mediaUrl", () => {
    for (const key of ["demo/lead-1.jpg", "2026/05/a b.png", "x.webp"]) {
      expect(mediaKeyFromUrl(mediaUrl(key))).toBe(key);
    }
  });

  it("accepts absolute URLs on the site's own origin only", () => {
    expect(mediaKeyFromUrl("https://news.example.org/media/a/b.jpg", "https://news.example.org")).toBe("a/b.jpg");
    expect(mediaKeyFromUrl("https://elsewhere.example/media/a/b.jpg", "https://news.example.org")).toBeNull();
    expect(mediaKeyFromUrl("https://news.example.org/media/a/b.jpg")).toBeNull();
  });

  it.each([
    "/logo.png",
    "/media/",
    "//evil.example/media/a.jpg",
    "/media/a.jpg?x=1",
    "/media/%E0%A4%A.jpg",
    "media/a.jpg",
  ])("refuses %j", (url) => {
    expect(mediaKeyFromUrl(url)).toBeNull();
  });
});
