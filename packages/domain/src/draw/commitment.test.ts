import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors.js';
import { freezePool, freezeTask, type FreezeInput } from './commitment.js';
import { buildPoolSnapshot } from './pool-snapshot.js';
import { operatingObjects, teamTask } from '../testing/scenarios.js';

function homeAreaTask(): FreezeInput {
  const input = teamTask({
    id: 'home',
    objects: operatingObjects([1, 2, 3, 4, 5, 6], '工贸').map((o, i) => ({ ...o, townshipCode: `T${i % 2}` })),
    count: 2,
    agencies: [{ agencyId: 'A', name: '甲局' }],
    maxChecksPerOfficer: 4,
    inspectors: [
      { certNo: 'A1', agencyId: 'A', certificateExpiresOn: '2030-01-01' },
      { certNo: 'A2', agencyId: 'A', certificateExpiresOn: '2030-01-01' },
    ],
  });
  return { ...input, team: { ...input.team!, rules: { ...input.team!.rules, homeAreaConflict: true } } };
}

describe('freezing a pool built beforehand', () => {
  it('commits to the same bytes as freezing the rows', () => {
    const input = homeAreaTask();
    const { objects, poolRules, ...rest } = input;
    const pool = buildPoolSnapshot(objects, { ...poolRules, recordTownships: true });
    expect(freezePool({ ...rest, pool })).toEqual(freezeTask(input));
  });

  it('refuses a pool whose townships do not match the home-township rule', () => {
    const { objects, poolRules, ...rest } = homeAreaTask();
    const pool = buildPoolSnapshot(objects, poolRules);
    try {
      freezePool({ ...rest, pool });
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error) && error.reason).toBe('pool_rules_invalid');
    }
  });
});
