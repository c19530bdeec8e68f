import type { WorkerReply } from './outcome';

export type Stage = 'idle' | 'download' | 'verify' | 'done' | 'error';

/**
 * One in-browser verification: fetch (or read) the bundle, re-run it in a worker, and keep
 * the state the page shows — stage, bytes loaded, elapsed time and the reply.
 */
export class Verification {
  stage = $state<Stage>('idle');
  loaded = $state(0);
  total = $state(0);
  elapsedMs = $state(0);
  reply = $state<WorkerReply | null>(null);
  message = $state('');
  private startedAt = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  /** Download the bundle from this portal, then verify it. */
  async fromUrl(url: string): Promise<void> {
    this.begin('download');
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(response.status === 404 ? '该公示没有抽取证明文件' : `下载抽取证明失败（HTTP ${response.status}）`);
      this.total = Number(response.headers.get('content-length') ?? 0);
      const text = await this.readStream(response);
      await this.verify(text);
    } catch (cause) {
      this.failed(cause instanceof Error ? cause.message : '下载抽取证明失败');
    }
  }

  /** Verify a file the visitor picked from disk (nothing is uploaded anywhere). */
  async fromFile(file: File): Promise<void> {
    this.begin('download');
    this.total = file.size;
    try {
      const text = await file.text();
      this.loaded = file.size;
      await this.verify(text);
    } catch (cause) {
      this.failed(cause instanceof Error ? cause.message : '无法读取该文件');
    }
  }

  private begin(stage: Stage): void {
    this.stage = stage;
    this.loaded = 0;
    this.total = 0;
    this.reply = null;
    this.message = '';
    this.startedAt = performance.now();
    this.elapsedMs = 0;
    clearInterval(this.timer);
    this.timer = setInterval(() => (this.elapsedMs = performance.now() - this.startedAt), 100);
  }

  private async readStream(response: Response): Promise<string> {
    if (!response.body) return response.text();
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      this.loaded += value.byteLength;
    }
    const bytes = new Uint8Array(this.loaded);
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
    return new TextDecoder().decode(bytes);
  }

  private async verify(text: string): Promise<void> {
    this.stage = 'verify';
    const reply = await runInWorker(text);
    this.reply = reply;
    this.elapsedMs = performance.now() - this.startedAt;
    clearInterval(this.timer);
    this.stage = 'done';
  }

  private failed(message: string): void {
    clearInterval(this.timer);
    this.elapsedMs = performance.now() - this.startedAt;
    this.message = message;
    this.stage = 'error';
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}

/** Verify in a worker; where workers are unavailable, on the main thread (the page pauses meanwhile). */
async function runInWorker(text: string): Promise<WorkerReply> {
  if (typeof Worker === 'undefined') return runHere(text);
  const worker = new Worker(new URL('./verify.worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<WorkerReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => resolve(event.data);
      worker.onerror = () => reject(new Error('浏览器无法运行验证程序'));
      worker.postMessage(text);
    });
  } catch {
    return runHere(text);
  } finally {
    worker.terminate();
  }
}

async function runHere(text: string): Promise<WorkerReply> {
  const [{ verifyDraw }, { outcomeOf }] = await Promise.all([import('@liancha/domain'), import('./outcome')]);
  return outcomeOf(text, verifyDraw);
}
