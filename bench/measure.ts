import { performance } from 'node:perf_hooks';

export interface Latency {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

/**
 * Times `call` `runs` times after `warmup` untimed calls; each call gets its iteration number so
 * it can vary its parameters. Returns milliseconds.
 */
export async function measure(
  name: string,
  runs: number,
  call: (i: number) => Promise<void>,
  warmup = 20,
): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await call(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await call(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    name,
    runs,
    p50: round(percentile(times, 50)),
    p95: round(percentile(times, 95)),
    p99: round(percentile(times, 99)),
    mean: round(times.reduce((s, t) => s + t, 0) / times.length),
  };
}
