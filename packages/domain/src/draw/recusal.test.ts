import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../canonical/canonical-json.js';
import { sha256Hex } from '../crypto/sha256.js';
import { isDomainError } from '../errors.js';
import { recusalTaskInput, RECUSAL_REVEALS } from '../testing/recusal-task.js';
import { freezeTask } from './commitment.js';
import { currentChecks, runDraw, type DrawBundle } from './proof-bundle.js';
import { applyRecusal, type RecusalRequest } from './recusal.js';
import { applySubstitution } from './substitution.js';
import { currentTeams } from './teams-in-force.js';
import { Tickets } from './tickets.js';
import { verifyDraw } from './verify-draw.js';

// Two agencies, three officers and one expert per team, load caps that bind (see recusal-task.ts).
const drawn = runDraw(freezeTask(recusalTaskInput()), RECUSAL_REVEALS);
const checks = drawn.teams?.status === 'assigned' ? drawn.teams.checks : [];
const copy = (b: DrawBundle): DrawBundle => JSON.parse(JSON.stringify(b)) as DrawBundle;

interface Candidate {
  certNo: string;
  ticket: string;
  onTeam: boolean;
  atCap: boolean;
  ineligible: boolean;
  recused: boolean;
}

/**
 * Who could replace `certNo` on check `uscc`, in ticket order, with the reason each is out —
 * computed from the committed data directly, not with the code under test.
 */
function candidates(bundle: DrawBundle, uscc: string, certNo: string): Candidate[] {
  const inputs = bundle.commitmentInputs;
  const team = inputs.team!;
  const teams = currentTeams(bundle);
  const loads = new Map<string, number>();
  for (const t of teams.values()) for (const m of [...t.officers, ...t.experts]) loads.set(m.certNo, (loads.get(m.certNo) ?? 0) + 1);
  const own = teams.get(uscc)!;
  const members = [...own.officers, ...own.experts].map((m) => m.certNo);
  const leaving = team.roster.find((r) => r.certNo === certNo)!;
  const township = inputs.pool.townships?.find((t) => t.objects.includes(uscc))?.code ?? null;
  const stratum = currentChecks(bundle).find((c) => c.uscc === uscc)!.stratum;
  const required = inputs.matrix.find((m) => m.stratum === stratum)!.requiredExpertise;
  const tickets = new Tickets(bundle.seed);
  return team.roster
    .filter((r) => r.certNo !== certNo && r.role === leaving.role && (r.role === 'expert' || r.agencyId === leaving.agencyId))
    .map((r) => ({
      certNo: r.certNo,
      ticket: tickets.teamTicket(uscc, r.certNo),
      onTeam: members.includes(r.certNo),
      atCap: (loads.get(r.certNo) ?? 0) >= r.maxChecks,
      ineligible:
        team.conflicts.some((c) => c.certNo === r.certNo && c.uscc === uscc) ||
        !required.every((tag) => r.expertise.includes(tag)) ||
        (r.township !== null && r.township === township),
      recused: (bundle.recusals ?? []).some((x) => x.uscc === uscc && x.certNo === r.certNo),
    }))
    .sort((a, b) => (a.ticket < b.ticket ? -1 : 1));
}

const qualifies = (c: Candidate) => !c.onTeam && !c.atCap && !c.ineligible && !c.recused;

/** The replacement's certNo, or the refusal's reason code. */
function outcome(bundle: DrawBundle, request: RecusalRequest): string {
  try {
    return applyRecusal(bundle, request).recusal.replacement.certNo;
  } catch (e) {
    return isDomainError(e) ? `refused:${e.reason}` : 'not a domain error';
  }
}

function members(role: 'officers' | 'experts') {
  return checks.flatMap((c) => c[role].map((m) => ({ uscc: c.uscc, certNo: m.certNo, agencyId: m.agencyId })));
}

function loadsWithinCaps(bundle: DrawBundle): boolean {
  const loads = new Map<string, number>();
  for (const t of currentTeams(bundle).values()) for (const m of [...t.officers, ...t.experts]) loads.set(m.certNo, (loads.get(m.certNo) ?? 0) + 1);
  return bundle.commitmentInputs.team!.roster.every((r) => (loads.get(r.certNo) ?? 0) <= r.maxChecks);
}

/** The lowest-ticket candidate is out for exactly this reason and no other. */
const outOnlyFor = (c: Candidate, reason: 'onTeam' | 'atCap' | 'ineligible') =>
  c[reason] && (['onTeam', 'atCap', 'ineligible', 'recused'] as const).filter((k) => c[k]).length === 1;

describe('recusal log (回避)', () => {
  it('replaces an officer by the lowest-ticket eligible officer of the same agency', () => {
    expect(drawn.teams?.status).toBe('assigned');
    let skippedIneligible = 0;
    for (const m of members('officers')) {
      const ranked = candidates(drawn, m.uscc, m.certNo);
      const expected = ranked.find(qualifies);
      const { bundle, recusal } = applyRecusal(drawn, m);
      expect(recusal).toEqual({
        seq: 1,
        after: 0,
        uscc: m.uscc,
        certNo: m.certNo,
        note: '',
        replacement: { certNo: expected!.certNo, agencyId: m.agencyId, ticket: expected!.ticket },
      });
      expect(verifyDraw(bundle)).toMatchObject({ ok: true, recusals: 1 });
      // The team in force has the replacement instead, still in ticket order.
      const team = currentTeams(bundle).get(m.uscc)!;
      expect(team.officers.map((o) => o.certNo)).toContain(expected!.certNo);
      expect(team.officers.map((o) => o.certNo)).not.toContain(m.certNo);
      expect(team.officers.map((o) => o.ticket)).toEqual(team.officers.map((o) => o.ticket).sort());
      if (outOnlyFor(ranked[0]!, 'ineligible')) skippedIneligible++;
    }
    expect(skippedIneligible, 'some lowest ticket was ruled out by conflict, expertise or township').toBeGreaterThan(0);
    expect(drawn.recusals).toBeUndefined();
  });

  it('never brings in someone already on the team', () => {
    const cases = members('officers').filter((m) => outOnlyFor(candidates(drawn, m.uscc, m.certNo)[0]!, 'onTeam'));
    expect(cases.length).toBeGreaterThan(0);
    for (const m of cases) {
      const [onTeam, ...rest] = candidates(drawn, m.uscc, m.certNo);
      expect(outcome(drawn, m)).not.toBe(onTeam!.certNo);
      expect(outcome(drawn, m)).toBe(rest.find(qualifies)?.certNo);
    }
  });

  it('respects maxChecks: nobody at the cap is brought in, and the caps hold afterwards', () => {
    const cases = [...members('officers'), ...members('experts')].filter((m) => outOnlyFor(candidates(drawn, m.uscc, m.certNo)[0]!, 'atCap'));
    expect(cases.length).toBeGreaterThan(0);
    for (const m of cases) {
      const [atCap, ...rest] = candidates(drawn, m.uscc, m.certNo);
      const { bundle, recusal } = applyRecusal(drawn, m);
      expect(recusal.replacement.certNo).not.toBe(atCap!.certNo);
      expect(recusal.replacement.certNo).toBe(rest.find(qualifies)?.certNo);
      expect(loadsWithinCaps(bundle)).toBe(true);
    }
  });

  it('replaces an expert by the lowest-ticket eligible expert', () => {
    const experts = new Set(drawn.commitmentInputs.team!.roster.filter((r) => r.role === 'expert').map((r) => r.certNo));
    for (const m of members('experts')) {
      const { bundle, recusal } = applyRecusal(drawn, m);
      expect(experts.has(recusal.replacement.certNo)).toBe(true);
      expect(recusal.replacement.certNo).toBe(candidates(drawn, m.uscc, m.certNo).find(qualifies)?.certNo);
      const team = currentTeams(bundle).get(m.uscc)!;
      expect(team.experts.map((e) => e.certNo)).toEqual([recusal.replacement.certNo]);
      expect(verifyDraw(bundle).ok).toBe(true);
    }
  });

  it('counts replacements in the loads of later substitutions', () => {
    // S-05 replaces S-01 and so reaches its cap of 3; the next substitute's team would otherwise take S-05.
    const x = checks[2]!.uscc;
    const y = checks[1]!.uscc;
    const { bundle: recused, recusal } = applyRecusal(drawn, { uscc: x, certNo: 'S-01' });
    expect(recusal.replacement.certNo).toBe('S-05');
    const without = applySubstitution(drawn, { uscc: y, reason: 'closed' }).substitutions[0]!.team!;
    const withRecusal = applySubstitution(recused, { uscc: y, reason: 'closed' });
    expect(without.officers.map((m) => m.certNo)).toContain('S-05');
    expect(withRecusal.substitutions[0]!.team!.officers.map((m) => m.certNo)).not.toContain('S-05');
    expect(loadsWithinCaps(withRecusal)).toBe(true);
    expect(verifyDraw(withRecusal)).toMatchObject({ ok: true, substitutions: 1, recusals: 1 });
  });

  it('keeps a recused pair out for good: a later recusal on the same check never brings the member back', () => {
    const x = checks[2]!.uscc;
    let b = applyRecusal(drawn, { uscc: x, certNo: 'S-01' }).bundle;
    b = applySubstitution(b, { uscc: checks[1]!.uscc, reason: 'closed' });
    const ranked = candidates(b, x, 'S-05');
    const back = ranked.find((c) => c.certNo === 'S-01')!;
    // S-01 would otherwise qualify and beat whoever comes in.
    expect(back).toMatchObject({ recused: true, onTeam: false, atCap: false, ineligible: false });
    expect(back.ticket < ranked.find(qualifies)!.ticket).toBe(true);
    const { bundle, recusal } = applyRecusal(b, { uscc: x, certNo: 'S-05' });
    expect(recusal).toMatchObject({ seq: 2, after: 1, replacement: { certNo: ranked.find(qualifies)!.certNo } });
    expect(
      currentTeams(bundle)
        .get(x)!
        .officers.map((m) => m.certNo),
    ).not.toContain('S-01');
    expect(verifyDraw(bundle)).toMatchObject({ ok: true, substitutions: 1, recusals: 2 });
  });

  it('replays the two logs interleaved by their after counts, and notices a recusal moved across a substitution', () => {
    let b = applyRecusal(drawn, { uscc: checks[2]!.uscc, certNo: 'S-01', note: '执法人员配偶在该企业任职' }).bundle;
    b = applySubstitution(b, { uscc: checks[1]!.uscc, reason: 'closed' });
    const substitute = b.substitutions[0]!;
    b = applyRecusal(b, { uscc: substitute.substitute, certNo: substitute.team!.experts[0]!.certNo }).bundle;
    b = applyRecusal(b, { uscc: checks[0]!.uscc, certNo: checks[0]!.officers[0]!.certNo }).bundle;
    b = applySubstitution(b, { uscc: substitute.substitute, reason: 'other', note: '企业已迁出' });
    b = applyRecusal(b, { uscc: b.substitutions[1]!.substitute, certNo: b.substitutions[1]!.team!.officers[0]!.certNo }).bundle;
    expect(b.recusals!.map((r) => [r.seq, r.after])).toEqual([
      [1, 0],
      [2, 1],
      [3, 1],
      [4, 2],
    ]);
    expect(verifyDraw(b)).toMatchObject({ ok: true, substitutions: 2, recusals: 4 });
    expect(loadsWithinCaps(b)).toBe(true);
    // currentChecks gives the teams in force too.
    for (const c of currentChecks(b)) expect(c.team).toEqual(currentTeams(b).get(c.uscc));

    // Claiming the first recusal came after the first substitution changes that substitute's team.
    const moved = copy(b);
    moved.recusals![0]!.after = 1;
    const result = verifyDraw(moved);
    expect(!result.ok && result.difference.path).toMatch(/^substitutions\[0\]\.team\.officers/);
    for (const after of [0, 3, 1.5, '1']) {
      const bad = copy(b);
      (bad.recusals![2] as { after: unknown }).after = after;
      const r = verifyDraw(bad);
      expect(!r.ok && r.difference.path).toBe('recusals[2].after');
    }
  });

  it('catches a tampered recusal and says where, without throwing on malformed logs', () => {
    const x = checks[2]!.uscc;
    let b = applyRecusal(drawn, { uscc: x, certNo: 'S-01' }).bundle;
    b = applySubstitution(b, { uscc: checks[1]!.uscc, reason: 'closed' });
    const cases: Array<[(r: Record<string, unknown>, b: DrawBundle) => void, string]> = [
      [(r) => ((r.replacement as { certNo: string }).certNo = 'S-02'), 'recusals[0].replacement.certNo'],
      [(r) => ((r.replacement as { ticket: string }).ticket = '0'.repeat(64)), 'recusals[0].replacement.ticket'],
      // The substitute only came in after this recusal (after = 0): it was not a check yet.
      [(r, t) => (r.uscc = t.substitutions[0]!.substitute), 'recusals[0].uscc'],
      [(r) => (r.certNo = 'Y-06'), 'recusals[0].certNo'],
      [(r) => (r.note = '说明\n换行'), 'recusals[0].note'],
      [(r) => (r.seq = 2), 'recusals[0].seq'],
      [(r) => delete r.replacement, 'recusals[0].replacement'],
      [(_, b) => ((b as { recusals: unknown }).recusals = [null]), 'recusals[0]'],
      [(_, b) => ((b as { recusals: unknown }).recusals = { 0: 'x' }), 'recusals'],
      [(_, b) => ((b as { recusals: unknown }).recusals = null), 'recusals'],
      [(_, b) => ((b as { substitutions: unknown }).substitutions = [null]), 'substitutions'],
    ];
    for (const [tamper, path] of cases) {
      const t = copy(b);
      tamper(t.recusals![0] as unknown as Record<string, unknown>, t);
      const result = verifyDraw(t);
      expect(result.ok, path).toBe(false);
      if (!result.ok) {
        expect(result.difference.path).toBe(path);
        expect(result.difference.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('leaves a draw without recusals exactly as before: no field, same bytes, verifies', () => {
    expect('recusals' in drawn).toBe(false);
    // Hashes of this fixture's bundles computed before the recusal log existed.
    expect(sha256Hex(canonicalJson(drawn))).toBe('ae270b1f9bc7f501b8ab86232021e96d351ee606f1ea535e33b15c9bc22ec3f0');
    const substituted = applySubstitution(drawn, { uscc: checks[1]!.uscc, reason: 'closed' });
    expect('recusals' in substituted).toBe(false);
    expect(sha256Hex(canonicalJson(substituted))).toBe('1a5be31567ab27b479134d78187f790da613c5702b7687a6c502f121f1b951e5');
    expect(verifyDraw(substituted)).toMatchObject({ ok: true, substitutions: 1, recusals: 0 });
    expect(verifyDraw({ ...copy(substituted), recusals: [] })).toMatchObject({ ok: true, recusals: 0 });
  });

  it('refuses a bad note, a check not in force, a non-member, a draw without teams, and a recusal nobody can fill', () => {
    const reason = (b: DrawBundle, request: RecusalRequest) => outcome(b, request);
    const x = checks[0]!;
    expect(reason(drawn, { uscc: x.uscc, certNo: x.officers[0]!.certNo, note: '说明\u0007' })).toBe('refused:recusal_note_invalid');
    expect(reason(drawn, { uscc: drawn.objects[0]!.substitutes[0]!.uscc, certNo: 'S-01' })).toBe('refused:recusal_target_invalid');
    expect(reason(drawn, { uscc: x.uscc, certNo: 'Y-06' })).toBe('refused:recusal_member_invalid');
    const replaced = applySubstitution(drawn, { uscc: x.uscc, reason: 'closed' });
    expect(reason(replaced, { uscc: x.uscc, certNo: x.officers[0]!.certNo })).toBe('refused:recusal_target_invalid');
    const objectOnly = runDraw(freezeTask({ ...recusalTaskInput(), team: null }), RECUSAL_REVEALS);
    expect(reason(objectOnly, { uscc: objectOnly.objects[0]!.drawn[0]!.uscc, certNo: 'S-01' })).toBe('refused:recusal_no_teams');

    // On checks[0] S-04 gives way to S-01; then nobody can replace S-01: S-05 is on the team,
    // S-02 lives in the township, S-03 is at the cap and S-04 has withdrawn.
    expect(x.officers.map((m) => m.certNo)).toEqual(expect.arrayContaining(['S-04', 'S-05']));
    const once = applyRecusal(drawn, { uscc: x.uscc, certNo: 'S-04' });
    expect(once.recusal.replacement.certNo).toBe('S-01');
    expect(candidates(once.bundle, x.uscc, 'S-01').some(qualifies)).toBe(false);
    try {
      applyRecusal(once.bundle, { uscc: x.uscc, certNo: 'S-01' });
      expect.unreachable();
    } catch (e) {
      expect(isDomainError(e) && [e.kind, e.reason]).toEqual(['precondition_failed', 'recusal_replacement_missing']);
      expect((e as Error).message).toContain('市场监督管理局');
      expect((e as Error).message).toContain(x.uscc);
    }
  });
});
