// `npm start`: run the API on the embedded database (or DATABASE_URL) and the three portals,
// then print where they are and the demo accounts. Ctrl-C stops everything.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, serviceDefinitions, servicePorts } from './services.mjs';

const ports = servicePorts(Number(process.env.LIANCHA_PORT_OFFSET ?? 0));
const dataDir = process.env.LIANCHA_DATA_DIR ?? join(ROOT, '.data');
const services = serviceDefinitions({ ports, dataDir });
const children = [];

function start(service) {
  const child = spawn(service.command[0], service.command.slice(1), {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...service.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${service.name}] `;
  const forward = (stream, out) => stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, prefix)));
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? code}); stopping the platform`);
      stop(1);
    }
  });
  children.push(child);
}

async function waitFor(url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

const [api, ...portals] = services;
start(api);
await waitFor(api.health, 180_000);
portals.forEach(start);
await Promise.all(portals.map((p) => waitFor(p.url, 60_000)));

const { demoAccounts: accounts } = await import(join(ROOT, 'apps/api/dist/demo-accounts.js'));
const password = process.env.LIANCHA_DEMO_PASSWORD ?? 'liancha-demo';
const lines = [
  '',
  '联查 Liancha is running.',
  `  数据库 database : ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}`,
  ...services.map((s) => `  ${s.title.padEnd(8, '　')} ${s.url}`),
  '',
  `演示账号 demo accounts (漳平市 350881), password: ${password}`,
  ...accounts.map((a) => `  ${a.username.padEnd(14)} ${a.displayName}（${a.description}）`),
  '',
  'Press Ctrl-C to stop.',
];
console.log(lines.join('\n'));
