/**
 * Fixed-window counters per key (client address), in memory: one process serves the public
 * check-in routes of a small installation; behind several replicas each keeps its own counts.
 */
export class WindowLimiter {
  readonly #hits = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Seconds to wait when the key is over its limit, else 0. Does not count. */
  blockedFor(key: string, now = Date.now()): number {
    const hit = this.#hits.get(key);
    if (!hit || hit.resetAt <= now || hit.count < this.limit) return 0;
    return Math.ceil((hit.resetAt - now) / 1000);
  }

  hit(key: string, now = Date.now()): void {
    if (this.#hits.size > 50_000) {
      for (const [k, v] of this.#hits) if (v.resetAt <= now) this.#hits.delete(k);
    }
    const hit = this.#hits.get(key);
    if (!hit || hit.resetAt <= now) this.#hits.set(key, { count: 1, resetAt: now + this.windowMs });
    else hit.count++;
  }
}
