// The browser suite, as CI runs it: once on the embedded database (the default a fresh clone
// starts with), then, when TEST_DATABASE_URL names a PostgreSQL server, again on PostgreSQL.
import { spawnSync } from 'node:child_process';

const runs = [{ name: 'embedded PGlite', env: {} }];
if (process.env.TEST_DATABASE_URL) {
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = '/liancha_e2e';
  runs.push({ name: 'PostgreSQL', env: { E2E_DATABASE_URL: url.toString() } });
} else {
  console.log('[e2e] TEST_DATABASE_URL is not set: the browser suite runs on the embedded database only.');
}
for (const run of runs) {
  console.log(`\n[e2e] browser suite on ${run.name}`);
  const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...run.env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
