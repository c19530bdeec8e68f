import type { StandingReply } from './standing';

/** One draw of the chosen year as the check goes through it. */
export interface DrawCheck {
  stage: 'waiting' | 'download' | 'verify' | 'done' | 'error';
  reply: StandingReply | null;
  message: string;
}

/**
 * "我被抽中了吗" in the reader's browser: download each draw's proof bundle from this portal
 * (once; kept for the next USCC), verify it and read the enterprise's standing in a worker.
 * The USCC never leaves the browser: only the public bundles are requested.
 */
export class SelfCheck {
  uscc = $state('');
  running = $state(false);
  checks = $state<Record<string, DrawCheck>>({});
  elapsedMs = $state(0);
  // A download cache, never rendered: no reactivity wanted.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly texts = new Map<string, string>();

  async run(uscc: string, draws: readonly { id: string; bundleUrl: string }[]): Promise<void> {
    this.uscc = uscc;
    this.running = true;
    this.checks = Object.fromEntries(draws.map((d) => [d.id, { stage: 'waiting', reply: null, message: '' } satisfies DrawCheck]));
    const started = performance.now();
    const worker = startWorker();
    try {
      // One after another: a county's bundles are megabytes each, and the first answers show sooner.
      for (const draw of draws) {
        const check = this.checks[draw.id]!;
        try {
          let text = this.texts.get(draw.id);
          if (text === undefined) {
            check.stage = 'download';
            const response = await fetch(draw.bundleUrl);
            if (!response.ok) throw new Error(response.status === 404 ? '该公示没有抽取证明文件' : `下载抽取证明失败（HTTP ${response.status}）`);
            text = await response.text();
            this.texts.set(draw.id, text);
          }
          check.stage = 'verify';
          check.reply = await compute(worker, text, uscc);
          check.stage = 'done';
        } catch (cause) {
          check.message = cause instanceof Error ? cause.message : '下载抽取证明失败';
          check.stage = 'error';
        }
      }
    } finally {
      worker?.terminate();
      this.elapsedMs = performance.now() - started;
      this.running = false;
    }
  }
}

function startWorker(): Worker | null {
  return typeof Worker === 'undefined' ? null : new Worker(new URL('./standing.worker.ts', import.meta.url), { type: 'module' });
}

/** In the worker; where workers are unavailable or fail, on the main thread (the page pauses meanwhile). */
async function compute(worker: Worker | null, text: string, uscc: string): Promise<StandingReply> {
  if (worker) {
    try {
      return await new Promise<StandingReply>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<StandingReply>) => resolve(event.data);
        worker.onerror = () => reject(new Error('浏览器无法运行计算程序'));
        worker.postMessage({ text, uscc });
      });
    } catch {
      // fall through to the main thread
    }
  }
  const [{ drawStanding }, { standingOf }] = await Promise.all([import('@liancha/domain'), import('./standing')]);
  return standingOf(text, uscc, drawStanding);
}
