/**
 * A Map that forgets its oldest entries beyond `max`, so that per-message state (which answer a
 * button refers to, which conversation a bot message belongs to) cannot grow without bound.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly max: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  set(key: K, value: V): this {
    this.entries.delete(key); // re-inserting makes it the newest
    this.entries.set(key, value);
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return this;
  }

  get size(): number {
    return this.entries.size;
  }
}
