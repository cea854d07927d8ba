/** The command line of `npm run seed:bulk`: `--articles N` (required) and `--seed N`. */
export type BulkArgs = { articles: number; seed: number | undefined };

export const bulkUsage = "usage: npm run seed:bulk -- --articles N [--seed N]";

function integer(name: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || !/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    const kind = min > 0 ? "a positive integer" : `a whole number from ${min} to ${max}`;
    throw new Error(`--${name} must be ${kind}, got ${raw === undefined ? "nothing" : JSON.stringify(raw)}`);
  }
  return Number(raw);
}

/** Reads `--name value` and `--name=value`; anything else is an error naming the usage. */
export function parseBulkArgs(argv: readonly string[]): BulkArgs {
  const values = new Map<string, string | undefined>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    const match = /^--(articles|seed)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unknown argument ${JSON.stringify(arg)}; ${bulkUsage}`);
    const name = match[1] ?? "";
    if (match[2] !== undefined) values.set(name, match[2]);
    else {
      const next = argv[i + 1];
      values.set(name, next?.startsWith("--") ? undefined : next);
      if (next !== undefined && !next.startsWith("--")) i += 1;
    }
  }
  if (!values.has("articles")) throw new Error(`--articles is required; ${bulkUsage}`);
  return {
    articles: integer("articles", values.get("articles"), 1, Number.MAX_SAFE_INTEGER),
    // The random source takes 32 bits.
    seed: values.has("seed") ? integer("seed", values.get("seed"), 0, 2 ** 32 - 1) : undefined,
  };
}
