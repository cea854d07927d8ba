/**
 * The whole permission matrix, through the real server actions: every probe in
 * test/permission-matrix/*.probes.ts × every kind of caller. A request the table allows must
 * take effect; any other must be refused and change nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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

/**
 * Modules whose actions need no session by nature: the request carries its own proof (the
 * password at sign-in, a one-time link's token) or they are the public's (a reader's comment). They validate their input and are rate-limited;
 * e2e/sign-in.spec.ts and e2e/accounts.spec.ts cover them.
 */
const publicActionModules = new Set([
  "@/app/(newsroom)/login/actions",
  "@/app/(newsroom)/reset-password/actions",
  // The reader's comment form: anyone may post; the form token and the limits per address and
  // per article gate it (db/queries/comments/posting.test.ts, e2e/comments.spec.ts).
  "@/app/[locale]/news/[slug]/comment/actions",
]);

/** Every file under app/ that starts with the "use server" directive. */
function serverActionFiles(): string[] {
  return readdirSync("app", { recursive: true, encoding: "utf8" })
    .map((name) => path.join("app", name))
    .filter((file) => file.endsWith(".ts") && readFileSync(file, "utf8").trimStart().startsWith('"use server"'));
}

/** The names the probe files import from one action module (what the matrix calls). */
function probedActions(specifier: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync("test/permission-matrix").filter((name) => name.endsWith(".probes.ts"))) {
    const source = readFileSync(path.join("test/permission-matrix", file), "utf8");
    for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g))
      if (match[2] === specifier) for (const name of (match[1] ?? "").split(",")) names.add(name.trim());
  }
  return names;
}

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

  it("has a probe for every exported server action", async () => {
    const unprobed: string[] = [];
    for (const file of serverActionFiles()) {
      const specifier = `@/${file.replace(/\.ts$/, "")}`;
      if (publicActionModules.has(specifier)) continue;
      const actions = Object.entries((await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name);
      expect(actions.length, file).toBeGreaterThan(0);
      for (const name of actions) if (!probedActions(specifier).has(name)) unprobed.push(`${specifier}: ${name}`);
    }
    expect(unprobed).toEqual([]);
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
