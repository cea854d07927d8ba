import { describe, expect, it } from "vitest";
import { commentFormSchema, emptyCommentForm } from "../validation/comment-form";
import { commentSegments } from "./linkify";
import { judgePosting } from "./spam-policy";

const parse = (fields: Partial<typeof emptyCommentForm>) =>
  commentFormSchema.safeParse({ ...emptyCommentForm, name: "Ana", body: "Hola", ...fields });
const firstError = (fields: Partial<typeof emptyCommentForm>) => parse(fields).error?.issues[0]?.message;

describe("comment text", () => {
  it("turns web addresses into links and nothing else", () => {
    expect(commentSegments("Vea https://example.org/a y www.example.com, o escriba a ana@example.org <b>")).toEqual([
      { kind: "text", text: "Vea " },
      { kind: "link", text: "https://example.org/a", href: "https://example.org/a" },
      { kind: "text", text: " y " },
      { kind: "link", text: "www.example.com", href: "http://www.example.com" },
      { kind: "text", text: ", o escriba a ana@example.org <b>" },
    ]);
    expect(commentSegments("javascript:alert(1)")).toEqual([{ kind: "text", text: "javascript:alert(1)" }]);
  });

  it("refuses what is not a person's plain text", () => {
    expect(firstError({ body: "   \n " })).toBe("bodyRequired");
    expect(firstError({ name: "    " })).toBe("nameRequired");
    expect(firstError({ email: "ana@" })).toBe("emailInvalid");
    expect(firstError({ body: "x".repeat(2001) })).toBe("bodyTooLong");
    expect(firstError({ body: "ho\u0000la" })).toBe("bodyNotText");
    expect(firstError({ body: "ho\uFFFDla" })).toBe("bodyNotText");
    expect(firstError({ body: "<script>alert(1)</script>" })).toBe("bodyMarkup");
    expect(firstError({ body: "http://a.example http://b.example http://c.example" })).toBe("tooManyLinks");
    expect(parse({ body: "  a < b y 3 > 2\r\n\r\n\r\n\r\nfin  ", email: " Ana@Example.org " }).data).toMatchObject({
      body: "a < b y 3 > 2\n\nfin",
      email: "ana@example.org",
    });
  });
});

describe("posting verdicts", () => {
  const quiet = { address: 0, addressDay: 0, article: 0 };
  it("asks the question when something is suspicious, and refuses past the hard limits", () => {
    expect(judgePosting(quiet, 60_000)).toEqual({ kind: "accept" });
    expect(judgePosting(quiet, 500)).toEqual({ kind: "challenge", reason: "tooFast" });
    expect(judgePosting({ ...quiet, address: 3 }, 60_000)).toEqual({ kind: "challenge", reason: "busyAddress" });
    expect(judgePosting({ ...quiet, article: 20 }, 60_000)).toEqual({ kind: "challenge", reason: "busyArticle" });
    expect(judgePosting({ ...quiet, address: 10 }, 60_000)).toEqual({ kind: "refuse", reason: "addressLimit" });
    expect(judgePosting({ ...quiet, addressDay: 40 }, 60_000)).toEqual({ kind: "refuse", reason: "addressLimit" });
    expect(judgePosting({ ...quiet, article: 60 }, 60_000)).toEqual({ kind: "refuse", reason: "articleLimit" });
  });
});
