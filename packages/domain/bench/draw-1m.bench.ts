// 1,000,000 objects in 16 strata at 10%: commit + draw, against PostgreSQL ORDER BY random().
//   npm run bench:draw -w @liancha/domain -- [--no-pg]
import postgres from 'postgres';
import { buildPoolSnapshot } from '../src/draw/pool-snapshot.js';
import { computeCommitment, freezeTask } from '../src/draw/commitment.js';
import { runDraw } from '../src/draw/proof-bundle.js';
import { checkReveals, deriveSeed } from '../src/draw/entropy.js';
import { drawObjects } from '../src/draw/object-draw.js';
import { ratioBp } from '../src/draw/sample-size.js';
import { syntheticUscc } from '../src/fixtures/uscc-factory.js';
import { best, machineNote, median, ms, time } from './timing.js';

const N = 1_000_000;
const STRATA = 16;
const RUNS = 5;

console.log(`# draw-1m — ${await machineNote()}`);
const rows = Array.from({ length: N }, (_, i) => ({
  uscc: syntheticUscc(i + 1),
  sectorCode: `S${String(i % STRATA).padStart(2, '0')}`,
  status: 'operating' as const,
  drawsThisYear: 0,
}));
const entropy = [{ id: 'witness', kind: 'witness' as const, label: '见证人', digits: 6 }];
const reveals = [{ source: 'witness', value: '271828' }];

const build = time(2, () => buildPoolSnapshot(rows));
const frozen = freezeTask({
  task: { id: 'BENCH-1M', regionCode: '350881', year: 2024 },
  objects: rows,
  matrix: { default: { selection: ratioBp(1000) } },
  entropy,
});
const inputs = frozen.commitmentInputs;

const commit = time(RUNS, () => computeCommitment(inputs));
const draw = time(RUNS, () => drawObjects(inputs, deriveSeed(frozen.commitment, checkReveals(inputs.entropy, reveals))));
const total = time(RUNS, () => runDraw(frozen, reveals));
const drawn = draw.result.reduce((sum, s) => sum + s.drawn.length, 0);
const commitDraw = commit.times.map((t, i) => t + draw.times[i]!);

console.log(`objects ${N}, strata ${STRATA}, drawn ${drawn} (+${drawn} substitutes listed)`);
console.log(`pool snapshot from rows (USCC validation, exclusions, sort): best ${ms(best(build.times))}`);
console.log(
  `commit (canonical JSON ${(computeCommitmentSize() / 1e6).toFixed(1)} MB + SHA-256): best ${ms(best(commit.times))}, median ${ms(median(commit.times))}`,
);
console.log(`draw (seed + 1M HMAC tickets + bottom-k per stratum): best ${ms(best(draw.times))}, median ${ms(median(draw.times))}`);
console.log(`commit + draw: best ${ms(best(commitDraw))}, median ${ms(median(commitDraw))}`);
console.log(`runDraw (re-checks the commitment, then draws): best ${ms(best(total.times))}, median ${ms(median(total.times))}`);

if (!process.argv.includes('--no-pg')) await postgresComparison(best(commitDraw));

function computeCommitmentSize(): number {
  let bytes = 0;
  for (const s of inputs.pool.strata) bytes += s.objects.length * 21;
  return bytes;
}

async function postgresComparison(ours: number): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  const database = `liancha_bench_${process.pid}`;
  await admin.unsafe(`create database ${database}`);
  const sql = postgres(url.replace(/\/[^/]*$/, `/${database}`), { max: 1, onnotice: () => {} });
  try {
    await sql`create table pool_object (uscc text primary key, stratum text not null)`;
    const load = performance.now();
    const writable = await sql`copy pool_object (uscc, stratum) from stdin`.writable();
    await new Promise<void>((resolve, reject) => {
      writable.on('error', reject);
      writable.on('finish', resolve);
      let i = 0;
      const pump = () => {
        let ok = true;
        while (i < rows.length && ok) {
          const chunk: string[] = [];
          for (let k = 0; k < 10000 && i < rows.length; k++, i++) chunk.push(`${rows[i]!.uscc}\t${rows[i]!.sectorCode}\n`);
          ok = writable.write(chunk.join(''));
        }
        if (i < rows.length) writable.once('drain', pump);
        else writable.end();
      };
      pump();
    });
    await sql`create index on pool_object (stratum)`;
    await sql`analyze pool_object`;
    console.log(`postgres: loaded ${N} rows + index in ${ms(performance.now() - load)} (not timed below)`);
    const sizes = new Map(draw.result.map((s) => [s.stratum, s.sampleSize]));
    const pgTimes: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      let got = 0;
      for (const [stratum, n] of sizes) {
        const picked = await sql`select uscc from pool_object where stratum = ${stratum} order by random() limit ${n}`;
        got += picked.length;
      }
      pgTimes.push(performance.now() - start);
      if (got !== drawn) throw new Error(`postgres drew ${got}, expected ${drawn}`);
    }
    const pg = best(pgTimes);
    console.log(`postgres ORDER BY random() LIMIT n, 16 strata: best ${ms(pg)}, median ${ms(median(pgTimes))} (no commitment, not reproducible)`);
    console.log(`ratio ours (commit + draw) / postgres: ${(ours / pg).toFixed(2)}`);
  } finally {
    await sql.end();
    await admin.unsafe(`drop database if exists ${database}`);
    await admin.end();
  }
}
