/**
 * Fresh databases on the PostgreSQL server the tests use (TEST_POSTGRES_URL, default the local
 * server), for `npm test` and for the tests that drive the commands themselves. Each name given
 * is dropped and created anew; without a server answering, the answer is null and the caller
 * falls back to PGlite.
 */
import postgres from "postgres";

export const testPostgresBase = new URL(
  process.env.TEST_POSTGRES_URL || "postgres://postgres@127.0.0.1:5432/heraldo_test",
);

/** TEST_POSTGRES_URL's database name: every database the tests make starts with it. */
export const testDatabasePrefix = testPostgresBase.pathname.slice(1) || "heraldo_test";

export async function freshPostgresDatabases(names: string[]): Promise<string[] | null> {
  const admin = postgres({
    host: testPostgresBase.hostname,
    port: Number(testPostgresBase.port || 5432),
    user: decodeURIComponent(testPostgresBase.username || "postgres"),
    password: decodeURIComponent(testPostgresBase.password),
    database: "postgres",
    connect_timeout: 3,
    onnotice: () => {},
  });
  try {
    const urls: string[] = [];
    for (const name of names) {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      const url = new URL(testPostgresBase);
      url.pathname = `/${name}`;
      urls.push(url.toString());
    }
    return urls;
  } catch (error) {
    console.log(`PostgreSQL server not available (${(error as Error).message}); using PGlite instead.`);
    return null;
  } finally {
    await admin.end({ timeout: 1 }).catch(() => undefined);
  }
}
