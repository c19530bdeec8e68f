import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

const apiDir = resolve(import.meta.dirname, '../..');

/**
 * The bundle production runs (server.js), built into a folder of its own beside dist/ so that a
 * build running alongside is left alone. Returns the folder and what removes it.
 */
export function buildApiBundle(): { outdir: string; remove: () => void } {
  const outdir = `.api-bundle-${randomBytes(4).toString('hex')}`;
  const built = spawnSync(process.execPath, ['build.mjs', outdir], { cwd: apiDir, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`the API bundle did not build (exit ${built.status})`);
  return { outdir, remove: () => rmSync(join(apiDir, outdir), { recursive: true, force: true }) };
}

export interface ApiProcess {
  base: string;
  child: ChildProcess;
  /** Everything it has logged so far. */
  output: () => string;
  /** SIGTERM, then its exit code. */
  stop: () => Promise<number | null>;
}

/** Start the bundled API as production does, on a free port, and wait until it listens. */
export async function startApiProcess(outdir: string, env: Record<string, string>, listening = /api listening/): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(outdir, 'server.js')], {
    cwd: apiDir,
    env: { ...process.env, API_PORT: String(port), LIANCHA_DEMO: 'off', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (let i = 0; i < 300 && !listening.test(output) && child.exitCode === null; i++) await new Promise((r) => setTimeout(r, 100));
  if (!listening.test(output)) {
    child.kill('SIGKILL');
    throw new Error(`the API did not start:\n${output}`);
  }
  return {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    stop: () => {
      if (child.exitCode !== null) return Promise.resolve(child.exitCode);
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A port the system has just handed out and taken back. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
}

/** Call a procedure over HTTP as the portals do; the answer's status and its JSON. */
export async function callOverHttp(base: string, token: string, path: string, input: unknown, method: 'query' | 'mutation' = 'mutation') {
  const body = JSON.stringify({ json: input });
  const response =
    method === 'mutation'
      ? await fetch(`${base}/trpc/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })
      : await fetch(`${base}/trpc/${path}?input=${encodeURIComponent(body)}`, { headers: { authorization: `Bearer ${token}` } });
  const json = (await response.json()) as { result?: { data: { json: unknown } }; error?: { json: { message: string; data: { code: string } } } };
  return { status: response.status, data: json.result?.data.json, error: json.error?.json };
}
