import { describe, expect, it } from 'vitest';
import { validateUscc } from '@liancha/domain';
import { DEMO_ACCOUNTS } from './accounts.js';
import { DEFAULT_DEMO_SEED, generateDemoRegion } from './generate-demo-region.js';

const region = generateDemoRegion();
const count = <T>(rows: readonly T[], pick: (row: T) => string) =>
  rows.reduce<Record<string, number>>((acc, row) => ((acc[pick(row)] = (acc[pick(row)] ?? 0) + 1), acc), {});

describe('generateDemoRegion', () => {
  it('matches the seed plan: 513 enterprises, 33/52/96/332 by sector', () => {
    expect(region.objects).toHaveLength(513);
    expect(count(region.objects, (o) => o.sectorCode)).toEqual({ non_coal_mine: 33, hazardous_chemicals: 52, fireworks: 96, industry_trade: 332 });
  });

  it('gives every enterprise a valid, unique USCC registered in 漳平市', () => {
    for (const o of region.objects) {
      const result = validateUscc(o.uscc);
      expect(result, `${o.name} ${o.uscc}`).toEqual({ ok: true, uscc: o.uscc });
      expect(o.uscc.slice(2, 8)).toBe('350881');
    }
    expect(new Set(region.objects.map((o) => o.uscc)).size).toBe(513);
  });

  it('gives every agency a valid, unique 机关 USCC of 漳平市 (the 处罚机关 code of a 行政处罚 公示)', () => {
    for (const a of region.agencies) {
      expect(validateUscc(a.uscc), a.name).toEqual({ ok: true, uscc: a.uscc });
      expect(a.uscc.slice(0, 8)).toBe('11350881');
    }
    expect(new Set(region.agencies.map((a) => a.uscc)).size).toBe(region.agencies.length);
  });

  it('gives every enterprise a unique name, an address in its own township and a matching sub-sector', () => {
    expect(new Set(region.objects.map((o) => o.name)).size).toBe(513);
    const townships = new Map(region.townships.map((t) => [t.code, t.name]));
    const sectors = new Map(region.sectors.map((s) => [s.code, s]));
    for (const o of region.objects) {
      expect(o.address).toContain(townships.get(o.townshipCode));
      expect(sectors.get(o.subSectorCode)?.parentCode).toBe(o.sectorCode);
      expect(o.legalRepresentative).toMatch(/^\p{Script=Han}{2,3}$/u);
    }
  });

  it('is deterministic: the same seed gives the same region, another seed another one', () => {
    expect(generateDemoRegion()).toEqual(region);
    expect(generateDemoRegion({ seed: DEFAULT_DEMO_SEED })).toEqual(region);
    const other = generateDemoRegion({ seed: 'another-seed' });
    expect(other.objects.map((o) => o.uscc)).not.toEqual(region.objects.map((o) => o.uscc));
    expect(other.inspectors.map((i) => i.name)).not.toEqual(region.inspectors.map((i) => i.name));
    expect(count(other.objects, (o) => o.sectorCode)).toEqual(count(region.objects, (o) => o.sectorCode));
  });

  it('has the 16 townships of 漳平 with 9-digit codes under 350881', () => {
    expect(region.townships).toHaveLength(16);
    expect(region.townships.map((t) => t.name)).toEqual(expect.arrayContaining(['菁城街道', '桂林街道', '双洋镇', '灵地乡']));
    for (const t of region.townships) expect(t.code).toMatch(/^350881\d{3}$/);
  });

  it('keeps plenty of general units in every sector, and a plausible risk spread', () => {
    for (const sector of ['non_coal_mine', 'hazardous_chemicals', 'fireworks', 'industry_trade']) {
      const inSector = region.objects.filter((o) => o.sectorCode === sector);
      const general = inSector.filter((o) => o.supervisionCategory === 'general' && o.status === 'operating');
      expect(general.length, sector).toBeGreaterThanOrEqual(Math.max(10, inSector.length / 2));
      expect(
        inSector.some((o) => o.supervisionCategory === 'key'),
        sector,
      ).toBe(true);
    }
    const risk = count(region.objects, (o) => o.riskClass);
    expect((risk.B ?? 0) + (risk.C ?? 0)).toBeGreaterThan(513 / 2);
    for (const cls of ['A', 'B', 'C', 'D']) expect(risk[cls], cls).toBeGreaterThan(0);
    const status = count(region.objects, (o) => o.status);
    expect(status.operating).toBeGreaterThan(400);
    expect(status.suspended).toBeGreaterThan(0);
    expect(status.closed).toBeGreaterThan(0);
  });

  it('gives licences to the licensed sectors only', () => {
    for (const o of region.objects) {
      const licensed = o.sectorCode !== 'industry_trade';
      expect(o.licenceNo !== null, o.name).toBe(licensed);
      expect(o.licenceExpiry !== null, o.name).toBe(licensed);
    }
    const licences = region.objects.flatMap((o) => (o.licenceNo ? [o.licenceNo] : []));
    expect(new Set(licences).size).toBe(licences.length);
  });

  it('has several on-duty 应急局 inspectors with a valid certificate for every sector', () => {
    for (const sector of ['non_coal_mine', 'hazardous_chemicals', 'fireworks', 'industry_trade']) {
      const able = region.inspectors.filter(
        (i) => i.agencyCode === 'yjj' && i.status === 'on_duty' && !i.isExpert && i.certificateExpiry >= '2027-01-01' && i.expertise.includes(sector),
      );
      expect(able.length, sector).toBeGreaterThanOrEqual(3);
    }
    expect(region.inspectors.filter((i) => i.agencyCode === 'yjj').length).toBeGreaterThanOrEqual(24);
    expect(region.inspectors.some((i) => i.isExpert)).toBe(true);
    expect(region.inspectors.some((i) => i.certificateExpiry < '2026-11-01')).toBe(true);
    expect(region.inspectors.some((i) => i.status === 'on_leave')).toBe(true);
    expect(region.inspectors.some((i) => i.status === 'transferred')).toBe(true);
  });

  it('gives every sector a general 应急局 item at 10%, once a year, and has a key item for major hazards', () => {
    for (const sector of ['non_coal_mine', 'hazardous_chemicals', 'fireworks', 'industry_trade']) {
      const item = region.inspectionItems.find(
        (i) => i.agencyCode === 'yjj' && i.category === 'general' && i.applicableSectors.includes(sector) && i.requiredExpertise.includes(sector),
      );
      expect(item, sector).toMatchObject({ ratioBp: 1000, frequency: '每年不超过1次' });
    }
    expect(region.inspectionItems.some((i) => i.agencyCode === 'yjj' && i.category === 'key' && i.name.includes('重大事故隐患'))).toBe(true);
    const codes = region.inspectionItems.map((i) => `${i.agencyCode}|${i.code}`);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('gives every partner agency inspectors, items and supervision relations', () => {
    expect(region.agencies.map((a) => a.code)).toEqual(['yjj', 'scj', 'xf', 'sthj']);
    for (const agency of ['scj', 'xf', 'sthj']) {
      expect(region.inspectors.filter((i) => i.agencyCode === agency).length, agency).toBeGreaterThanOrEqual(8);
      expect(region.inspectionItems.filter((i) => i.agencyCode === agency).length, agency).toBeGreaterThanOrEqual(2);
      expect(region.supervisions.filter((s) => s.agencyCode === agency).length, agency).toBeGreaterThan(50);
      expect(region.units.filter((u) => u.agencyCode === agency).length, agency).toBeGreaterThanOrEqual(2);
    }
    const supervisedBy = (agency: string) => new Set(region.supervisions.filter((s) => s.agencyCode === agency).map((s) => s.uscc));
    const yjj = supervisedBy('yjj');
    expect(region.objects.every((o) => yjj.has(o.uscc))).toBe(true);
    for (const [agency, sectors] of [
      ['scj', ['hazardous_chemicals', 'fireworks']],
      ['xf', ['hazardous_chemicals', 'fireworks']],
      ['sthj', ['non_coal_mine', 'hazardous_chemicals']],
    ] as const) {
      const theirs = supervisedBy(agency);
      for (const o of region.objects.filter((x) => (sectors as readonly string[]).includes(x.sectorCode)))
        expect(theirs.has(o.uscc), `${agency} ${o.name}`).toBe(true);
    }
  });

  it('has one account for every role, with the exact demo usernames', () => {
    expect(region.users.map((u) => u.username)).toEqual([
      'admin',
      'yjj.admin',
      'yjj.coord',
      'yjj.leader',
      'yjj.insp1',
      'yjj.insp2',
      'scj.admin',
      'scj.coord',
      'scj.leader',
      'scj.insp1',
      'xf.coord',
      'xf.leader',
      'xf.insp1',
      'sthj.coord',
      'sthj.leader',
      'sthj.insp1',
      'ldxz.zhang',
      'ldxz.li',
      'ldxz.wang',
    ]);
    const roles = new Set(region.users.flatMap((u) => u.roles));
    for (const role of ['platform_admin', 'agency_admin', 'coordinator', 'inspector', 'agency_leader', 'leadership_member']) {
      expect(roles.has(role as never), role).toBe(true);
    }
    for (const u of region.users) {
      expect(u.username).toMatch(/^[a-z0-9][a-z0-9._-]{2,63}$/);
      const agencyless = u.roles.includes('platform_admin') || u.roles.includes('leadership_member');
      expect(u.agencyCode === null, u.username).toBe(agencyless);
    }
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual(region.users.map((u) => u.username));
  });

  it('links each inspector account to exactly one on-duty inspector of its agency', () => {
    for (const user of region.users.filter((u) => u.roles.includes('inspector'))) {
      const linked = region.inspectors.filter((i) => i.username === user.username);
      expect(linked, user.username).toHaveLength(1);
      expect(linked[0]).toMatchObject({ agencyCode: user.agencyCode, status: 'on_duty', name: user.displayName });
      expect(linked[0]!.certificateExpiry >= '2027-01-01').toBe(true);
    }
    expect(region.inspectors.filter((i) => i.username !== null)).toHaveLength(5);
  });

  it('keeps every natural-key reference resolvable', () => {
    const units = new Set(region.units.map((u) => `${u.agencyCode}|${u.code}`));
    const townships = new Set(region.townships.map((t) => t.code));
    const expertise = new Set(region.tags.filter((t) => t.dimension === 'inspector_expertise').map((t) => t.code));
    const objectTags = new Set(region.tags.filter((t) => t.dimension.startsWith('object_')).map((t) => t.code));
    const sectors = new Set(region.sectors.map((s) => s.code));
    const certificates = region.inspectors.map((i) => i.certificateNo);
    expect(new Set(certificates).size).toBe(certificates.length);
    for (const i of region.inspectors) {
      expect(i.certificateNo).toMatch(/^350881\d{7}$/);
      if (i.unitCode) expect(units.has(`${i.agencyCode}|${i.unitCode}`), i.name).toBe(true);
      if (i.homeTownshipCode) expect(townships.has(i.homeTownshipCode)).toBe(true);
      for (const e of i.expertise) expect(expertise.has(e), e).toBe(true);
    }
    for (const u of region.users) if (u.unitCode) expect(units.has(`${u.agencyCode}|${u.unitCode}`), u.username).toBe(true);
    for (const o of region.objects) for (const tag of o.tags) expect(objectTags.has(tag), tag).toBe(true);
    for (const item of region.inspectionItems) {
      for (const s of item.applicableSectors) expect(sectors.has(s), s).toBe(true);
      for (const e of item.requiredExpertise) expect(expertise.has(e), e).toBe(true);
    }
    const usccs = new Set(region.objects.map((o) => o.uscc));
    for (const s of region.supervisions) expect(usccs.has(s.uscc)).toBe(true);
  });

  it('records a few dozen conflicts of several kinds, each on an object the inspector’s agency supervises', () => {
    expect(region.conflicts.length).toBeGreaterThanOrEqual(24);
    const reasons = count(region.conflicts, (c) => c.reasonCode);
    for (const reason of ['declared', 'home_area', 'enterprise_requested', 'kinship']) expect(reasons[reason], reason).toBeGreaterThan(0);
    const pairs = region.conflicts.map((c) => `${c.certificateNo}|${c.uscc}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    const inspectors = new Map(region.inspectors.map((i) => [i.certificateNo, i]));
    const supervised = new Set(region.supervisions.map((s) => `${s.agencyCode}|${s.uscc}`));
    for (const c of region.conflicts) {
      const inspector = inspectors.get(c.certificateNo);
      expect(inspector, c.certificateNo).toBeDefined();
      expect(supervised.has(`${inspector!.agencyCode}|${c.uscc}`)).toBe(true);
      expect(c.note).toMatch(/\p{Script=Han}/u);
    }
    const objects = new Map(region.objects.map((o) => [o.uscc, o]));
    for (const c of region.conflicts.filter((x) => x.reasonCode === 'home_area')) {
      expect(objects.get(c.uscc)?.townshipCode).toBe(inspectors.get(c.certificateNo)?.homeTownshipCode);
    }
  });
});
