// Timing helpers for benchmarks: medians of repeated runs, after a warm-up.
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median milliseconds of `runs` calls of `work` after `warmup` untimed calls. */
export function timeMs(work: () => unknown, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Median milliseconds of one call of `work`, for work shorter than the clock's step: each of `runs`
 * timings covers `batch` calls in a row and is divided by `batch`.
 */
export function timeBatchMs(work: () => unknown, runs: number, batch: number, warmup = 2): number {
  return timeMs(() => {
    for (let i = 0; i < batch; i++) work();
  }, runs, warmup) / batch;
}

export const round = (ms: number, digits = 3): number => Number(ms.toFixed(digits));
