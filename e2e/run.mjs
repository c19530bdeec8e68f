// The browser suite, as CI runs it: on the embedded database (the default a fresh clone starts
// with) and, when TEST_DATABASE_URL names a PostgreSQL server, on PostgreSQL too. The two runs
// have their own port blocks, data and output folders (fixtures/platform.ts), so they run side by
// side: each is one Playwright worker mostly waiting on its servers, and two of them keep both
// cores busy. E2E_SEQUENTIAL=1 runs them one after the other (easier to read when debugging).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

const runs = [{ name: 'embedded', env: {} }];
if (process.env.TEST_DATABASE_URL) {
  const url = new URL(process.env.TEST_DATABASE_URL);
  // A second checkout running beside this one (E2E_PORT_BLOCK) gets its own database too.
  url.pathname = process.env.E2E_PORT_BLOCK ? `/liancha_e2e_${Number(process.env.E2E_PORT_BLOCK)}` : '/liancha_e2e';
  runs.push({ name: 'postgres', env: { E2E_DATABASE_URL: url.toString() } });
} else {
  console.log('[e2e] TEST_DATABASE_URL is not set: the browser suite runs on the embedded database only.');
}

const prefixed = runs.length > 1;

/** One Playwright run; resolves to its exit code. Lines are prefixed with the run's name when two run at once. */
function runSuite(run) {
  console.log(`[e2e] browser suite on ${run.name}`);
  const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
    env: { ...process.env, ...run.env },
    stdio: prefixed ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  if (prefixed) {
    for (const [stream, sink] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      createInterface({ input: stream }).on('line', (line) => sink.write(`[${run.name}] ${line}\n`));
    }
  }
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`[e2e] ${run.name}: could not start Playwright: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const started = Date.now();
const codes = [];
if (process.env.E2E_SEQUENTIAL === '1') {
  for (const run of runs) codes.push(await runSuite(run));
} else {
  codes.push(...(await Promise.all(runs.map(runSuite))));
}
runs.forEach((run, index) => console.log(`[e2e] ${run.name}: ${codes[index] === 0 ? 'passed' : `FAILED (exit ${codes[index]})`}`));
console.log(`[e2e] ${Math.round((Date.now() - started) / 1000)} s in all`);
process.exit(codes.some((code) => code !== 0) ? 1 : 0);
