import { getSupervisionNote, updateSupervisionNote, type SupervisionNoteRow } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { canRead, found } from '../../trpc/access.js';
import type { MutationContext } from '../../trpc/mutation-context.js';

/**
 * One step of a note (答复, 办结): load it through the caller's abilities, let `assert` refuse,
 * write `patch` unless the note's status changed meanwhile, and audit the step.
 */
export async function stepNote(
  ctx: MutationContext,
  id: string,
  step: {
    verb: 'respond' | 'close';
    assert: (note: SupervisionNoteRow) => void;
    patch: Parameters<typeof updateSupervisionNote>[4];
    audit: (note: SupervisionNoteRow) => { before: unknown; after: unknown };
  },
): Promise<SupervisionNoteRow> {
  const before = found(await getSupervisionNote(ctx.db, ctx.scope, canRead(ctx.ability, 'SupervisionNote'), id), 'SupervisionNote');
  step.assert(before);
  if (!(await updateSupervisionNote(ctx.db, ctx.scope, before.id, before.status, step.patch))) {
    throw new DomainError('conflict', '督办单状态刚刚已变化，请刷新后重试', { reason: 'note_changed' });
  }
  await ctx.audit.record({ action: `supervisionNote.${step.verb}`, subjectKind: 'supervisionNote', subjectId: before.id, ...step.audit(before) });
  return before;
}
