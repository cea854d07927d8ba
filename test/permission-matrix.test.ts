/**
 * The whole permission matrix, through the real server actions: every probe in
 * test/permission-matrix/*.probes.ts × every kind of caller. A request the table allows must
 * take effect; any other must be refused and change nothing.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { db, tables } from "@/db/client";
import type { StaffUser } from "@/db/queries/types";
import type { Role } from "@/lib/roles";
import { createStaff, resetTestDatabase } from "@/test/database";
import type { PermissionProbe } from "./permission-matrix/probe";
import { currentSession, signInAs } from "./permission-matrix/session";

// Server actions run outside Next here: the session comes from the matrix, and the framework's
// request-bound helpers (cache tags, cookies, headers) become inert.
vi.mock("@/auth", () => ({
  auth: async () => currentSession(),
  signIn: async () => undefined,
  signOut: async () => undefined,
  handlers: {},
}));
vi.mock("next/cache", () => ({
  updateTag: () => undefined,
  revalidateTag: () => undefined,
  revalidatePath: () => undefined,
  refresh: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

const probeModules = import.meta.glob<{ probes: PermissionProbe[] }>("./permission-matrix/*.probes.ts", {
  eager: true,
});

type CallerKind = "anonymous" | Role | "deactivated";
const callerKinds: CallerKind[] = ["anonymous", "writer", "editor", "admin", "deactivated"];

async function signedInCaller(kind: CallerKind): Promise<StaffUser | null> {
  if (kind === "anonymous") return null;
  // A deactivated account keeps the strongest role: deactivation alone must shut it out.
  const caller = await createStaff(kind === "deactivated" ? "admin" : kind);
  if (kind === "deactivated")
    await db.update(tables.users).set({ active: false }).where(eq(tables.users.id, caller.id));
  return caller;
}

function expectedToSucceed(kind: CallerKind, allowed: readonly Role[]): boolean {
  return kind !== "anonymous" && kind !== "deactivated" && allowed.includes(kind);
}

/** A refusal may come back as a redirect, a returned error state or a thrown error. */
async function send(attempt: () => Promise<unknown>): Promise<void> {
  try {
    await attempt();
  } catch {
    // What counts is the database afterwards, checked by the probe.
  }
}

const rows = Object.entries(probeModules).flatMap(([file, module]) =>
  module.probes.map((p) => ({ area: file.replace(/^.*\/|\.probes\.ts$/g, ""), probe: p })),
);

describe("permission matrix", () => {
  beforeEach(async () => {
    signInAs(null);
    await resetTestDatabase();
  });

  it("has probes from every newsroom area", () => {
    expect(rows.length).toBeGreaterThan(10);
  });

  for (const { area, probe } of rows) {
    describe(`${area}: ${probe.name}`, () => {
      for (const kind of callerKinds) {
        const allowed = expectedToSucceed(kind, probe.allowedRoles);
        it(`${allowed ? "allows" : "refuses"} ${kind}`, async () => {
          const caller = await signedInCaller(kind);
          const context = await probe.setup(caller);
          signInAs(caller?.id ?? null);

          await send(() => probe.attempt(context, caller));

          signInAs(null);
          expect(await probe.succeeded(context, caller)).toBe(allowed);
        });
      }
    });
  }
});
