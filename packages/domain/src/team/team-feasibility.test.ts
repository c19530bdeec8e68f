import { describe, expect, it } from 'vitest';
import { freezeTask, type FreezeInput } from '../draw/commitment.js';
import { runDraw } from '../draw/proof-bundle.js';
import { applySubstitution } from '../draw/substitution.js';
import { isDomainError } from '../errors.js';
import * as zp from '../fixtures/zhangping-2020.js';
import { syntheticUscc } from '../fixtures/uscc-factory.js';
import { operatingObjects, teamTask, TEST_REVEALS } from '../testing/scenarios.js';
import { checkTeamFeasibility } from './team-feasibility.js';

function zhangping(rules = zp.zhangpingTeamRules()): FreezeInput {
  return zp.zhangpingYearTask({ id: 'ZP', regionCode: '350881', year: 2020 }, rules);
}

describe('team feasibility before the seed', () => {
  it('passes the seed plan and reports the seat balance per agency', () => {
    const report = checkTeamFeasibility(freezeTask(zhangping()).commitmentInputs);
    expect(report.feasible).toBe(true);
    expect(report.balances.find((b) => b.agencyId === 'zp-yjj')).toMatchObject({ role: 'officer', seats: 53 });
    expect(report.balances.every((b) => b.seats <= b.capacity)).toBe(true);
  });

  it('flags a load cap too low for the year, naming the agency and stratum', () => {
    const report = checkTeamFeasibility(freezeTask(zhangping(zp.zhangpingTeamRules({ maxChecksPerOfficer: 2 }))).commitmentInputs);
    expect(report.feasible).toBe(false);
    const issue = report.issues.find((i) => i.code === 'load_cap' && i.agencyId === 'zp-yjj');
    expect(issue?.message).toMatch(/分层 “工贸” 预计抽取的检查对象共需漳平市应急管理局的执法人员 33 人次/);
    // The same roster would indeed fail at draw time.
    const bundle = runDraw(freezeTask(zhangping(zp.zhangpingTeamRules({ maxChecksPerOfficer: 2 }))), zp.zhangpingReveals());
    expect(bundle.teams?.status).toBe('infeasible');
  });

  it('flags objects that could be drawn but have no lawful officer of an agency', () => {
    const input = teamTask({
      id: 'f',
      objects: operatingObjects([1, 2, 3, 4], '烟花爆竹'),
      count: 1,
      agencies: [
        { agencyId: 'A', name: '甲局' },
        { agencyId: 'B', name: '乙局' },
      ],
      maxChecksPerOfficer: 4,
      inspectors: [
        { certNo: 'A1', agencyId: 'A', certificateExpiresOn: '2030-01-01' },
        { certNo: 'B1', agencyId: 'B', certificateExpiresOn: '2030-01-01' },
        { certNo: 'B2', agencyId: 'B', certificateExpiresOn: '2020-05-01' },
      ],
      conflicts: [{ certNo: 'B1', uscc: syntheticUscc(3), reason: 'enterprise_requested' }],
    });
    const frozen = freezeTask(input);
    expect(frozen.commitmentInputs.team!.excludedInspectors).toEqual([{ certNo: 'B2', agencyId: 'B', reasons: ['certificate_expired'] }]);
    const report = checkTeamFeasibility(frozen.commitmentInputs);
    expect(report.feasible).toBe(false);
    expect(report.issues[0]).toMatchObject({ code: 'too_few_officers', agencyId: 'B', objects: [syntheticUscc(3)] });
    expect(report.issues[0]!.message).toContain('乙局');
    expect(report.issues[0]!.message).toContain('回避 1 名');
    // Drawing is still possible and deterministic; whether it blocks depends on the seed.
    expect(runDraw(frozen, TEST_REVEALS).objects[0]!.drawn).toHaveLength(1);
  });

  it('refuses a substitute that cannot be staffed within the remaining load caps', () => {
    // A1 is in conflict with two of the three objects; only the third can be staffed. Task ids
    // are tried in a fixed order until the draw picks that third object (deterministic).
    const objects = operatingObjects([41, 42, 43], '工贸');
    const freeze = (id: string) =>
      freezeTask(
        teamTask({
          id,
          objects,
          count: 1,
          agencies: [{ agencyId: 'A', minOfficers: 2 }],
          maxChecksPerOfficer: 1,
          inspectors: [
            { certNo: 'A1', agencyId: 'A', certificateExpiresOn: '2030-01-01' },
            { certNo: 'A2', agencyId: 'A', certificateExpiresOn: '2030-01-01' },
          ],
          conflicts: objects.slice(1).map((o) => ({ certNo: 'A1', uscc: o.uscc, reason: 'declared' as const })),
        }),
      );
    const bundle = Array.from({ length: 40 }, (_, i) => runDraw(freeze(`sub-${i}`), TEST_REVEALS)).find((b) => b.teams?.status === 'assigned')!;
    expect(bundle.objects[0]!.drawn[0]!.uscc).toBe(objects[0]!.uscc);
    let error: unknown;
    try {
      applySubstitution(bundle, { uscc: objects[0]!.uscc, reason: 'closed' });
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.reason).toBe('substitute_team_infeasible');
    expect(isDomainError(error) && error.message).toMatch(/无法组成合法检查组/);
  });
});
