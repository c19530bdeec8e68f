// Benchmark: import a 100,000-row object spreadsheet end to end through the API's procedures
// (upload → background parse → background commit: upsert in batches, each batch's rows kept with
// their before/after and one audit event per batch carrying their digest).
//   node scripts/run-ts.mjs apps/api/bench/import-objects.ts [rows] [csv|xlsx]
// Set BENCH_DATABASE_URL=postgres://… to run on PostgreSQL (a scratch database is created
// and dropped); otherwise it runs on PGlite in a scratch data directory, as the API does
// (BENCH_PGLITE_MEMORY=1: in memory, where the whole database also counts as the process's RSS).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import pino from 'pino';
import { createDb, listAgencies, migrateToLatest, pgliteParsers, type DbHandle } from '@liancha/db';
import { loadDemoRegion, generateDemoRegion } from '@liancha/demo';
import { writeRegistryFile } from '@liancha/registry-io';
import { generateObjects } from '@liancha/registry-io/testing';
import { referenceDataFor } from '../src/registry/import/reference-data.js';
import { createCallerFactory } from '../src/trpc/init.js';
import { createContextInner } from '../src/trpc/context.js';
import { appRouter } from '../src/routers/app-router.js';
import { sessionTokenFor } from '../src/testing/session.js';

const rows = Number(process.argv[2] ?? 100_000);
const format = (process.argv[3] ?? 'csv') as 'csv' | 'xlsx';
const url = process.env.BENCH_DATABASE_URL;

async function open(): Promise<{ handle: DbHandle; drop: () => Promise<void> }> {
  if (!url && process.env.BENCH_PGLITE_MEMORY === '1') {
    const handle = await createDb({ pglite: await PGlite.create({ parsers: pgliteParsers }) });
    return { handle, drop: async () => {} };
  }
  if (!url) {
    // The child that wrote the file loaded the demo region here: this process opens the database
    // as the API does when it starts, so the demo load's growth of the engine's memory is not counted.
    const handle = await createDb({ dataDir: pgliteDir });
    return { handle, drop: async () => rmSync(pgliteDir, { recursive: true, force: true }) };
  }
  const name = `liancha_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const handle = await createDb({ databaseUrl: target.toString(), maxConnections: 4 });
  return {
    handle,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const writeTo = process.argv.indexOf('--write-file');

/**
 * The 100,000 objects as a file, written by a child process so their memory is not counted as the
 * API's; with a data directory, the child also leaves the demo region there for the API to open.
 */
async function generate(path: string, dataDir: string | undefined): Promise<void> {
  const handle = await createDb(dataDir ? { dataDir } : { pglite: await PGlite.create({ parsers: pgliteParsers }) });
  await migrateToLatest(handle.db);
  await loadDemoRegion(handle.db, generateDemoRegion(), { hashPassword: async (p) => `bench$${p}`, password: 'bench' });
  const agency = (await listAgencies(handle.db, { regionCode: '350881' })).find((a) => a.code === 'yjj');
  if (!agency) throw new Error('the demo region has no agency yjj');
  const reference = await referenceDataFor(handle.db, { regionCode: '350881' }, agency.id);
  await handle.close();
  // Realistic 漳平 objects: sub-sectors, tags, licences and last inspections, from a fixed seed.
  const records = generateObjects(rows);
  writeFileSync(path, await writeRegistryFile('object', records, format, { reference }));
}

const inDataDir = process.argv.indexOf('--data-dir');
if (writeTo > 0) {
  await generate(process.argv[writeTo + 1]!, inDataDir > 0 ? process.argv[inDataDir + 1] : undefined);
  process.exit(0);
}
const onDisk = !url && process.env.BENCH_PGLITE_MEMORY !== '1';
const pgliteDir = onDisk ? mkdtempSync(join(tmpdir(), 'liancha-bench-pglite-')) : '';

const filePath = join(tmpdir(), `liancha-bench-import-${process.pid}.${format}`);
// run-ts.mjs set argv[1] to this script's own path; it is found from the repository root or from apps/api.
const runTs = [process.cwd(), join(process.cwd(), '../..')].map((dir) => join(dir, 'scripts/run-ts.mjs')).find((path) => existsSync(path));
if (!runTs) throw new Error('run from the repository root or apps/api');
const child = spawnSync(
  process.execPath,
  [runTs, process.argv[1]!, String(rows), format, '--write-file', filePath, ...(onDisk ? ['--data-dir', pgliteDir] : [])],
  { stdio: 'inherit' },
);
if (child.status !== 0) throw new Error('generating the file failed');
const file = new Uint8Array(readFileSync(filePath));
rmSync(filePath);
const { handle, drop } = await open();
try {
  if (!onDisk) {
    await migrateToLatest(handle.db);
    await loadDemoRegion(handle.db, generateDemoRegion(), { hashPassword: async (p) => `bench$${p}`, password: 'bench' });
  }
  const baseline = process.memoryUsage().rss;
  const ctx = await createContextInner({
    db: handle.db,
    config: { sessionTtlMs: 3_600_000 },
    log: pino({ level: 'silent' }),
    token: await sessionTokenFor(handle.db, 'yjj.coord'),
  });
  const api = createCallerFactory(appRouter)(ctx);

  // Peak RSS of each phase, sampled, so it shows where the memory goes.
  let phasePeak = 0;
  let heapPeak = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    phasePeak = Math.max(phasePeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed + m.external);
  }, 50);
  const phasePeaks: Record<string, number> = {};
  // The embedded database blocks the event loop while it works, so the last reading counts too.
  const endPhase = (name: string) => {
    phasePeaks[name] = Math.max(phasePeak, process.memoryUsage().rss);
    const m = process.memoryUsage();
    phasePeaks[`${name} heap`] = Math.max(heapPeak, m.heapUsed + m.external);
    phasePeak = 0;
    heapPeak = 0;
  };
  const t0 = performance.now();
  const { jobId } = await api.registry.imports.start({ kind: 'object', filename: `bench.${format}`, contentBase64: Buffer.from(file).toString('base64') });
  let job = await api.registry.imports.status({ jobId });
  while (job.status === 'parsing') {
    await new Promise((r) => setTimeout(r, 100));
    job = await api.registry.imports.status({ jobId });
  }
  const t1 = performance.now();
  endPhase('preview');
  if (job.status !== 'ready') throw new Error(`parse failed: ${job.error}`);
  await api.registry.imports.commit({ jobId });
  job = await api.registry.imports.status({ jobId });
  while (job.status === 'committing') {
    await new Promise((r) => setTimeout(r, 100));
    job = await api.registry.imports.status({ jobId });
  }
  const t2 = performance.now();
  endPhase('commit');
  clearInterval(sampler);
  if (job.status !== 'committed') throw new Error(`commit failed: ${job.error}`);
  const summary = job.summary as { inserted: number; updated: number };
  const engine = url ? 'PostgreSQL 15' : process.env.BENCH_PGLITE_MEMORY === '1' ? 'in-memory PGlite' : 'PGlite on a data directory';
  console.log(`engine            ${handle.kind} (${engine})`);
  console.log(`rows              ${rows} (${format}, ${(file.byteLength / 1048576).toFixed(1)} MiB)`);
  console.log(`preview (parse)   ${seconds(t1 - t0)}`);
  console.log(`commit            ${seconds(t2 - t1)}  inserted=${summary.inserted} updated=${summary.updated}`);
  console.log(`total             ${seconds(t2 - t0)}  → ${Math.round(rows / ((t2 - t0) / 1000))} rows/s`);
  const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;
  console.log(`RSS before upload ${mib(baseline)} (demo region loaded${url ? '' : ', in-process PGlite'})`);
  console.log(
    `phase peaks       preview ${mib(phasePeaks.preview!)}, commit ${mib(phasePeaks.commit!)} (sampled every 50 ms; JS heap + external at most ${mib(phasePeaks['preview heap']!)} and ${mib(phasePeaks['commit heap']!)})`,
  );
  console.log(
    `peak RSS          ${mib(process.resourceUsage().maxRSS * 1024)} (this process: the API, the file it was sent${url ? '' : ' and the embedded database'})`,
  );
} finally {
  await handle.close();
  await drop();
}
