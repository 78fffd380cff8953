interface Slot<V> {
  value: V;
  size: number;
  tag: string;
  expiresAt: number;
}

export interface ByteLruLimits {
  /** All entries together stay under this many bytes; the least recently used go first. */
  maxBytes: number;
  /** An entry bigger than this is never kept (it would push out many small ones). */
  maxEntryBytes: number;
}

/**
 * A least-recently-used map bounded by the bytes its entries hold, each entry with an expiry
 * time and a tag (the report it belongs to) by which a group is dropped at once.
 * `generation` moves on every drop: a value computed before a drop is refused afterwards,
 * so a rendering that raced a publication cannot store the old version.
 */
export class ByteLru<V> {
  private readonly slots = new Map<string, Slot<V>>();
  private used = 0;
  private dropped = 0;

  constructor(private readonly limits: ByteLruLimits) {}

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.slots.size;
  }

  get generation(): number {
    return this.dropped;
  }

  get(key: string, now: number): V | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot.expiresAt <= now) {
      this.remove(key, slot);
      return undefined;
    }
    // A Map iterates in insertion order: re-inserting makes this the most recently used.
    this.slots.delete(key);
    this.slots.set(key, slot);
    return slot.value;
  }

  /** Keeps `value` unless it is too big or something was dropped since `generation` was read. Whether it was kept. */
  set(key: string, entry: { value: V; size: number; tag: string; expiresAt: number }, generation: number): boolean {
    if (generation !== this.dropped || entry.size > this.limits.maxEntryBytes) return false;
    const previous = this.slots.get(key);
    if (previous) this.remove(key, previous);
    this.slots.set(key, { ...entry });
    this.used += entry.size;
    for (const [oldest, slot] of this.slots) {
      if (this.used <= this.limits.maxBytes) break;
      this.remove(oldest, slot);
    }
    return true;
  }

  /** Drops every entry with this tag. */
  dropTag(tag: string): void {
    this.dropped++;
    for (const [key, slot] of this.slots) if (slot.tag === tag) this.remove(key, slot);
  }

  clear(): void {
    this.dropped++;
    this.slots.clear();
    this.used = 0;
  }

  private remove(key: string, slot: Slot<V>) {
    this.slots.delete(key);
    this.used -= slot.size;
  }
}
