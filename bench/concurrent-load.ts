// The load loop of the latency benchmarks: `total` requests, `concurrency` at a time, over
// loopback, bounded by a deadline; prints median, p99, throughput and failures.
import { performance } from 'node:perf_hooks';

export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const DEADLINE_MS = 120_000;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** Runs the requests and prints one line of figures named `name`; a response counts as failed unless `ok(res)` (default: 2xx). */
export async function load(
  name: string,
  total: number,
  makeRequest: (i: number) => Promise<Response>,
  ok: (res: Response) => boolean = (res) => res.ok,
): Promise<void> {
  const started = performance.now();
  const durations: number[] = [];
  let failures = 0;
  let next = 0;
  async function worker() {
    while (next < total && performance.now() - started < DEADLINE_MS) {
      const i = next++;
      const t0 = performance.now();
      const res = await makeRequest(i);
      await res.arrayBuffer();
      durations.push(performance.now() - t0);
      if (!ok(res)) failures++;
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const elapsed = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(20)} n=${String(durations.length).padStart(5)}  concurrency=${CONCURRENCY}  ` +
      `median=${percentile(durations, 50).toFixed(1)} ms  p99=${percentile(durations, 99).toFixed(1)} ms  ` +
      `throughput=${(durations.length / elapsed).toFixed(0)}/s  failures=${failures}`,
  );
}
