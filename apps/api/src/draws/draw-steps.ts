import { subjectOf, type AppAbility, type UserActor } from '@liancha/authz';
import type { DrawRow, EntropyRow, RegionScope } from '@liancha/db';
import { announcedEntryRefusal, DomainError } from '@liancha/domain';
import { caught, enforce, firstRefusal, flagsOf, forbiddenUnless, type Refusal } from '../can/refusal.js';
import { requireAgency } from '../registry/require-agency.js';

/** The ceremony's steps the portal offers: each agency commits and reveals its own secret; the lead freezes, enters public values, substitutes. */
export const DRAW_STEPS = ['commit', 'reveal', 'freeze', 'enterPublicValue', 'substitute'] as const;
export type DrawStep = (typeof DRAW_STEPS)[number];

export interface DrawStepContext {
  ability: AppAbility;
  actor: UserActor;
  scope: RegionScope;
  now: () => Date;
}

/** A draw as loadDraw gives it, with its entropy sources. */
export interface DrawFacts {
  draw: Pick<DrawRow, 'id' | 'regionCode' | 'taskId' | 'status' | 'revealDeadline'>;
  sources: EntropyRow[];
}

/** The caller's agency's own source: an agency writes only its own secret (a lead writing a partner's could steer the draw). */
export function ownSource(ctx: DrawStepContext, facts: DrawFacts): EntropyRow | undefined {
  return facts.sources.find((s) => s.sourceKind === 'agency' && s.agencyId === ctx.actor.agencyId);
}

const notASource = () => new DomainError('forbidden', '本部门不是该抽取的随机源', { reason: 'not_a_source' });

/** A reveal (a secret or a public value) is taken while the draw is frozen, before its deadline, once. */
function revealWindow(ctx: DrawStepContext, facts: DrawFacts, source: EntropyRow): Refusal {
  const { draw } = facts;
  if (draw.status === 'drawn') return new DomainError('conflict', '抽取已完成，揭示无效', { reason: 'draw_state' });
  if (draw.status !== 'frozen') return new DomainError('precondition_failed', '抽取尚未冻结，暂不能揭示', { reason: 'draw_state' });
  if (draw.revealDeadline && ctx.now().getTime() > draw.revealDeadline.getTime()) {
    return new DomainError('precondition_failed', `已超过揭示截止时间（${draw.revealDeadline.toISOString()}），揭示无效`, { reason: 'reveal_late' });
  }
  if (source.revealedValue !== null) return new DomainError('conflict', `“${source.label}”已揭示，不能更改`, { reason: 'already_revealed' });
  return null;
}

/** The lead's entry of a witness or external value for `source`. */
export function publicValueRefusal(ctx: DrawStepContext, facts: DrawFacts, source: EntropyRow): Refusal {
  return firstRefusal(
    () =>
      forbiddenUnless(
        ctx.ability,
        'update',
        subjectOf('DrawEntropy', { regionCode: ctx.scope.regionCode, taskId: facts.draw.taskId, sourceKind: source.sourceKind, agencyId: null }),
      ),
    () => revealWindow(ctx, facts, source),
    // An announced value exists only after its stated time (by this server's clock).
    () => (source.announcement ? announcedEntryRefusal(source.label, source.announcement, ctx.now()) : null),
  );
}

/** May the caller take `step` in this ceremony now? Who (its source, its ability), then when (the draw's state). */
export function drawStepRefusal(ctx: DrawStepContext, facts: DrawFacts, step: DrawStep): Refusal {
  const { draw } = facts;
  const mine = ownSource(ctx, facts);
  const ownSecret = () =>
    firstRefusal(
      () => caught(() => requireAgency(ctx.actor)),
      () => (mine ? null : notASource()),
      () =>
        forbiddenUnless(
          ctx.ability,
          'update',
          subjectOf('DrawEntropy', { regionCode: ctx.scope.regionCode, taskId: draw.taskId, sourceKind: 'agency', agencyId: ctx.actor.agencyId }),
        ),
    );
  switch (step) {
    case 'commit':
      return firstRefusal(ownSecret, () =>
        draw.status === 'open' ? null : new DomainError('precondition_failed', '抽取输入已冻结，不能再提交或更改承诺值', { reason: 'draw_state' }),
      );
    case 'reveal':
      return firstRefusal(ownSecret, () => revealWindow(ctx, facts, mine!));
    case 'freeze':
      return firstRefusal(
        () => forbiddenUnless(ctx.ability, 'update', subjectOf('Draw', draw)),
        () => (draw.status === 'open' ? null : new DomainError('precondition_failed', '抽取已冻结或已完成', { reason: 'draw_state' })),
      );
    case 'enterPublicValue': {
      const open = facts.sources.filter((s) => s.sourceKind !== 'agency' && s.revealedValue === null);
      if (open.length === 0) return new DomainError('precondition_failed', '没有待录入的公开随机源', { reason: 'no_public_source' });
      return open.map((source) => publicValueRefusal(ctx, facts, source)).find((r) => r === null) ?? publicValueRefusal(ctx, facts, open[0]!);
    }
    case 'substitute':
      return firstRefusal(
        () => forbiddenUnless(ctx.ability, 'update', subjectOf('Draw', draw)),
        () => (draw.status === 'drawn' ? null : new DomainError('precondition_failed', '抽取完成后才能替补', { reason: 'draw_state' })),
      );
  }
}

export function assertDrawStep(ctx: DrawStepContext, facts: DrawFacts, step: DrawStep): void {
  enforce(drawStepRefusal(ctx, facts, step));
}

/** Every step as a flag, for draws.get. */
export function drawCan(ctx: DrawStepContext, facts: DrawFacts): Record<DrawStep, boolean> {
  return flagsOf(Object.fromEntries(DRAW_STEPS.map((step) => [step, drawStepRefusal(ctx, facts, step)])) as Record<DrawStep, Refusal>);
}
