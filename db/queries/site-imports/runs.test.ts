import { beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import type { SiteImportSummary } from "@/server/site-import/summary";
import { createStaff, refusal, resetTestDatabase, thrownBy } from "@/test/database";
import { findImportingAdmin } from "../site-import/lookups";
import {
  activeSiteImport,
  failSiteImport,
  finishSiteImport,
  getSiteImport,
  interruptedError,
  listSiteImports,
  failStaleSiteImports,
  markSiteImportRunning,
  queuedSiteImportOn,
  recordCheckedImport,
  recordSiteImportProgress,
  staleAfterMs,
  startSiteImport,
} from "./runs";

beforeEach(resetTestDatabase);

function summary(dryRun: boolean, created = 3): SiteImportSummary {
  return {
    format: "wordpress",
    dryRun,
    stories: {
      created,
      updated: 1,
      unchanged: 0,
      skipped: [{ where: "line 40", label: "Hello", reason: "no title" }],
      notes: [],
    },
    authors: { created: 1, matched: 0 },
    topics: { created: 2, matched: 1 },
    images: { imported: 0, notImported: [] },
    redirects: [{ from: "https://old.example/?p=1", to: "/es/news/hola" }],
  };
}

const file = (name = "export.xml", fileHost = "web-1:3000") => ({
  fileName: name,
  filePath: `/srv/data/imports/abc/${name}`,
  fileHost,
  options: { format: "auto" as const, siteUrl: "https://old.example" },
  summary: summary(true),
});

describe("site import runs", () => {
  it("records a checked file with its dry run, and reads it back with who uploaded it", async () => {
    const admin = await createStaff("admin", { name: "Ana Admin" });
    const id = await recordCheckedImport(admin, file());
    const run = await getSiteImport(admin, id);
    expect(run).toMatchObject({
      id,
      status: "checked",
      fileName: "export.xml",
      options: { format: "auto", siteUrl: "https://old.example" },
      progress: { done: 0, total: null },
      error: null,
      createdBy: { id: admin.id, name: "Ana Admin" },
      startedAt: null,
      finishedAt: null,
    });
    expect(run?.summary).toEqual(summary(true));
    expect(await getSiteImport(admin, id + 1)).toBeNull();
  });

  it("is for admins only", async () => {
    const admin = await createStaff("admin");
    const id = await recordCheckedImport(admin, file());
    for (const role of ["editor", "writer"] as const) {
      const other = await createStaff(role);
      expect(await thrownBy(() => recordCheckedImport(other, file()))).toEqual(
        refusal("forbidden", { permission: "site.import" }),
      );
      expect(await thrownBy(() => getSiteImport(other, id))).toEqual(
        refusal("forbidden", { permission: "site.import" }),
      );
      expect(await thrownBy(() => listSiteImports(other))).toEqual(refusal("forbidden", { permission: "site.import" }));
      expect(await thrownBy(() => startSiteImport(other, id))).toEqual(
        refusal("forbidden", { permission: "site.import" }),
      );
    }
    expect((await getSiteImport(admin, id))?.status).toBe("checked");
  });

  it("starts a checked file once, audits the start, and follows the run to its end", async () => {
    const admin = await createStaff("admin");
    const id = await recordCheckedImport(admin, file());
    const now = new Date();
    const started = await startSiteImport(admin, id, now);
    expect(started).toMatchObject({ status: "queued", startedAt: now });
    expect((await activeSiteImport(admin))?.id).toBe(id);

    const audit = await db.select().from(tables.auditLog);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "site.import",
      actorId: admin.id,
      targetType: "siteImport",
      targetId: String(id),
      summary: "Started the import of “export.xml”",
    });
    expect(audit[0]?.details).toEqual({ fileName: "export.xml", format: "wordpress", stories: 4 });

    expect(await thrownBy(() => startSiteImport(admin, id))).toEqual(refusal("conflict"));

    expect(await markSiteImportRunning(id)).toBe(true);
    // The server that was asked and its own scheduler pass may both try: one runs it.
    expect(await markSiteImportRunning(id)).toBe(false);
    await recordSiteImportProgress(id, { done: 2, total: 5 });
    expect(await getSiteImport(admin, id)).toMatchObject({ status: "running", progress: { done: 2, total: 5 } });

    const end = new Date(now.getTime() + 60_000);
    await finishSiteImport(id, summary(false), end);
    const done = await getSiteImport(admin, id);
    expect(done).toMatchObject({
      status: "done",
      progress: { done: 5, total: 5 },
      finishedAt: end,
    });
    expect(done?.summary?.dryRun).toBe(false);
    expect(await activeSiteImport(admin)).toBeNull();
    // Progress written late by a run that has ended changes nothing.
    await recordSiteImportProgress(id, { done: 1, total: 5 });
    expect((await getSiteImport(admin, id))?.progress).toEqual({ done: 5, total: 5 });
    // A finished run does not start again.
    expect(await thrownBy(() => startSiteImport(admin, id))).toEqual(refusal("badTransition"));
    expect(await thrownBy(() => startSiteImport(admin, id + 100))).toEqual(refusal("notFound"));
  });

  it("refuses a second import while one runs, and lets it start once that one ends", async () => {
    const admin = await createStaff("admin");
    const first = await recordCheckedImport(admin, file("a.xml"));
    const second = await recordCheckedImport(admin, file("b.xml"));
    await startSiteImport(admin, first);
    await markSiteImportRunning(first);
    expect(await thrownBy(() => startSiteImport(admin, second))).toEqual(refusal("conflict"));
    expect((await getSiteImport(admin, second))?.status).toBe("checked");

    await failSiteImport(first, "the disk is full");
    expect(await getSiteImport(admin, first)).toMatchObject({ status: "failed", error: "the disk is full" });
    expect((await startSiteImport(admin, second)).status).toBe("queued");
  });

  it("takes a run with no sign of life for a long while as cut short, and lets the next one start", async () => {
    const admin = await createStaff("admin");
    const first = await recordCheckedImport(admin, file("a.xml"));
    const second = await recordCheckedImport(admin, file("b.xml"));
    const then = new Date("2026-05-01T10:00:00Z");
    await startSiteImport(admin, first, then);
    await markSiteImportRunning(first, then);
    await recordSiteImportProgress(first, { done: 1, total: null }, then);

    const soon = new Date(then.getTime() + staleAfterMs - 1000);
    expect(await thrownBy(() => startSiteImport(admin, second, soon))).toEqual(refusal("conflict"));

    const later = new Date(then.getTime() + staleAfterMs + 1000);
    expect((await startSiteImport(admin, second, later)).status).toBe("queued");
    expect(await getSiteImport(admin, first)).toMatchObject({ status: "failed", error: interruptedError });
  });

  it("ends runs nobody has heard from for a long while at any scheduler pass", async () => {
    const admin = await createStaff("admin");
    const running = await recordCheckedImport(admin, file("a.xml"));
    const then = new Date("2026-05-01T10:00:00Z");
    await startSiteImport(admin, running, then);
    await markSiteImportRunning(running, then);
    expect(await failStaleSiteImports(new Date(then.getTime() + staleAfterMs - 1000))).toBe(0);
    expect((await getSiteImport(admin, running))?.status).toBe("running");
    expect(await failStaleSiteImports(new Date(then.getTime() + staleAfterMs + 1000))).toBe(1);
    expect(await getSiteImport(admin, running)).toMatchObject({ status: "failed", error: interruptedError });
  });

  it("keeps a started import for the server whose disk holds its file, run as its uploader", async () => {
    const uploader = await createStaff("admin", { name: "Ana Admin" });
    const starter = await createStaff("admin");
    const id = await recordCheckedImport(uploader, file("a.xml", "web-2:3000"));
    expect((await getSiteImport(uploader, id))?.fileHost).toBe("web-2:3000");
    expect(await queuedSiteImportOn("web-2:3000")).toBeNull(); // checked, not started
    await startSiteImport(starter, id);

    expect(await queuedSiteImportOn("web-1:3000")).toBeNull();
    const waiting = await queuedSiteImportOn("web-2:3000");
    expect(waiting).toMatchObject({ id, status: "queued", fileName: "a.xml" });
    expect(await findImportingAdmin({ id: waiting?.createdBy?.id })).toEqual({
      id: uploader.id,
      email: uploader.email,
      name: "Ana Admin",
      role: "admin",
    });

    // An uploader who is no longer an admin is not run as.
    await db.update(tables.users).set({ role: "editor" }).where(eq(tables.users.id, uploader.id));
    expect(await findImportingAdmin({ id: uploader.id })).toBeNull();

    expect(await markSiteImportRunning(id)).toBe(true);
    expect(await queuedSiteImportOn("web-2:3000")).toBeNull();
  });

  it("lists the latest runs first", async () => {
    const admin = await createStaff("admin");
    const ids = [];
    for (const name of ["a.xml", "b.xml", "c.xml"]) ids.push(await recordCheckedImport(admin, file(name)));
    await db
      .update(tables.siteImports)
      .set({ createdAt: new Date("2020-01-01T00:00:00Z") })
      .where(eq(tables.siteImports.id, ids[2]!));
    expect((await listSiteImports(admin)).map((run) => run.fileName)).toEqual(["b.xml", "a.xml", "c.xml"]);
    expect(await listSiteImports(admin, 1)).toHaveLength(1);
  });
});
