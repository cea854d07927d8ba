import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, tables } from "@/db/client";
import { countRows, resetTestDatabase } from "@/test/database";

beforeEach(resetTestDatabase);

/** A fresh copy of the module: a newly started server that has not looked yet. */
async function freshServer() {
  vi.resetModules();
  return import("./outside-changes");
}

describe("content changed by a command while the servers run", () => {
  it("a command's change is recorded, and says when running servers will show it", async () => {
    const { announceOutsideChange } = await freshServer();
    const lines = await announceOutsideChange("import:site");
    expect(await countRows(tables.outsideChanges)).toBe(1);
    expect(lines.join("\n")).toMatch(/next scheduler pass/);
  });

  it("a server expires its reader caches once after each change, and not at its first look", async () => {
    const server = await freshServer();
    const expire = vi.fn();
    // An import before the server started: its pages are all rendered afresh anyway.
    await server.announceOutsideChange("import:site");
    expect(await server.expireAfterOutsideChange(expire)).toBe(false);
    expect(await server.expireAfterOutsideChange(expire)).toBe(false);
    expect(expire).not.toHaveBeenCalled();

    await server.announceOutsideChange("import:site");
    expect(await server.expireAfterOutsideChange(expire)).toBe(true);
    expect(expire).toHaveBeenCalledTimes(1);
    expect(await server.expireAfterOutsideChange(expire)).toBe(false);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it("a server that started on an empty table hears the first change", async () => {
    const server = await freshServer();
    const expire = vi.fn();
    expect(await server.expireAfterOutsideChange(expire)).toBe(false);
    await server.announceOutsideChange("import");
    expect(await server.expireAfterOutsideChange(expire)).toBe(true);
    expect(expire).toHaveBeenCalledTimes(1);
  });

  it("a restore that puts back an older table still counts as a change, even under the same id", async () => {
    const server = await freshServer();
    const expire = vi.fn();
    await server.announceOutsideChange("import:site");
    await server.announceOutsideChange("import:site");
    await server.expireAfterOutsideChange(expire);
    // The backup held one row; the restored database numbers the restore's own row 2 again.
    await db.delete(tables.outsideChanges);
    await db.insert(tables.outsideChanges).values([
      { id: 1, command: "import:site", createdAt: new Date(Date.now() - 60_000) },
      { id: 2, command: "restore", createdAt: new Date(Date.now() + 1_000) },
    ]);
    expect(await server.expireAfterOutsideChange(expire)).toBe(true);
    expect(expire).toHaveBeenCalledTimes(1);
  });
});
