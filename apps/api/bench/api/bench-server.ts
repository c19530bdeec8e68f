import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The API as production runs it (dist/server.js, one worker per core) on `databaseUrl`, migrated; resolves once /health answers. */
export async function startApi(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
  const built = spawnSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('building the API failed');
  const dataDir = mkdtempSync(join(tmpdir(), 'liancha-bench-api-'));
  const child = spawn(process.execPath, ['dist/server.js'], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      LIANCHA_DEMO: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      LIANCHA_DATA_DIR: dataDir,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  // Minutes, not seconds: a new migration may build indexes over the data set's million rows first.
  for (let i = 0; i < 3000; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('the API did not answer /health within 10 minutes');
}
