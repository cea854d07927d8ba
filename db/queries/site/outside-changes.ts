/**
 * Changes commands make to the content while the servers may be running (server/outside-changes.ts).
 * Access rule: only the command-line scripts record one, and only the servers' own scheduler
 * pass reads them; neither is reachable from a request.
 */
import { desc } from "drizzle-orm";
import { db, tables } from "../../client";

const { outsideChanges } = tables;

export async function recordOutsideChange(command: string): Promise<void> {
  await db.insert(outsideChanges).values({ command, createdAt: new Date() });
}

/**
 * The newest change's mark (its id and time), or null when there has been none. A mark rather
 * than a number to compare: a restore puts back an older table, whose newest id may be lower.
 */
export async function latestOutsideChange(): Promise<string | null> {
  const [row] = await db
    .select({ id: outsideChanges.id, createdAt: outsideChanges.createdAt })
    .from(outsideChanges)
    .orderBy(desc(outsideChanges.id))
    .limit(1);
  return row ? `${row.id}@${row.createdAt.getTime()}` : null;
}
