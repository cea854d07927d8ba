import { isMainThread } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { inspectPdf } from "@/test/pdf-inspect";
import { printableFixture } from "../test-fixtures";
import { drawInWorker } from "./pool";

describe("the PDF thread", () => {
  it("draws an article's PDF away from the thread that serves requests", async () => {
    expect(isMainThread).toBe(true);
    const pdf = await inspectPdf(await drawInWorker(printableFixture(), "a4"));
    expect(pdf.info.title).toContain(printableFixture().title);
    expect(pdf.text).toContain("Protégete");
  });

  it("draws several PDFs asked for at once, each its own", async () => {
    const titles = ["Primera", "Segunda", "Tercera"].map((word) => `${word} noticia del hilo de PDF`);
    const pdfs = await Promise.all(titles.map((title) => drawInWorker(printableFixture({ title }), "letter")));
    for (const [index, bytes] of pdfs.entries()) expect((await inspectPdf(bytes)).info.title).toContain(titles[index]);
  });
});
