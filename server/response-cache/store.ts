/**
 * The kept responses: a least-recently-used map bounded by bytes (all encodings counted), so a
 * crawler walking 100,000 articles pushes old entries out instead of growing the process.
 */
export type Encoding = "br" | "gzip" | "identity";

export type CachedResponse = {
  status: number;
  /** Response headers as Next sent them, less hop-by-hop, length and encoding headers. */
  headers: [string, string][];
  etag: string;
  bodies: Record<Encoding, Buffer>;
  /** Flat raw header lists per encoding, built once so a hit does no header work. */
  rawHeaders: Record<Encoding, string[]>;
  /** When the entry was last confirmed by a render (Date.now()). */
  confirmedAt: number;
  bytes: number;
};

export class ResponseStore {
  private readonly entries = new Map<string, CachedResponse>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Re-inserting moves the key to the young end of the map's order.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedResponse): void {
    this.delete(key);
    if (entry.bytes > this.maxBytes / 4) return; // one huge document must not flush the rest
    this.entries.set(key, entry);
    this.total += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= old.bytes;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  keys(): IterableIterator<string> {
    return this.entries.keys();
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.total;
  }
}
