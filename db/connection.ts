/**
 * Reads DATABASE_URL into a connection description. Pure: no driver is loaded here, so the
 * configuration check at start can call it to reject a bad URL with one clear line.
 */
export type Connection =
  { dialect: "sqlite"; url: string } | { dialect: "postgres"; url: string } | { dialect: "pglite"; dataDir: string };

export const defaultSqliteUrl = "file:./data/heraldo.db";

export function parseDatabaseUrl(raw: string | undefined): Connection {
  const url = raw?.trim() || defaultSqliteUrl;
  if (url.startsWith("file:") || url.startsWith("libsql:")) return { dialect: "sqlite", url };
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    try {
      const parsed = new URL(url);
      if (!parsed.hostname && !parsed.searchParams.get("host")) throw new Error("no host");
    } catch {
      throw new Error("DATABASE_URL is not a valid postgres:// URL");
    }
    return { dialect: "postgres", url };
  }
  // In-process PostgreSQL (PGlite), used by tests on machines without a PostgreSQL server.
  if (url.startsWith("pglite:")) return { dialect: "pglite", dataDir: url.slice("pglite:".length) || "memory://" };
  throw new Error("DATABASE_URL must start with file:, libsql:, postgres://, postgresql:// or pglite:");
}

/** The dialect family that decides which schema and migrations apply. */
export function dialectFamily(connection: Pick<Connection, "dialect">): "sqlite" | "pg" {
  return connection.dialect === "sqlite" ? "sqlite" : "pg";
}
