/**
 * Recognises a unique-constraint violation from either driver (drizzle wraps the driver's
 * error as `cause`), so a race between two saves becomes a field error, not a 500.
 */
type DriverError = { code?: unknown; constraint_name?: unknown; message?: unknown; cause?: unknown };

export function violatedUniqueIndex(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth += 1) {
    const e = current as DriverError;
    // PostgreSQL (postgres-js and PGlite): SQLSTATE 23505 names the index.
    if (e.code === "23505") return typeof e.constraint_name === "string" ? e.constraint_name : "unknown";
    // SQLite: "UNIQUE constraint failed: articles.locale, articles.slug".
    if (typeof e.message === "string") {
      const match = /UNIQUE constraint failed: ([\w., ]+)/.exec(e.message);
      if (match?.[1]) return match[1].replace(/\s+/g, "");
    }
    current = e.cause;
  }
  return null;
}
