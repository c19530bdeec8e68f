// `npm start`: run the API on the embedded database (or DATABASE_URL) and the three portals,
// then print where they are and the demo accounts. A service that dies is started again
// (supervisor.mjs: 1 s, 2 s, 4 s … at most 30 s between tries); Ctrl-C stops everything.
import { join } from 'node:path';
import { ROOT, serviceDefinitions, servicePorts } from './services.mjs';
import { supervise } from './supervisor.mjs';

const ports = servicePorts(Number(process.env.LIANCHA_PORT_OFFSET ?? 0));
const dataDir = process.env.LIANCHA_DATA_DIR ?? join(ROOT, '.data');
const services = serviceDefinitions({ ports, dataDir });
const supervisors = [];

function start(service) {
  const prefix = `[${service.name}] `;
  const forward = (stream, out) => stream.on('data', (chunk) => out.write(chunk.toString().replace(/^(?=.)/gm, prefix)));
  supervisors.push(
    supervise(
      { name: service.name, command: service.command, cwd: ROOT, env: { NODE_ENV: 'production', ...service.env } },
      {
        onChild: (child) => {
          forward(child.stdout, process.stdout);
          forward(child.stderr, process.stderr);
        },
        onEvent: (event) => {
          if (event.type === 'start' && event.run > 1) console.error(`${prefix}started again (pid ${event.pid})`);
        },
      },
    ),
  );
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
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('Stopping…');
  await Promise.all(supervisors.map((s) => s.stop()));
  process.exit(code);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());

const [api, ...portals] = services;
try {
  start(api);
  await waitFor(api.health, 180_000);
  portals.forEach(start);
  await Promise.all(portals.map((p) => waitFor(p.url, 60_000)));
} catch (error) {
  console.error(error.message);
  await stop(1);
}

const { demoAccounts: accounts } = await import(join(ROOT, 'apps/api/dist/demo-accounts.js'));
const password = process.env.LIANCHA_DEMO_PASSWORD ?? 'liancha-demo';
const lines = [
  '',
  '联查 Liancha is running.',
  `  数据库 database : ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`}`,
  ...services.map((s) => `  ${s.title.padEnd(8, '　')} ${(s.urls ?? [s.url]).join('  或 or  ')}`),
  '',
  `演示账号 demo accounts (漳平市 350881), password: ${password}`,
  ...accounts.map((a) => `  ${a.username.padEnd(14)} ${a.displayName}（${a.description}）`),
  '',
  'Press Ctrl-C to stop.',
];
console.log(lines.join('\n'));
