import { describe, expect, it } from 'vitest';
import { testDbKind } from '@liancha/db/testing';
import { parseCsv } from '@liancha/registry-io';
import { loadDemoWorld } from '../../testing/demo-world.js';
import { openDemoDb } from '../../testing/demo-db.js';

type Api = Awaited<ReturnType<Awaited<ReturnType<typeof loadDemoWorld>>['as']>>;

/** An export's rows as records keyed by the header (the `*` of required columns dropped). */
async function exported(api: Api, kind: 'object' | 'inspector'): Promise<Record<string, string>[]> {
  const file = await api.registry.imports.export({ kind, format: 'csv' });
  const text = Buffer.from(file.contentBase64, 'base64')
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const [header = [], ...rows] = [...parseCsv(text)];
  const names = header.map((h) => h.replace(/^\*/, '').trim());
  return rows.filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(names.map((n, i) => [n, r[i] ?? ''])));
}

/**
 * What the agency portal used to assemble by paging every object and inspector of the agency
 * and joining them to its CSV exports (apps/agency/src/lib/server/directory.ts before issue 11):
 * the code → name pairs of townships, sectors, sub-sectors and units.
 */
async function oldJoin(api: Api, agencyId: string) {
  const pairs = { townships: new Map<string, string>(), sectors: new Map<string, string>(), units: new Map<string, string>() };
  const objects = [];
  for (let page = 1; ; page++) {
    const list = await api.registry.objects.list({ page, pageSize: 200, filter: { supervisedBy: agencyId } });
    objects.push(...list.rows);
    if (objects.length >= list.total) break;
  }
  const objectNames = new Map((await exported(api, 'object')).map((r) => [r['统一社会信用代码'] ?? '', r]));
  for (const row of objects) {
    const record = objectNames.get(row.uscc);
    if (!record) continue;
    if (record['属地乡镇（街道）']) pairs.townships.set(row.townshipCode, record['属地乡镇（街道）']);
    if (record['行业领域']) pairs.sectors.set(row.sectorCode, record['行业领域']);
    if (row.subSectorCode && record['细分行业']) pairs.sectors.set(row.subSectorCode, record['细分行业']);
  }
  const inspectors = await api.registry.inspectors.list({ pageSize: 200, filter: { agencyId } });
  const inspectorNames = new Map((await exported(api, 'inspector')).map((r) => [r['执法证号'] ?? '', r]));
  for (const row of inspectors.rows) {
    const record = inspectorNames.get(row.certificateNo);
    if (row.unitId && record?.['所在业务部门（机构）']) pairs.units.set(row.unitId, record['所在业务部门（机构）']);
    if (row.homeTownshipCode && record?.['属地乡镇']) pairs.townships.set(row.homeTownshipCode, record['属地乡镇']);
  }
  return { pairs, objects: objects.length, inspectors: inspectors.rows.length };
}

describe(`reference.directory on ${testDbKind()}`, () => {
  const demo = openDemoDb(loadDemoWorld);

  it('names every township, sector, sub-sector and unit the old CSV join named, with the same names', async () => {
    for (const code of ['yjj', 'scj'] as const) {
      const api = await demo.world.as(`${code}.coord`);
      const directory = await api.reference.directory();
      const old = await oldJoin(api, demo.world.agencyId(code));
      expect(old.objects, `${code} has objects to join`).toBeGreaterThan(0);
      const townships = new Map(directory.townships.map((t) => [t.code, t.name]));
      const sectors = new Map(directory.sectors.map((s) => [s.code, s.name]));
      const units = new Map(directory.units.map((u) => [u.id, u.name]));
      expect(
        [old.pairs.townships.size, old.pairs.sectors.size, old.pairs.units.size].every((n) => n > 0),
        `${code}: the join named something of each kind`,
      ).toBe(true);
      for (const [key, name] of old.pairs.townships) expect(townships.get(key), `township ${key}`).toBe(name);
      for (const [key, name] of old.pairs.sectors) expect(sectors.get(key), `sector ${key}`).toBe(name);
      for (const [key, name] of old.pairs.units) expect(units.get(key), `unit ${key}`).toBe(name);
    }
  }, 120_000);

  it('lists every agency of the region once, the caller’s own marked, with the overview’s names', async () => {
    const yjj = await demo.world.as('yjj.coord');
    const directory = await yjj.reference.directory();
    const overview = await yjj.public.regionOverview({ regionCode: '350881' });
    expect(directory.agencies.map((a) => [a.code, a.name, a.shortName]).sort()).toEqual(overview.agencies.map((a) => [a.code, a.name, a.shortName]).sort());
    expect(directory.agencies.filter((a) => a.own).map((a) => a.id)).toEqual([demo.world.agencyId('yjj')]);
    const scj = await (await demo.world.as('scj.coord')).reference.directory();
    expect(scj.agencies.filter((a) => a.own).map((a) => a.id)).toEqual([demo.world.agencyId('scj')]);
    // The platform admin has no agency: nothing is its own.
    expect((await (await demo.world.as('admin')).reference.directory()).agencies.some((a) => a.own)).toBe(false);
  });

  it('gives sub-sectors with their parent, and the units of every agency with the agency', async () => {
    const directory = await (await demo.world.as('yjj.insp1')).reference.directory();
    const sectors = new Map(directory.sectors.map((s) => [s.code, s]));
    const children = directory.sectors.filter((s) => s.parentCode !== null);
    expect(children.length).toBeGreaterThan(0);
    for (const child of children) expect(sectors.has(child.parentCode!)).toBe(true);
    const agencies = new Set(directory.agencies.map((a) => a.id));
    expect(directory.units.length).toBeGreaterThan(0);
    for (const unit of directory.units) expect(agencies.has(unit.agencyId)).toBe(true);
  });

  it('keeps each region to itself', async () => {
    const zhangping = await (await demo.world.as('yjj.coord')).reference.directory();
    const xinluo = await (await demo.world.as('xl.coord')).reference.directory();
    expect(xinluo.agencies.map((a) => ({ id: a.id, own: a.own }))).toEqual([{ id: demo.world.otherRegionAgencyId, own: true }]);
    const ours = {
      agencies: new Set(zhangping.agencies.map((a) => a.id)),
      townships: new Set(zhangping.townships.map((t) => t.code)),
      units: new Set(zhangping.units.map((u) => u.id)),
    };
    expect(xinluo.townships.filter((t) => ours.townships.has(t.code))).toEqual([]);
    expect(xinluo.units.filter((u) => ours.units.has(u.id))).toEqual([]);
    expect(xinluo.tags).toEqual([]);
    expect(zhangping.townships.every((t) => t.code.startsWith('350881'))).toBe(true);
    expect(zhangping.tags.length).toBeGreaterThan(0);
  });

  it('answers a caller without a session with UNAUTHORIZED', async () => {
    const { callerFor } = await import('../../testing/caller.js');
    await expect((await callerFor(demo.handle.db, {})).reference.directory()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });
});
