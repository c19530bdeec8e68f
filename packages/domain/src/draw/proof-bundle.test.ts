import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '../canonical/canonical-json.js';
import { isDomainError } from '../errors.js';
import * as zp from '../fixtures/zhangping-2020.js';
import { teamRuleViolation } from '../testing/scenarios.js';
import type { TeamSnapshot } from '../team/roster-snapshot.js';
import { freezeTask, type CommitmentInputs, type FreezeInput } from './commitment.js';
import { currentChecks, runDraw, type DrawBundle } from './proof-bundle.js';
import { applySubstitution } from './substitution.js';
import { verifyDraw } from './verify-draw.js';

function zhangpingInput(): FreezeInput {
  return zp.zhangpingYearTask({ id: 'ZP-2020-Y', regionCode: '350881', year: 2020, title: '漳平市2020年度安全生产双随机联合抽查' });
}

const input = zhangpingInput();
const frozen = freezeTask(input);
const bundle = runDraw(frozen, zp.zhangpingReveals());
const copy = (b: DrawBundle): DrawBundle => JSON.parse(JSON.stringify(b)) as DrawBundle;

describe('proof bundle', () => {
  it('draws the seed plan: 4 sectors at ≥10%, lawful joint teams with one officer per agency and an expert', () => {
    expect(bundle.objects.map((s) => [s.stratum, s.sampleSize])).toEqual([
      ['危险化学品', 6],
      ['工贸', 33],
      ['烟花爆竹', 10],
      ['非煤矿山', 4],
    ]);
    expect(bundle.teams?.status).toBe('assigned');
    if (bundle.teams?.status !== 'assigned') return;
    const checks = bundle.objects.flatMap((s) => s.drawn.map((d) => ({ uscc: d.uscc, stratum: s.stratum })));
    expect(teamRuleViolation(frozen.commitmentInputs as CommitmentInputs & { team: TeamSnapshot }, bundle.seed, checks, bundle.teams.checks)).toBeNull();
    expect(verifyDraw(bundle)).toMatchObject({ ok: true, drawn: 53 });
  });

  it('is byte-identical for the same inputs given in any order', () => {
    const reference = canonicalJson(bundle);
    fc.assert(
      fc.property(fc.integer(), (salt) => {
        const shuffle = <T>(list: readonly T[]) =>
          fc.sample(fc.shuffledSubarray([...list], { minLength: list.length, maxLength: list.length }), { numRuns: 1, seed: salt })[0]!;
        const shuffled: FreezeInput = {
          ...input,
          objects: shuffle(input.objects),
          team: {
            ...input.team!,
            inspectors: shuffle(input.team!.inspectors),
            conflicts: shuffle(input.team!.conflicts!),
            history: shuffle(input.team!.history!),
          },
          entropy: shuffle(input.entropy),
        };
        const again = runDraw(freezeTask(shuffled), shuffle(zp.zhangpingReveals()));
        expect(canonicalJson(again)).toBe(reference);
      }),
      { numRuns: 5 },
    );
  });

  it('refuses to draw when the inputs no longer match the commitment', () => {
    const changed = { ...frozen, commitmentInputs: { ...frozen.commitmentInputs, task: { ...frozen.commitmentInputs.task, title: '改过的标题' } } };
    expect(() => runDraw(changed, zp.zhangpingReveals())).toThrow(/承诺值不一致/);
  });

  it('fails verification for a changed ticket, pool, reveal, result, team or substitution — and says where', () => {
    const cases: Array<[string, (b: DrawBundle) => void, RegExp]> = [
      ['ticket', (b) => (b.objects[1]!.drawn[3]!.ticket = 'f'.repeat(64)), /^objects\[1\]\.drawn\[3\]\.ticket$/],
      [
        'result',
        (b) => ([b.objects[1]!.drawn[0], b.objects[1]!.substitutes[0]] = [b.objects[1]!.substitutes[0]!, b.objects[1]!.drawn[0]!]),
        /^objects\[1\]\.drawn\[0\]/,
      ],
      ['pool exclusion', (b) => b.commitmentInputs.pool.excluded.pop(), /^commitment$/],
      ['pool object', (b) => b.commitmentInputs.pool.strata[1]!.objects.pop(), /^commitment(Inputs\.pool\.townships\[\d+\])?$/],
      ['matrix', (b) => (b.commitmentInputs.matrix[0]!.min = 50), /^commitment$/],
      ['reveal', (b) => (b.reveals[0]!.value = b.reveals[0]!.value.replace(/.$/, (c) => (c === '0' ? '1' : '0'))), /^reveals\[0\]\.value$/],
      ['seed', (b) => (b.seed = '0'.repeat(64)), /^seed$/],
      ['team', (b) => b.teams?.status === 'assigned' && (b.teams.checks[0]!.officers[0]!.certNo = 'FJ11000'), /^teams\.checks\[0\]\.officers\[0\]/],
      ['algorithm', (b) => ((b as { algorithm: string }).algorithm = 'liancha-draw/0'), /^algorithm$/],
    ];
    for (const [, tamper, path] of cases) {
      const b = copy(bundle);
      tamper(b);
      const result = verifyDraw(b);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.difference.path).toMatch(path);
        expect(result.difference.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(verifyDraw('not a bundle').ok).toBe(false);
    expect(verifyDraw({ ...copy(bundle), commitmentInputs: null }).ok).toBe(false);
  });

  it('substitutes the next unused substitute of the same stratum with a reason, and re-teams it lawfully', () => {
    const target = bundle.objects[1]!.drawn[2]!;
    const once = applySubstitution(bundle, { uscc: target.uscc, reason: 'closed' });
    const s1 = once.substitutions[0]!;
    expect(s1).toMatchObject({
      seq: 1,
      stratum: '工贸',
      replaced: target.uscc,
      substitute: bundle.objects[1]!.substitutes[0]!.uscc,
      substituteRank: 34,
      reason: 'closed',
    });
    expect(s1.team?.officers).toHaveLength(3);
    // The substitute can itself be replaced; the next one comes from the same ordered list.
    const twice = applySubstitution(once, { uscc: s1.substitute, reason: 'other', note: '企业已迁出本市' });
    expect(twice.substitutions[1]!.substitute).toBe(bundle.objects[1]!.substitutes[1]!.uscc);
    expect(verifyDraw(twice)).toMatchObject({ ok: true, substitutions: 2 });
    const live = currentChecks(twice);
    expect(live).toHaveLength(53);
    expect(live.some((c) => c.uscc === target.uscc || c.uscc === s1.substitute)).toBe(false);
    // Load caps still hold across the original teams and the substitutes' teams.
    const loads = new Map<string, number>();
    for (const c of live) for (const m of [...(c.team?.officers ?? []), ...(c.team?.experts ?? [])]) loads.set(m.certNo, (loads.get(m.certNo) ?? 0) + 1);
    for (const r of frozen.commitmentInputs.team!.roster) expect(loads.get(r.certNo) ?? 0).toBeLessThanOrEqual(r.maxChecks);

    const forged = copy(twice);
    forged.substitutions[1]!.substitute = bundle.objects[1]!.substitutes[4]!.uscc;
    const result = verifyDraw(forged);
    expect(!result.ok && result.difference.path).toBe('substitutions[1].substitute');
  });

  it('rejects substitutions without a valid target, reason or note, and when substitutes run out', () => {
    // Object-only draw: exhaustion is about the ticket order, not about teams.
    const bundle = runDraw(freezeTask({ ...input, team: null }), zp.zhangpingReveals());
    const reason = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return isDomainError(e) ? e.reason : 'not a domain error';
      }
      return 'no error';
    };
    const target = bundle.objects[3]!.drawn[0]!.uscc;
    expect(reason(() => applySubstitution(bundle, { uscc: bundle.objects[3]!.substitutes[0]!.uscc, reason: 'closed' }))).toBe('substitution_target_invalid');
    expect(reason(() => applySubstitution(bundle, { uscc: target, reason: 'other' }))).toBe('substitution_note_required');
    expect(reason(() => applySubstitution(bundle, { uscc: target, reason: 'bribe' as 'other' }))).toBe('substitution_reason_invalid');
    let b = bundle;
    let current = target;
    for (let i = 0; i < bundle.objects[3]!.substitutes.length; i++) {
      b = applySubstitution(b, { uscc: current, reason: 'unreachable' });
      current = b.substitutions.at(-1)!.substitute;
    }
    expect(reason(() => applySubstitution(b, { uscc: current, reason: 'unreachable' }))).toBe('substitutes_exhausted');
    expect(reason(() => applySubstitution(b, { uscc: target, reason: 'closed' }))).toBe('substitution_target_invalid');
  });
});
