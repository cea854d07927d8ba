/**
 * Recognises a unique-constraint violation from either driver (drizzle wraps the driver's
 * error as `cause`), so a race between two saves becomes a field error, not a 500.
 */
type DriverError = {
  code?: unknown;
  constraint_name?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
};

export function violatedUniqueIndex(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth += 1) {
    const e = current as DriverError;
    // PostgreSQL: SQLSTATE 23505 names the index (postgres-js as constraint_name, PGlite as constraint).
    if (e.code === "23505") {
      if (typeof e.constraint_name === "string") return e.constraint_name;
      return typeof e.constraint === "string" ? e.constraint : "unknown";
    }
    // SQLite: "UNIQUE constraint failed: articles.locale, articles.slug".
    if (typeof e.message === "string") {
      const match = /UNIQUE constraint failed: ([\w., ]+)/.exec(e.message);
      if (match?.[1]) return match[1].replace(/\s+/g, "");
    }
    current = e.cause;
  }
  return null;
}
