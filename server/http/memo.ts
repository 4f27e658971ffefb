/**
 * A short-lived, bounded memo for public aggregates (facet counts, statistics from the kept
 * counts): many readers landing on the same page within seconds share one computation. Public
 * pages are cached by browsers for a minute anyway, so a few seconds of staleness changes nothing
 * a reader could notice; internal readers never go through it.
 */
export class Memo<T> {
  readonly #entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
  ) {}

  /** The value for `key` computed within the last `ttlMs`, or a fresh one from `compute`. */
  get(key: string, compute: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    const value = compute();
    // A failed computation is not remembered.
    value.catch(() => this.#entries.delete(key));
    this.#entries.delete(key);
    this.#entries.set(key, { at: now, value });
    if (this.#entries.size > this.maxEntries)
      this.#entries.delete(this.#entries.keys().next().value as string);
    return value;
  }
}
