// Closed-loop load: `concurrency` workers each send the next request as soon as the last one
// answers, until `maxRequests` are done or the time budget is spent (but never fewer than
// `minRequests`, so slow scenarios still get a p95 worth reading).

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted, p) {
  if (!sorted.length) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarize(samples, wallMs) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
    rps: sorted.length / (wallMs / 1000),
  };
}

/**
 * Warm-up: up to `warmup` sequential requests, stopping after `warmupSeconds`. Then the measured
 * loop: stop at `maxRequests`; after `seconds` once `minRequests` are done; after `capSeconds`
 * once `floorRequests` are done (so a 2-second query does not take a minute per scenario).
 */
export async function measure(
  request,
  {
    concurrency,
    warmup,
    warmupSeconds = 1,
    maxRequests,
    minRequests,
    seconds,
    capSeconds = 3 * seconds,
    floorRequests = 5,
  },
) {
  const w0 = performance.now();
  for (let i = 0; i < warmup && performance.now() - w0 < warmupSeconds * 1000; i++) await request();
  const samples = [];
  let issued = 0;
  const started = performance.now();
  const done = () => {
    const t = performance.now() - started;
    if (issued >= maxRequests) return true;
    if (issued >= minRequests && t > seconds * 1000) return true;
    return issued >= floorRequests && t > capSeconds * 1000;
  };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!done()) {
        issued++;
        const t0 = performance.now();
        await request();
        samples.push(performance.now() - t0);
      }
    }),
  );
  return summarize(samples, performance.now() - started);
}

/** Highest resident set size seen by a sampler, alongside the kernel's own max RSS. */
export function rssSampler(intervalMs = 100) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, intervalMs);
  timer.unref();
  return {
    reset() {
      peak = process.memoryUsage().rss;
    },
    peak: () => Math.max(peak, process.memoryUsage().rss),
    stop: () => clearInterval(timer),
  };
}
