import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isDomainError } from '../errors.js';
import { syntheticUscc } from '../fixtures/uscc-factory.js';
import { buildPoolSnapshot, PoolSnapshotBuilder, type ObjectRow } from './pool-snapshot.js';

const row = (n: number, extra: Partial<ObjectRow> = {}): ObjectRow => ({
  uscc: syntheticUscc(n),
  sectorCode: '工贸',
  riskClass: 'B',
  status: 'operating',
  drawsThisYear: 0,
  ...extra,
});

describe('pool snapshot', () => {
  it('excludes with reason codes: closed, suspended, frequency cap by risk class, key-check list, caller reasons', () => {
    const rows = [
      row(1),
      row(2, { status: 'closed' }),
      row(3, { status: 'suspended', drawsThisYear: 1 }),
      row(4, { riskClass: 'A', drawsThisYear: 1 }),
      row(5, { riskClass: 'D', drawsThisYear: 3 }),
      row(6, { inKeyCheckList: true }),
      row(7, { extraExclusions: ['under_investigation'] }),
      row(8, { riskClass: 'C', drawsThisYear: 1 }),
    ];
    const pool = buildPoolSnapshot(rows, { frequencyCap: { default: 1, byRiskClass: { C: 2, D: null } } });
    const reasons = Object.fromEntries(pool.excluded.map((e) => [e.uscc, e.reasons]));
    expect(reasons[syntheticUscc(2)]).toEqual(['closed']);
    expect(reasons[syntheticUscc(3)]).toEqual(['frequency_cap', 'suspended']);
    expect(reasons[syntheticUscc(4)]).toEqual(['frequency_cap']);
    expect(reasons[syntheticUscc(6)]).toEqual(['in_key_check_list']);
    expect(reasons[syntheticUscc(7)]).toEqual(['under_investigation']);
    expect(pool.strata).toEqual([{ id: '工贸', objects: [syntheticUscc(1), syntheticUscc(5), syntheticUscc(8)].sort() }]);
    expect(pool.townships).toBeNull();
  });

  it('excludes an enterprise at a participating agency’s cross-agency cap, beside its own draws cap', () => {
    const pool = buildPoolSnapshot([
      row(1),
      row(2, { extraExclusions: ['inspection_cap'] }),
      row(3, { drawsThisYear: 1, extraExclusions: ['inspection_cap'] }),
    ]);
    expect(pool.excluded.map((e) => [e.uscc, e.reasons])).toEqual([
      [syntheticUscc(2), ['inspection_cap']],
      [syntheticUscc(3), ['frequency_cap', 'inspection_cap']],
    ]);
    expect(pool.strata).toEqual([{ id: '工贸', objects: [syntheticUscc(1)] }]);
  });

  it('stratifies by sector × risk class and keeps strata that only have exclusions', () => {
    const pool = buildPoolSnapshot(
      [row(1, { riskClass: 'A' }), row(2, { riskClass: 'C', sectorCode: '危险化学品' }), row(3, { riskClass: 'D', status: 'closed' })],
      { stratifyBy: ['sectorCode', 'riskClass'] },
    );
    expect(pool.strata.map((s) => [s.id, s.objects.length])).toEqual([
      ['危险化学品/C', 1],
      ['工贸/A', 1],
      ['工贸/D', 0],
    ]);
  });

  it('rejects invalid and duplicate USCCs with the row and a Chinese message', () => {
    const good = syntheticUscc(9);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    let error: unknown;
    try {
      buildPoolSnapshot([row(1), { ...row(2), uscc: bad }, row(1)]);
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error)).toBe(true);
    if (!isDomainError(error)) return;
    expect(error.reason).toBe('pool_rows_invalid');
    expect(error.issues.map((i) => i.row)).toEqual([2, 3]);
    expect(error.issues[0]!.message).toMatch(/^第18位校验码应为/);
    expect(error.issues[1]!.message).toMatch(/^与第1行重复/);
  });

  it('normalises USCCs and does not depend on row order', () => {
    const rows = Array.from({ length: 30 }, (_, i) =>
      row(i + 1, { sectorCode: i % 3 === 0 ? '烟花爆竹' : '工贸', status: i % 7 === 0 ? 'closed' : 'operating' }),
    );
    const reference = JSON.stringify(buildPoolSnapshot(rows));
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }), (shuffled) => {
        expect(JSON.stringify(buildPoolSnapshot(shuffled))).toBe(reference);
      }),
      { numRuns: 30 },
    );
    const lower = rows.map((r) => ({ ...r, uscc: ` ${r.uscc.toLowerCase()} ` }));
    expect(JSON.stringify(buildPoolSnapshot(lower))).toBe(reference);
  });

  it('builds the same snapshot a row at a time, telling the stratum of each eligible row', () => {
    const rows = Array.from({ length: 40 }, (_, i) =>
      row(i + 1, { sectorCode: i % 4 === 0 ? '烟花爆竹' : '工贸', townshipCode: `T${i % 3}`, status: i % 5 === 0 ? 'closed' : 'operating' }),
    );
    const builder = new PoolSnapshotBuilder({ recordTownships: true });
    const told = rows.map((r) => builder.add(r));
    expect(told).toEqual(rows.map((r) => (r.status === 'closed' ? null : r.sectorCode)));
    expect(builder.build()).toEqual(buildPoolSnapshot(rows, { recordTownships: true }));

    // Repeats found whether rows come in USCC order (a repeat is the previous row) or not.
    const [a, b, c] = [row(1), row(2), row(3)].sort((x, y) => (x.uscc < y.uscc ? -1 : 1));
    const faulty = new PoolSnapshotBuilder();
    expect([a, b, b, c, a, c].map((r) => faulty.add(r!))).toEqual(['工贸', '工贸', null, '工贸', null, null]);
    try {
      faulty.build();
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.issues.map((i) => [i.row, i.message])).toEqual([
        [3, `与第2行重复：${b!.uscc}`],
        [5, `与第1行重复：${a!.uscc}`],
        [6, `与第4行重复：${c!.uscc}`],
      ]);
    }
  });
});
