/**
 * Type-level test, checked by `npm run typecheck`: every table has identical row types in
 * both dialects, so shared query code typed against SQLite is right on PostgreSQL too.
 */
import type * as sqlite from "./sqlite";
import type * as pg from "./pg";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type SqliteTables = keyof typeof sqlite;
type PgTables = keyof typeof pg;

export type SameTables = Expect<Equal<SqliteTables, PgTables>>;
type RowsMatch = {
  [K in SqliteTables]: Equal<(typeof sqlite)[K]["$inferSelect"], (typeof pg)[K]["$inferSelect"]>;
}[SqliteTables];
type InsertsMatch = {
  [K in SqliteTables]: Equal<(typeof sqlite)[K]["$inferInsert"], (typeof pg)[K]["$inferInsert"]>;
}[SqliteTables];

// A single mismatching table turns the union into `boolean` and fails these.
export type SameRows = Expect<Equal<RowsMatch, true>>;
export type SameInserts = Expect<Equal<InsertsMatch, true>>;
