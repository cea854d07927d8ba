import { describe, expect, it } from "vitest";
import { defaultSqliteUrl, dialectFamily, parseDatabaseUrl } from "./connection";

describe("parseDatabaseUrl", () => {
  it.each([undefined, "", "   "])("falls back to the local SQLite file for %j", (raw) => {
    expect(parseDatabaseUrl(raw)).toEqual({ dialect: "sqlite", url: defaultSqliteUrl });
  });

  it("reads file: and libsql: URLs as SQLite", () => {
    expect(parseDatabaseUrl("file:./data/test.db")).toEqual({ dialect: "sqlite", url: "file:./data/test.db" });
    expect(parseDatabaseUrl("libsql://heraldo.example.org")).toEqual({
      dialect: "sqlite",
      url: "libsql://heraldo.example.org",
    });
  });

  it("reads postgres:// and postgresql:// URLs as a PostgreSQL server, trimmed", () => {
    expect(parseDatabaseUrl(" postgres://u:p@127.0.0.1:5432/heraldo ")).toEqual({
      dialect: "postgres",
      url: "postgres://u:p@127.0.0.1:5432/heraldo",
    });
    expect(parseDatabaseUrl("postgresql://db.internal/heraldo")).toEqual({
      dialect: "postgres",
      url: "postgresql://db.internal/heraldo",
    });
  });

  it("accepts a socket host given as a query parameter", () => {
    expect(parseDatabaseUrl("postgres:///heraldo?host=/var/run/postgresql").dialect).toBe("postgres");
  });

  it("refuses a postgres URL without a host", () => {
    expect(() => parseDatabaseUrl("postgres:///heraldo")).toThrow("DATABASE_URL is not a valid postgres:// URL");
  });

  it("reads pglite: as in-process PostgreSQL, in memory unless a folder is given", () => {
    expect(parseDatabaseUrl("pglite:memory://")).toEqual({ dialect: "pglite", dataDir: "memory://" });
    expect(parseDatabaseUrl("pglite:")).toEqual({ dialect: "pglite", dataDir: "memory://" });
    expect(parseDatabaseUrl("pglite:./data/pglite")).toEqual({ dialect: "pglite", dataDir: "./data/pglite" });
  });

  it.each(["mysql://x", "sqlite:./x.db", "./data/heraldo.db", "http://db.example.org"])(
    "refuses %j, naming DATABASE_URL",
    (raw) => {
      expect(() => parseDatabaseUrl(raw)).toThrow(/^DATABASE_URL must start with/);
    },
  );
});

describe("dialectFamily", () => {
  it("groups PostgreSQL and PGlite together, apart from SQLite", () => {
    expect(dialectFamily(parseDatabaseUrl("file:x.db"))).toBe("sqlite");
    expect(dialectFamily(parseDatabaseUrl("postgres://h/db"))).toBe("pg");
    expect(dialectFamily(parseDatabaseUrl("pglite:memory://"))).toBe("pg");
  });
});
