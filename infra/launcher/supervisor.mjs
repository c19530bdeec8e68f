// Keeps one service process running: when it dies it is started again after a pause that
// doubles with each quick death (1 s, 2 s, 4 s … at most 30 s) and falls back to the first
// once the process had run stably (a minute). Used by `npm start`; a real deployment uses
// systemd instead (infra/systemd/).
import { spawn } from 'node:child_process';

export const DEFAULT_BACKOFF = { initialMs: 1_000, maxMs: 30_000, stableMs: 60_000 };

/** The pause before restart number `attempt` (0 = the first restart after a stable run). */
export function backoffDelay(attempt, { initialMs, maxMs } = DEFAULT_BACKOFF) {
  return Math.min(maxMs, initialMs * 2 ** Math.min(attempt, 30));
}

/**
 * @param {{ name: string, command: string[], env?: Record<string, string>, cwd?: string }} service
 * @param {{
 *   backoff?: Partial<typeof DEFAULT_BACKOFF>,
 *   stopGraceMs?: number,
 *   now?: () => number,
 *   log?: (line: string) => void,
 *   onEvent?: (event: { type: 'start', pid: number | undefined, run: number } | { type: 'exit', code: number | null, signal: string | null, ranMs: number } | { type: 'restart', delayMs: number, attempt: number }) => void,
 *   stdio?: import('node:child_process').StdioOptions,
 *   onChild?: (child: import('node:child_process').ChildProcess) => void,
 * }} [options]
 */
export function supervise(service, options = {}) {
  const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line) => console.error(line));
  const emit = options.onEvent ?? (() => {});
  const stopGraceMs = options.stopGraceMs ?? 10_000;
  let child = null;
  let timer = null;
  let attempt = 0;
  let runs = 0;
  let stopping = false;
  let exited = Promise.resolve();

  function start() {
    timer = null;
    if (stopping) return;
    runs += 1;
    const startedAt = now();
    const current = spawn(service.command[0], service.command.slice(1), {
      cwd: service.cwd,
      env: { ...process.env, ...service.env },
      stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    });
    child = current;
    emit({ type: 'start', pid: current.pid, run: runs });
    options.onChild?.(current);
    let done;
    exited = new Promise((resolve) => (done = resolve));
    let ended = false;
    // A process that could not be started at all ('error') counts as one that died at once.
    const onEnd = (code, signal) => {
      if (ended) return;
      ended = true;
      child = null;
      const ranMs = now() - startedAt;
      emit({ type: 'exit', code, signal, ranMs });
      done();
      if (stopping) return;
      if (ranMs >= backoff.stableMs) attempt = 0;
      const delayMs = backoffDelay(attempt, backoff);
      attempt += 1;
      log(`[${service.name}] exited (${signal ?? `code ${code}`}) after ${seconds(ranMs)}; restarting in ${seconds(delayMs)} (restart ${attempt} in a row)`);
      emit({ type: 'restart', delayMs, attempt });
      timer = setTimeout(start, delayMs);
    };
    current.on('exit', (code, signal) => onEnd(code, signal));
    current.on('error', (error) => {
      log(`[${service.name}] could not run ${service.command.join(' ')}: ${error.message}`);
      onEnd(null, null);
    });
  }

  start();

  return {
    get child() {
      return child;
    },
    /** Stop for good: no more restarts; SIGTERM, then SIGKILL after the grace time. */
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      timer = null;
      const running = child;
      if (!running) return;
      const kill = setTimeout(() => running.kill('SIGKILL'), stopGraceMs);
      running.kill('SIGTERM');
      await exited;
      clearTimeout(kill);
    },
  };
}

function seconds(ms) {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}
