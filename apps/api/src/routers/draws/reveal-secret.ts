import { getDeclaredEntropy, listEntropy, lockDraw, setEntropyReveal, type EntropyRow } from '@liancha/db';
import { checkReveal, DomainError, type EntropySource } from '@liancha/domain';
import { assertDrawStep, ownSource, publicValueRefusal } from '../../draws/draw-steps.js';
import { enforce } from '../../can/refusal.js';
import type { DrawRunPayload } from '../../draws/run-draw-job.js';
import { waitForJob } from '../../jobs/wait-for-job.js';
import { abilityMutation } from '../../trpc/init.js';
import type { MutationContext } from '../../trpc/mutation-context.js';
import { loadDraw } from './load-draw.js';
import { ZPublicValueRequest, ZRevealRequest } from './draw.schema.js';

type Loaded = Awaited<ReturnType<typeof loadDraw>>;

/** The frozen declaration of a source, as the commitment holds it (reveals are checked against it). */
async function declared(ctx: MutationContext, loaded: Loaded, sourceId: string): Promise<EntropySource> {
  const entropy = (await getDeclaredEntropy(ctx.db, ctx.scope, loaded.draw.id)) as EntropySource[] | null;
  const source = entropy?.find((e) => e.id === sourceId);
  if (!source) throw new DomainError('precondition_failed', '抽取尚未冻结，暂不能揭示', { reason: 'draw_state' });
  return source;
}

/** How long the last reveal's answer waits for the draw it queued; a longer draw reports progress on the draw's page. */
const DRAW_WAIT_MS = 20_000;

/** What a reveal answers: drawn, still drawing (the page follows it), or the draw's refusal, and the sources still to reveal. */
interface RevealAnswer {
  drawn: boolean;
  drawing: boolean;
  drawError: string | null;
  pending: string[];
}

/**
 * Store a reveal after checking it against the commitment; when it is the last one, the draw is
 * queued in the same transaction — once, and never again — and run by the job runner, off this
 * request's path. The answer waits for it a while, so a county's draw reads as done at once.
 */
async function reveal(ctx: MutationContext, loaded: Loaded, row: EntropyRow, value: string): Promise<RevealAnswer> {
  const locked = await lockDraw(ctx.db, ctx.scope, loaded.draw.id);
  if (locked?.status === 'drawn') throw new DomainError('conflict', '抽取已完成，揭示无效', { reason: 'draw_state' });
  if (locked?.status !== 'frozen') throw new DomainError('precondition_failed', '抽取尚未冻结，暂不能揭示', { reason: 'draw_state' });
  if (locked.revealDeadline && ctx.now().getTime() > locked.revealDeadline.getTime()) {
    throw new DomainError('precondition_failed', `已超过揭示截止时间（${locked.revealDeadline.toISOString()}），揭示无效`, { reason: 'reveal_late' });
  }
  // Read again under the draw's lock: a reveal of the same source that committed while this one
  // waited for the lock must be seen (the draw runs later, as a job, so its state alone cannot tell).
  const current = (await listEntropy(ctx.db, ctx.scope, loaded.draw.id)).find((e) => e.id === row.id);
  if (current?.revealedValue != null) throw new DomainError('conflict', `“${row.label}”已揭示，不能更改`, { reason: 'already_revealed' });
  checkReveal(await declared(ctx, loaded, row.sourceId!), value);
  await setEntropyReveal(ctx.db, ctx.scope, row.id, value, ctx.actor.userId, ctx.now());
  await ctx.audit.record({ action: 'draw.reveal', subjectKind: 'draw', subjectId: loaded.draw.id, after: { source: row.sourceId, value } });
  const pending = (await listEntropy(ctx.db, ctx.scope, loaded.draw.id)).filter((e) => e.revealedValue === null);
  if (pending.length > 0) return { drawn: false, drawing: false, drawError: null, pending: pending.map((e) => e.label) };
  const payload: DrawRunPayload = { revealedAt: ctx.now().toISOString() };
  const jobId = await ctx.enqueue({ kind: 'draw_run', subjectId: loaded.draw.id, payload });
  const scope = ctx.scope;
  ctx.answerAfterCommit<RevealAnswer>(async (answer, db) => {
    const job = await waitForJob(db, scope, jobId, DRAW_WAIT_MS);
    if (job?.status === 'done') return { ...answer, drawn: true, drawing: false };
    if (job?.status === 'failed') return { ...answer, drawing: false, drawError: job.error };
    return answer;
  });
  return { drawn: false, drawing: true, drawError: null, pending: [] };
}

/** An agency reveals its secret. */
export const revealSecretRoute = abilityMutation.input(ZRevealRequest).mutation(async ({ ctx, input }) => {
  const loaded = await loadDraw(ctx, input.drawId);
  const facts = { draw: loaded.draw, sources: await listEntropy(ctx.db, ctx.scope, loaded.draw.id) };
  assertDrawStep(ctx, facts, 'reveal');
  return reveal(ctx, loaded, ownSource(ctx, facts)!, input.secret);
});

/** The lead enters the witnesses' digits or the named external value as announced. */
export const enterPublicValueRoute = abilityMutation.input(ZPublicValueRequest).mutation(async ({ ctx, input }) => {
  const loaded = await loadDraw(ctx, input.drawId);
  const sources = await listEntropy(ctx.db, ctx.scope, loaded.draw.id);
  const row = sources.find((e) => e.sourceId === input.sourceId);
  if (!row) throw new DomainError('not_found', '该抽取未声明此随机源', { reason: 'source_not_declared' });
  enforce(publicValueRefusal(ctx, { draw: loaded.draw, sources }, row));
  return reveal(ctx, loaded, row, input.value);
});
