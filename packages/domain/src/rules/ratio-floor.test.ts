import { describe, expect, it } from 'vitest';
import { floorUnits, RATIO_FLOOR_BP, yearFloorReach, type FloorSector } from './ratio-floor.js';

// Four sectors of 漳平's size (513 units, as in the seed).
const SECTORS: FloorSector[] = [
  { sectorCode: 'non_coal_mine', generalUnits: 33, drawn: 0 },
  { sectorCode: 'hazardous_chemicals', generalUnits: 57, drawn: 0 },
  { sectorCode: 'fireworks', generalUnits: 91, drawn: 0 },
  { sectorCode: 'industry_trade', generalUnits: 332, drawn: 0 },
];

describe('the yearly ratio floor of general units', () => {
  it('requires ⌈units × floor⌉, the seed’s floor being 10 %', () => {
    expect(RATIO_FLOOR_BP).toBe(1000);
    expect([0, 1, 10, 33, 332].map((n) => floorUnits(n, RATIO_FLOOR_BP))).toEqual([0, 1, 1, 4, 34]);
    expect(floorUnits(7, 0)).toBe(0);
  });

  it('reaches the floor through batches without quotas, whose tasks take what is missing', () => {
    const open = [1, 2, 3, 4].map((q) => ({ name: `第${q}季度`, sectorCodes: null, quota: { kind: 'open' as const } }));
    const reach = yearFloorReach(1000, SECTORS, open);
    expect(reach.reachable).toBe(true);
    expect(reach.sectors.map((s) => [s.sectorCode, s.required, s.planned, s.open, s.batches, s.shortfall])).toEqual([
      ['non_coal_mine', 4, 0, true, 4, 0],
      ['hazardous_chemicals', 6, 0, true, 4, 0],
      ['fireworks', 10, 0, true, 4, 0],
      ['industry_trade', 34, 0, true, 4, 0],
    ]);
  });

  it('cannot reach it when a sector is covered by no batch left, or the batches’ ratios add up short', () => {
    const uncovered = yearFloorReach(1000, SECTORS, [
      { name: '全年', sectorCodes: ['fireworks', 'non_coal_mine', 'hazardous_chemicals'], quota: { kind: 'open' } },
    ]);
    expect(uncovered.reachable).toBe(false);
    expect(uncovered.sectors.filter((s) => s.shortfall > 0).map((s) => [s.sectorCode, s.batches, s.shortfall])).toEqual([['industry_trade', 0, 34]]);

    const ratios = [1, 2, 3, 4].map((q) => ({ name: `第${q}季度`, sectorCodes: null, quota: { kind: 'ratio' as const, ratioBp: 200 } }));
    const short = yearFloorReach(1000, SECTORS, ratios);
    expect(short.reachable).toBe(false);
    // 4 × ⌈2 % × 332⌉ = 28 < 34; 4 × ⌈2 % × 33⌉ = 4: enough.
    expect(short.sectors.map((s) => [s.sectorCode, s.planned, s.shortfall])).toEqual([
      ['non_coal_mine', 4, 0],
      ['hazardous_chemicals', 8, 0],
      ['fireworks', 8, 2],
      ['industry_trade', 28, 6],
    ]);
    expect(
      yearFloorReach(
        1000,
        SECTORS,
        ratios.map((b) => ({ ...b, quota: { kind: 'ratio' as const, ratioBp: 250 } })),
      ).reachable,
    ).toBe(true);
  });

  it('splits a batch’s number of units over its sectors in proportion to their general units', () => {
    const reach = yearFloorReach(1000, SECTORS, [{ name: '全年', sectorCodes: null, quota: { kind: 'quantity', total: 52 } }]);
    // 52 × (33, 57, 91, 332) / 513 = 3.35, 5.78, 9.22, 33.65 → 3, 5, 9, 33 and the 2 left to the largest remainders.
    expect(reach.sectors.map((s) => s.planned)).toEqual([3, 6, 9, 34]);
    expect(reach.sectors.map((s) => s.shortfall)).toEqual([1, 0, 1, 0]);
  });

  it('counts the year’s draws and a configured last batch, never beyond the sector’s units', () => {
    const drawn = SECTORS.map((s) => ({ ...s, drawn: Math.floor(s.generalUnits / 20) }));
    const last = {
      name: '第四季度',
      sectorCodes: null,
      quota: { kind: 'counts' as const, bySector: { non_coal_mine: 40, hazardous_chemicals: 3, fireworks: 6, industry_trade: 17 } },
    };
    const reach = yearFloorReach(1000, drawn, [last]);
    expect(reach.sectors.map((s) => [s.sectorCode, s.drawn, s.planned, s.reach, s.shortfall])).toEqual([
      ['non_coal_mine', 1, 40, 33, 0],
      ['hazardous_chemicals', 2, 3, 5, 1],
      ['fireworks', 4, 6, 10, 0],
      ['industry_trade', 16, 17, 33, 1],
    ]);
    expect(reach.reachable).toBe(false);
  });

  it('gives the dashboard its drawn ratio with no batch left, and refuses nonsense', () => {
    const reach = yearFloorReach(1500, [
      { sectorCode: 'fireworks', generalUnits: 12, drawn: 3 },
      { sectorCode: 'empty', generalUnits: 0, drawn: 0 },
    ]);
    expect(reach.sectors.map((s) => [s.required, s.drawnRatio, s.shortfall])).toEqual([
      [2, 1.5, 0],
      [0, null, 0],
    ]);
    expect(() => yearFloorReach(10001, SECTORS)).toThrow('最低抽查比例');
    expect(() => yearFloorReach(1000, [{ sectorCode: 'x', generalUnits: -1, drawn: 0 }])).toThrow('户数无效');
  });
});
