/**
 * A small seeded random source, so `--seed N` gives the same archive twice. Math.random cannot
 * be seeded; mulberry32 is tiny, fast and more than random enough for filler content.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /**
   * An index in [0, size) where low indexes are far more likely than high ones (about Zipf's
   * law), so a few items are everywhere and most are rare: what real vocabulary looks like.
   */
  skewedIndex(size: number): number;
  /** A random version-4 UUID string, like the ones the newsroom writes for translation groups. */
  uuid(): string;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join("");
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    // Inverse of a log-uniform draw: index i has probability roughly proportional to 1/(i+1).
    skewedIndex: (size) => Math.min(size - 1, Math.floor(Math.exp(next() * Math.log(size + 1)) - 1)),
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(0, 3)]}${hex(3)}-${hex(12)}`,
  };
}

/**
 * A deterministic 32-bit hash of a string and a salt (FNV-1a). Used where the same input must
 * always give the same output inside one story, whatever order the text is walked in.
 */
export function hash(text: string, salt: number): number {
  let h = (0x811c9dc5 ^ salt) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
