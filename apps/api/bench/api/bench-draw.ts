// bench:draw — a joint draw over a pool of a million enterprises through the real API, timed step
// by step, with the API's peak memory and the proof bundle's size and verification time.
//   npm run bench:draw [-- --keep] [--reuse]
// It needs the data set of bench:api (npm run bench:api -- --data-only) and works on a copy of it
// (liancha_bench_draw, dropped afterwards unless --keep), in which 应急管理局 supervises every
// object of 350881, so that the task's pool holds them all, and the demo's officers hold certificates
// valid through the task. --reuse takes a copy kept by --keep as it is. Never part of CI.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { createDb } from '@liancha/db';
import { commitSecret, createEntropySecret, verifyDraw } from '@liancha/domain';
import { publishAgencyItems, usableInspectors } from '../../src/demo/seed-year.js';
import { callerFor } from '../../src/testing/caller.js';
import { callOverHttp } from '../../src/testing/api-process.js';
import { sectorMatrix, THREE_OFFICER_TEAMS } from '../../src/testing/joint-task-fixture.js';
import { sessionTokenFor } from '../../src/testing/session.js';
import { startApi } from './bench-server.js';

const keep = process.argv.includes('--keep');
const reuse = process.argv.includes('--reuse');
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const source = 'liancha_bench_api';
const copy = 'liancha_bench_draw';
const target = new URL(serverUrl);
target.pathname = `/${copy}`;
const databaseUrl = target.toString();
const say = (line: string) => console.log(line);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Peak resident memory (VmHWM) of a process and of its children (the API's workers), in MiB. */
function peakMemory(pid: number): Record<string, number> {
  const hwm = (p: number) => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  let children: number[] = [];
  try {
    children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    // no workers
  }
  return Object.fromEntries([[`main ${pid}`, hwm(pid)], ...children.map((c) => [`worker ${c}`, hwm(c)])]);
}

const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
const [found] = await admin<{ n: number }[]>`select count(*)::int as n from pg_database where datname = ${source}`;
if (!found?.n) {
  say(`bench:draw needs the data set of bench:api: run npm run bench:api -- --data-only first`);
  process.exit(1);
}
const [kept] = await admin<{ n: number }[]>`select count(*)::int as n from pg_database where datname = ${copy}`;
let started = performance.now();
const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
if (!reuse || !kept?.n) {
  await admin.unsafe(`drop database if exists ${copy} with (force)`);
  await admin.unsafe(`create database ${copy} template ${source}`);
  say(`copy of ${source}: ${seconds(started)}`);
  started = performance.now();
  await sql`insert into object_supervision (region_code, object_id, agency_id)
    select o.region_code, o.id, a.id from object o join agency a on a.region_code = o.region_code and a.code = 'yjj'
    where o.region_code = '350881' on conflict do nothing`;
  await sql`update inspector set certificate_expiry = '2030-12-31' where region_code = '350881' and certificate_expiry is not null`;
  await sql`analyze object_supervision`;
  // The links rewrote every object (their supervising_agency_ids): vacuum, as autovacuum would before long.
  await sql`vacuum analyze object`;
  say(`应急管理局 supervises every object of 350881: ${seconds(started)}`);
}
const [pool] = await sql<{ n: number }[]>`select count(*)::int as n from object where region_code = '350881' and archived_at is null`;
say(`objects of 350881 not archived: ${pool!.n}`);

const handle = await createDb({ databaseUrl, maxConnections: 2 });
const as = async (username: string) => callerFor(handle.db, { token: await sessionTokenFor(handle.db, username) });
const api = await startApi(databaseUrl, 4991);
const base = 'http://127.0.0.1:4991';
try {
  // The task, as readyJointTask sets it up: three agencies, their items and officers, three of each sector drawn.
  started = performance.now();
  const window = { start: '2027-03-01', end: '2027-03-31' };
  const agencies = await sql<{ id: string; code: string }[]>`select id, code from agency where region_code = '350881'`;
  const agencyId = (code: string) => agencies.find((a) => a.code === code)!.id;
  const yjj = await as('yjj.coord');
  const { id: taskId } = await yjj.tasks.create({
    title: '百万户检查对象联合抽取基准',
    planBatchId: null,
    backfillReason: null,
    confirmSameBatch: true,
    inspectionStartsOn: window.start,
    inspectionEndsOn: window.end,
    partnerAgencyIds: [agencyId('scj'), agencyId('xf')],
  });
  for (const code of ['scj', 'xf']) await (await as(`${code}.coord`)).tasks.respond({ taskId, accept: true });
  for (const code of ['yjj', 'scj', 'xf']) {
    const coord = await as(`${code}.coord`);
    await coord.tasks.setItems({ taskId, itemIds: await publishAgencyItems(coord, agencyId(code)) });
    await coord.tasks.setInspectors({ taskId, inspectorIds: await usableInspectors(coord, agencyId(code), window.end) });
  }
  await yjj.tasks.configure({ taskId, poolFilter: { supervision: 'any' }, matrix: sectorMatrix({ count: 3 }), teamRules: THREE_OFFICER_TEAMS });
  const { drawId } = await yjj.draws.open({ taskId, witnessDigits: 0, external: null, revealDeadline: new Date(Date.now() + 3_600_000) });
  const secrets: Record<string, string> = {};
  for (const code of ['yjj', 'scj', 'xf']) {
    secrets[code] = createEntropySecret();
    await (await as(`${code}.coord`)).draws.commit({ drawId, commitment: commitSecret(secrets[code]!) });
  }
  say(`task configured and committed (in process): ${seconds(started)}`);

  // The ceremony's long steps through the API's HTTP face, as the portal calls them.
  const token = (username: string) => sessionTokenFor(handle.db, username);
  /** A step whose answer came before its job finished: the draw page's way, asking again until the draw is in `status`. */
  const untilDraw = async (id: string, status: 'frozen' | 'drawn') => {
    for (;;) {
      await new Promise((r) => setTimeout(r, 250));
      const got = (await callOverHttp(base, await token('yjj.coord'), 'draws.get', { drawId: id }, 'query')).data as {
        status: string;
        run: { status: string; error: string | null } | null;
      };
      if (got.status === status) return;
      if (got.run?.status === 'failed') throw new Error(`the job failed: ${got.run.error}`);
    }
  };
  started = performance.now();
  const frozen = await callOverHttp(base, await token('yjj.coord'), 'draws.freeze', { drawId });
  if (frozen.status !== 200) throw new Error(`freeze refused: ${frozen.error?.message}`);
  if ((frozen.data as { freezing: boolean }).freezing) await untilDraw(drawId, 'frozen');
  say(`freeze over ${pool!.n} objects (HTTP): ${seconds(started)}`);
  const [inputs] = await sql<{ bytes: number }[]>`select octet_length(commitment_inputs::text)::int as bytes from draw where id = ${drawId}`;
  say(`commitment inputs: ${(inputs!.bytes / 1e6).toFixed(1)} MB as stored`);

  for (const code of ['yjj', 'scj']) await (await as(`${code}.coord`)).draws.reveal({ drawId, secret: secrets[code]! });
  started = performance.now();
  const revealed = await callOverHttp(base, await token('xf.coord'), 'draws.reveal', { drawId, secret: secrets['xf'] });
  if (revealed.status !== 200) throw new Error(`reveal refused: ${revealed.error?.message}`);
  if (!(revealed.data as { drawn: boolean }).drawn) await untilDraw(drawId, 'drawn');
  say(`last reveal until drawn (HTTP, the draw as a job): ${seconds(started)}`);

  started = performance.now();
  const response = await fetch(`${base}/trpc/draws.bundle?input=${encodeURIComponent(JSON.stringify({ json: { drawId } }))}`, {
    headers: { authorization: `Bearer ${await token('yjj.coord')}` },
  });
  const text = await response.text();
  say(`proof bundle download (HTTP ${response.status}): ${(text.length / 1e6).toFixed(1)} MB in ${seconds(started)}`);
  started = performance.now();
  const bundle = (JSON.parse(text) as { result: { data: { json: unknown } } }).result.data.json;
  const verdict = verifyDraw(bundle);
  say(
    `verification of the bundle (verifyDraw, as the public portal's worker runs it): ${verdict.ok ? 'verified' : `FAILED: ${JSON.stringify(verdict).slice(0, 300)}`} in ${seconds(started)}`,
  );

  // The task on 公示: the public page reads the notice with the bundle's digest, the verifier the bundle.
  started = performance.now();
  const notice = await callOverHttp(base, await token('yjj.coord'), 'publications.publishTask', { taskId });
  if (notice.status !== 200) throw new Error(`publishing refused: ${notice.error?.message}`);
  say(`task notice published with its bundle (HTTP): ${seconds(started)}`);
  const publication = { regionCode: '350881', id: (notice.data as { id: string }).id };
  const anonymousGet = async (label: string, url: string) => {
    const begun = performance.now();
    const got = await fetch(url);
    const bytes = (await got.arrayBuffer()).byteLength;
    const size = bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
    say(`${label} (public, HTTP ${got.status}): ${size} in ${(performance.now() - begun).toFixed(0)} ms`);
  };
  const page = `${base}/trpc/publications.get?input=${encodeURIComponent(JSON.stringify({ json: publication }))}`;
  await anonymousGet('publications.get, the page with the digest', page);
  await anonymousGet('publications.get again', page);
  await anonymousGet('the bundle as text (/public/v1/…/bundle.json)', `${base}/public/v1/publications/${publication.regionCode}/${publication.id}/bundle.json`);
  for (const [process, mib] of Object.entries(peakMemory(api.pid!))) say(`peak memory of the API's ${process}: ${mib.toFixed(0)} MiB`);
} finally {
  api.kill('SIGTERM');
  await sql.end();
  await handle.close();
  if (!keep) await admin.unsafe(`drop database if exists ${copy} with (force)`);
  await admin.end();
}
