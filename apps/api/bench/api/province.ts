// The synthetic province of bench:api: one region with 1,000,000 objects and ≈3 supervision links
// each, 50 agencies and 20,000 inspectors, and a year of inspections on them (province-year.ts); and
// 20 more regions of 50,000 objects each. Deterministic: ids are hashes of a fixed seed and a counter, every other
// choice comes from seeded streams, so two builds hold the same rows. Bulk loaded with COPY and
// INSERT … SELECT, never through the per-row API.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Sql } from 'postgres';
import { composeUscc, USCC_CHARSET } from '@liancha/domain';
import { buildYear } from './province-year.js';

const SEED = 'liancha-bench-api-2026';

export interface ProvinceSize {
  /** Objects added to the demo region (350881). */
  mainObjects: number;
  /** Further regions and objects in each. */
  regions: number;
  objectsPerRegion: number;
  /** Agencies of the demo region after the build (the demo's own count first). */
  agencies: number;
  inspectors: number;
  /** Copies of the demo's 2020 onto the synthetic objects: the year's tasks, checks, results and notices. */
  yearCopies: number;
}

export const FULL_SIZE: ProvinceSize = { mainObjects: 1_000_000, regions: 20, objectsPerRegion: 50_000, agencies: 50, inspectors: 20_000, yearCopies: 1_000 };

/** A seeded stream in [0, 1) (mulberry32 over the stream name's hash): the same rows on every build. */
function seeded(name: string): () => number {
  let state = createHash('sha256').update(`${SEED}|${name}`).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th valid USCC of a division (n < 31^8), spread over the code space. */
function benchUscc(n: number, division: string): string {
  let x = (n * 387_420_489) % 31 ** 8;
  let body = '';
  for (let i = 0; i < 8; i++) {
    body = USCC_CHARSET[x % 31]! + body;
    x = Math.floor(x / 31);
  }
  return composeUscc({ authority: '9', entityType: '1', division, orgBody: body });
}

/** A v4-shaped id (the API's schemas accept only valid UUIDs); SQL inserts shape md5() the same way with overlay(). */
const uuidOf = (text: string) => {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

const TRADE = ['鑫', '恒', '泰', '华', '盛', '隆', '兴', '达', '源', '丰', '瑞', '祥', '宏', '昌', '福', '永', '金', '安', '德', '信', '远', '新', '龙', '顺'];
const TRADE2 = ['发', '通', '利', '和', '成', '益', '辉', '荣', '宇', '嘉', '晟', '诚', '峰', '海', '森', '茂', '元', '腾', '阳', '康'];
const ENDINGS = [
  '建材有限公司',
  '矿业有限公司',
  '化工有限公司',
  '竹木制品厂',
  '食品有限公司',
  '贸易有限公司',
  '加油站',
  '陶瓷有限公司',
  '机械制造有限公司',
  '物流有限公司',
  '商行',
  '烟花爆竹经营部',
];

/** Skew: a few sectors and townships hold most objects (weights fall off as 1/rank). */
const zipfWeights = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1));
function weightedPicker(weights: number[], next: () => number): () => number {
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w / total));
  return () => {
    const x = next();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

const copyText = (value: string | null) =>
  value === null ? '\\N' : value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);

interface Sectors {
  top: string[];
  children: Map<string, string[]>;
}

async function sectors(sql: Sql): Promise<Sectors> {
  const rows = await sql<{ code: string; parentCode: string | null }[]>`select code, parent_code as "parentCode" from sector order by sort_order, code`;
  const top = rows.filter((r) => r.parentCode === null).map((r) => r.code);
  const children = new Map<string, string[]>();
  for (const r of rows) if (r.parentCode) children.set(r.parentCode, [...(children.get(r.parentCode) ?? []), r.code]);
  return { top, children };
}

/** COPY `count` objects into a region, numbered from `first` (the USCC's sequence). */
async function copyObjects(sql: Sql, region: string, count: number, first: number, reference: Sectors): Promise<void> {
  const townships = (await sql<{ code: string }[]>`select code from township where region_code = ${region} order by code`).map((t) => t.code);
  const rng = seeded(`objects|${region}`);
  const sector = weightedPicker(zipfWeights(reference.top.length), rng);
  const township = weightedPicker(zipfWeights(townships.length), rng);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
  function* lines() {
    for (let n = first; n < first + count; n++) {
      const top = reference.top[sector()]!;
      const subs = reference.children.get(top) ?? [];
      const sub = subs.length > 0 && rng() < 0.7 ? pick(subs) : null;
      const risk = 'ABCD'[Math.min(3, Math.floor(rng() * rng() * 4 + rng() * 1.5))]!;
      const name = `${region === '350881' ? '漳平市' : ''}${pick(TRADE)}${pick(TRADE2)}${pick(TRADE)}${pick(ENDINGS)}${n}`;
      const inspected = rng() < 0.6 ? `20${20 + Math.floor(rng() * 6)}-0${1 + Math.floor(rng() * 9)}-1${Math.floor(rng() * 9)}` : null;
      const status = rng() < 0.95 ? 'operating' : rng() < 0.5 ? 'suspended' : 'closed';
      const row = [
        uuidOf(`${SEED}|object|${region}|${n}`),
        region,
        benchUscc(n, region),
        name,
        townships[township()]!,
        top,
        sub,
        risk,
        rng() < 0.1 ? 'key' : 'general',
        status,
        rng() < 0.2 ? '{重点企业}' : '{}',
        inspected,
      ];
      yield `${row.map(copyText).join('\t')}\n`;
    }
  }
  const stream =
    await sql`copy object (id, region_code, uscc, name, township_code, sector_code, sub_sector_code, risk_class, supervision_category, status, tags, last_inspected_on) from stdin`.writable();
  await pipeline(Readable.from(lines(), { objectMode: false }), stream);
}

/** ≈3 agencies per object, skewed towards the region's first agencies (市场监管 and 应急 supervise most). */
async function linkObjects(sql: Sql, region: string): Promise<void> {
  await sql`drop table if exists bench_agency_no`;
  await sql`create temp table bench_agency_no as
    select row_number() over (order by created_at, code) - 1 as no, id from agency where region_code = ${region}`;
  await sql`insert into object_supervision (region_code, object_id, agency_id)
    select o.region_code, o.id, a.id
    from object o
    cross join generate_series(0, 2) k
    join bench_agency_no a on a.no = floor((select count(*) from bench_agency_no) *
      power((('x' || substr(md5(o.id::text || k::text), 1, 8))::bit(32)::bigint)::float8 / 4294967296, 2))
    where o.region_code = ${region}
    on conflict do nothing`;
}

async function addAgencies(sql: Sql, region: string, total: number, prefix: string): Promise<void> {
  await sql`insert into agency (id, region_code, code, name, short_name, kind)
    select overlay(overlay(md5(${`${SEED}|agency|${region}|`} || n) placing '4' from 13) placing 'a' from 17)::uuid, ${region}, 'bench' || n, ${prefix} || '第' || n || '监管局', '第' || n || '局', 'other'
    from generate_series((select count(*) from agency where region_code = ${region}) + 1, ${total}) n
    on conflict do nothing`;
}

/**
 * Bulk loading, as one would load a province's registry: the object indexes that no constraint needs
 * are dropped and built again once at the end, and supervision links are written with their trigger
 * off and the objects' supervising_agency_ids set in one pass per region (what the trigger would do).
 */
async function withoutSecondaryIndexes(sql: Sql, table: string, work: () => Promise<void>): Promise<void> {
  const indexes = await sql<{ name: string; definition: string }[]>`
    select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = 'public' and i.tablename = ${table}
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`;
  for (const index of indexes) await sql.unsafe(`drop index ${index.name}`);
  try {
    await work();
  } finally {
    await sql`set maintenance_work_mem = '1GB'`;
    for (const index of indexes) await sql.unsafe(index.definition);
  }
}

async function setSupervisingAgencies(sql: Sql, region: string): Promise<void> {
  await sql`update object o set supervising_agency_ids = s.ids
    from (select object_id, array_agg(agency_id::text order by agency_id) as ids from object_supervision where region_code = ${region} group by object_id) s
    where s.object_id = o.id and o.region_code = ${region}`;
}

export async function buildProvince(sql: Sql, size: ProvinceSize, log: (line: string) => void): Promise<void> {
  const reference = await sectors(sql);
  const timed = async (what: string, work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    log(`${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  await timed(`350881: agencies up to ${size.agencies}`, () => addAgencies(sql, '350881', size.agencies, '漳平市'));
  await timed(`350881: ${size.inspectors} inspectors`, async () => {
    await sql`insert into inspector (id, region_code, agency_id, name, certificate_no, certificate_expiry, is_expert, status)
      select overlay(overlay(md5(${`${SEED}|inspector|`} || n) placing '4' from 13) placing 'a' from 17)::uuid, '350881', a.id,
        (array['王','李','张','刘','陈','杨','黄','赵','吴','周'])[1 + n % 10] || (array['建','国','文','华','明','丽','芳','军','伟','强','秀','玉','海','林','峰','志','春','红','平','涛'])[1 + (n / 10) % 20] || (array['','英','生','辉','荣'])[1 + (n / 200) % 5],
        'BENCH' || lpad(n::text, 8, '0'), date '2030-12-31', n % 50 = 0, 'on_duty'
      from generate_series(1, ${size.inspectors}) n
      join (select row_number() over (order by created_at, code) - 1 as no, id from agency where region_code = '350881') a
        on a.no = n % ${size.agencies}
      on conflict do nothing`;
  });
  await sql`alter table object_supervision disable trigger user`;
  const started = performance.now();
  await withoutSecondaryIndexes(sql, 'object', () =>
    withoutSecondaryIndexes(sql, 'object_supervision', async () => {
      await timed(`350881: ${size.mainObjects} objects (COPY)`, () => copyObjects(sql, '350881', size.mainObjects, 1_000_000, reference));
      await timed('350881: supervision links', () => linkObjects(sql, '350881'));
      await timed('350881: supervising agencies of each object', () => setSupervisingAgencies(sql, '350881'));
      await regions();
      log('indexes of object and object_supervision: building again …');
    }),
  );
  log(`objects, links and their indexes: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await sql`alter table object_supervision enable trigger user`;
  await buildYear(sql, size.yearCopies, log);
  // As autovacuum would by the time anyone lists them: statistics, and the visibility map that lets
  // index-only scans skip the table.
  await timed('vacuum analyze', async () => {
    await sql`vacuum analyze`;
  });

  async function regions() {
    for (let r = 1; r <= size.regions; r++) {
      const region = `359${String(r).padStart(3, '0')}`;
      await timed(`${region}: region, townships, agencies, ${size.objectsPerRegion} objects, links`, async () => {
        await sql`insert into region (code, name, level) values (${region}, ${`合成县${r}`}, 'county') on conflict do nothing`;
        await sql`insert into township (region_code, code, name)
        select ${region}, ${region} || lpad(n::text, 3, '0'), '合成乡镇' || n from generate_series(1, 12) n on conflict do nothing`;
        await addAgencies(sql, region, 8, `合成县${r}`);
        await copyObjects(sql, region, size.objectsPerRegion, 1, reference);
        await linkObjects(sql, region);
        await setSupervisingAgencies(sql, region);
      });
    }
  }
}
