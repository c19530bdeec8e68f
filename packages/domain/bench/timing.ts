// Small helpers shared by the benchmarks.

/** Run `fn` `runs` times; return each wall time in ms and the last result. */
export function time<T>(runs: number, fn: () => T): { times: number[]; result: T } {
  const times: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    times.push(performance.now() - start);
  }
  return { times, result };
}

export function best(times: readonly number[]): number {
  return Math.min(...times);
}

export function median(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function ms(value: number): string {
  return `${value.toFixed(0)} ms`;
}

/** One line describing the machine load, since the benchmark host is shared. */
export async function machineNote(): Promise<string> {
  const os = await import('node:os');
  const [one, five] = os.loadavg();
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${one!.toFixed(2)} / ${five!.toFixed(2)} (1 / 5 min)`;
}
