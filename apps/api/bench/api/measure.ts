// Timing pages through the API's HTTP face, as a portal calls it (tRPC GET with the user's bearer
// token), and the same procedure's SQL alone, timed by the database driver.

export interface Latencies {
  count: number;
  errors: number;
  firstError: string | null;
  p50: number;
  p95: number;
  p99: number;
  /** Pages answered per second over the run. */
  rate: number;
}

const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);

export function trpcUrl(base: string, path: string, input: unknown): string {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return `${base}/trpc/${path}${query}`;
}

/** One page view; throws with the API's message when it answers with an error. */
export async function openPage(url: string, token: string | null): Promise<void> {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = await response.text();
  if (!response.ok) {
    let message = body.slice(0, 200);
    try {
      message = (JSON.parse(body) as { error?: { json?: { message?: string } } }).error?.json?.message ?? message;
    } catch {
      // not JSON: keep the text
    }
    throw new Error(`HTTP ${response.status}: ${message}`);
  }
}

/** `clients` loops opening the page back to back for `ms` milliseconds. */
export async function load(url: string, token: string | null, clients: number, ms: number): Promise<Latencies> {
  const times: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          await openPage(url, token);
          times.push(performance.now() - t0);
        } catch (error) {
          errors += 1;
          firstError ??= error instanceof Error ? error.message : String(error);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    count: times.length,
    errors,
    firstError,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    p99: quantile(times, 0.99),
    rate: times.length / elapsed,
  };
}

/** The statements a call ran, as [start, end] in performance.now() milliseconds (Kysely's query log). */
export interface SqlMeter {
  spans: [number, number][];
}

/** Time covered by at least one statement: statements run side by side (Promise.all) count once. */
function covered(spans: [number, number][]): number {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of sorted) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** The SQL time of a call (its statements' wall time, as the driver saw it), median of `runs` calls. */
export async function sqlTime(call: () => Promise<unknown>, meter: SqlMeter, runs = 5): Promise<number> {
  const totals: number[] = [];
  for (let i = 0; i < runs; i++) {
    meter.spans = [];
    await call();
    totals.push(covered(meter.spans));
  }
  totals.sort((a, b) => a - b);
  return totals[Math.floor(runs / 2)]!;
}
