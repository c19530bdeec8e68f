import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical/canonical-json.js';
import { poolEntryOf } from './pool-entry.js';

const A = '91350881MA00000001';
const B = '91350881MA00000002';
const C = '91350881MA00000003';
const D = '91350881MA00000004';

const inputs = canonicalJson({
  algorithm: 'x',
  entropy: [{ id: 'witness', note: `"${D}"` }],
  matrix: [],
  pool: {
    excluded: [{ uscc: B, stratum: 'industry_trade/A', reasons: ['inspection_cap', 'recently_inspected'] }],
    strata: [
      { id: 'industry_trade/A', objects: [A, C] },
      { id: 'hazardous_chemicals/"B"', objects: [] },
    ],
    townships: [{ code: '350881001', objects: [A, C, D] }],
  },
  task: { title: A },
  team: null,
});

describe('poolEntryOf', () => {
  it('finds the stratum that lists the USCC', () => {
    expect(poolEntryOf(inputs, C)).toEqual({ in: 'stratum', stratum: 'industry_trade/A' });
  });

  it('finds an excluded enterprise with its reasons', () => {
    expect(poolEntryOf(inputs, B)).toEqual({ in: 'excluded', stratum: 'industry_trade/A', reasons: ['inspection_cap', 'recently_inspected'] });
  });

  it('ignores the USCC written anywhere else (entropy notes, townships, the title)', () => {
    expect(poolEntryOf(inputs, D)).toEqual({ in: 'none' });
    expect(poolEntryOf('{"pool":{}}', A)).toEqual({ in: 'none' });
  });
});
