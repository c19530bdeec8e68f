import { describe, expect, it } from 'vitest';
import * as zp from '../fixtures/zhangping-2020.js';
import { freezeTask } from './commitment.js';
import { drawStanding, standingIn } from './draw-standing.js';
import { runDraw, type DrawBundle } from './proof-bundle.js';
import { Tickets } from './tickets.js';

const frozen = freezeTask(zp.zhangpingYearTask({ id: 'ZP-2020-Y', regionCode: '350881', year: 2020, title: '漳平市2020年度安全生产双随机联合抽查' }));
const bundle = runDraw(frozen, zp.zhangpingReveals());
const copy = (b: DrawBundle): DrawBundle => JSON.parse(JSON.stringify(b)) as DrawBundle;
const stratum = bundle.objects.find((s) => s.substitutes.length > 0 && s.eligible > s.drawn.length + s.substitutes.length)!;

function standing(uscc: string) {
  const result = drawStanding(bundle, uscc);
  if (!result.ok) throw new Error(result.verification.difference.message);
  return result.standing;
}

describe('draw standing (我被抽中了吗)', () => {
  it('finds a drawn enterprise with a ticket at most the cut-off, the last drawn ticket of its stratum', () => {
    const first = stratum.drawn[0]!;
    const s = standing(first.uscc);
    expect(s).toEqual({
      inPool: true,
      stratum: stratum.stratum,
      ticket: first.ticket,
      cutOff: stratum.drawn.at(-1)!.ticket,
      drawnInStratum: stratum.drawn.length,
      outcome: 'drawn',
      excludedFor: [],
    });
    expect(s.ticket! <= s.cutOff!).toBe(true);
  });

  it('tells a substitute and a not-drawn pool member apart, both with tickets above the cut-off', () => {
    const substitute = standing(stratum.substitutes[0]!.uscc);
    expect(substitute).toMatchObject({ inPool: true, outcome: 'substitute', ticket: stratum.substitutes[0]!.ticket });
    const listed = new Set([...stratum.drawn, ...stratum.substitutes].map((d) => d.uscc));
    const other = bundle.commitmentInputs.pool.strata.find((s) => s.id === stratum.stratum)!.objects.find((u) => !listed.has(u))!;
    const notDrawn = standing(other);
    expect(notDrawn).toMatchObject({ inPool: true, stratum: stratum.stratum, outcome: 'not_drawn', cutOff: stratum.drawn.at(-1)!.ticket });
    // The ticket is recomputed from the seed, not copied from a list that does not hold it.
    expect(notDrawn.ticket).toBe(new Tickets(bundle.seed).objectTicket(stratum.stratum, other));
    expect(notDrawn.ticket! > notDrawn.cutOff!).toBe(true);
    expect(substitute.ticket! > substitute.cutOff!).toBe(true);
  });

  it('says why an excluded enterprise was left out, without a ticket', () => {
    const excluded = bundle.commitmentInputs.pool.excluded[0]!;
    expect(standing(excluded.uscc)).toEqual({
      inPool: false,
      stratum: excluded.stratum,
      ticket: null,
      cutOff: null,
      drawnInStratum: 0,
      outcome: 'excluded',
      excludedFor: excluded.reasons,
    });
  });

  it('answers "not named" for an enterprise the directory did not hold', () => {
    expect(standing('91110000802100433B')).toEqual({
      inPool: false,
      stratum: null,
      ticket: null,
      cutOff: null,
      drawnInStratum: 0,
      outcome: null,
      excludedFor: [],
    });
  });

  it('refuses to answer from a changed bundle: a drawn list swapped for another enterprise is caught', () => {
    const changed = copy(bundle);
    const target = changed.objects.find((s) => s.stratum === stratum.stratum)!;
    const outsider = stratum.substitutes[0]!.uscc;
    target.drawn[0] = { ...target.drawn[0]!, uscc: outsider };
    // Read without verification, the changed bundle would tell the outsider it was drawn.
    expect(standingIn(changed, outsider).outcome).toBe('drawn');
    const result = drawStanding(changed, outsider);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.verification.difference.path).toMatch(/^objects/);
  });

  it('refuses a bundle whose seed was changed', () => {
    const changed = { ...copy(bundle), seed: '0'.repeat(64) };
    const result = drawStanding(changed, stratum.drawn[0]!.uscc);
    expect(!result.ok && result.verification.difference.path).toBe('seed');
  });
});
