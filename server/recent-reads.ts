/**
 * Which reads were already counted today: one read per client and article per UTC day (the
 * day the read counts table stores, db/queries/articles/read-counts.ts `readDay`), so a script posting
 * the beacon in a loop from one address adds one read, not thousands.
 *
 * Memory is bounded: at most `capacity` keys (default 100,000, about 4 MB), the oldest forgotten
 * first when full, and everything forgotten when the day changes (every key names the day).
 * Keys are salted hashes, so no address is kept in memory and nobody outside the process can
 * aim a collision at someone else's read. Forgetting costs at most a repeat read counted twice:
 * to get one read counted again, an address has to make `capacity` other reads count first.
 * Each server process remembers its own reads; with several instances a reader can count once
 * per instance they reach.
 */
import { createHash, randomBytes } from "node:crypto";

export const recentReadsCapacity = 100_000;

/**
 * The part of an address that names one client: the whole IPv4 address, the /64 prefix of an
 * IPv6 address (one household or server gets a whole /64, and could otherwise count once per
 * address in it).
 */
export function clientKey(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail] = address.split("::", 2);
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : Math.max(0, 8 - left.length - right.length);
  const groups = [...left, ...Array.from({ length: missing }, () => "0"), ...right];
  return groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":");
}

export class RecentReads {
  private seen = new Set<number>();
  private day = "";
  private readonly salt = randomBytes(16);

  constructor(private readonly capacity = recentReadsCapacity) {}

  /** True the first time this client reads this article on this day; false for a repeat. */
  firstRead(address: string, articleId: number, day: string): boolean {
    if (day !== this.day) {
      this.seen.clear();
      this.day = day;
    }
    const key = createHash("sha256")
      .update(this.salt)
      .update(`${clientKey(address)}|${articleId}|${day}`)
      .digest()
      // 48 bits: a chance of about 1 in 50,000 that two keys of a full set collide.
      .readUIntBE(0, 6);
    if (this.seen.has(key)) return false;
    if (this.seen.size >= this.capacity) {
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
    this.seen.add(key);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
