import { DomainError } from '@liancha/domain';
import { caught, firstRefusal } from '../../can/refusal.js';
import { applyVisit } from '../../checks/advance-check.js';
import { visitStepRefusal } from '../../checks/check-steps.js';
import { loadTaskChecks } from '../../checks/task-checks.js';
import { visitPatch, type VisitInput } from '../../checks/visit-patch.js';
import { abilityMutation } from '../../trpc/init.js';
import { ZVisitManyRequest } from './check.schema.js';

const VERB = { notify: '发出检查通知', start: '开始检查', finish: '结束检查' } as const;

/**
 * The lead coordinator's bulk steps over a task's checks (send notices with one date, start, finish):
 * each check is asked exactly what its own step would ask; if any refuses, nothing is written and
 * the answer names every enterprise at fault.
 */
export const visitManyRoute = abilityMutation.input(ZVisitManyRequest).mutation(async ({ ctx, input }) => {
  const visit: VisitInput =
    input.step === 'notify'
      ? { step: 'notify', notice: { scheduledOn: input.scheduledOn, materials: input.materials, contact: input.contact, note: input.note } }
      : { step: input.step, on: input.on };
  const { checks, participants, window, gate } = await loadTaskChecks(ctx, input.taskId);
  const byId = new Map(checks.map((c) => [c.check.id, c]));
  const chosen = [...new Set(input.checkIds)].map((id) => byId.get(id));
  if (chosen.some((c) => c === undefined)) throw new DomainError('not_found', '所选检查不属于该任务或无权查看', { reason: 'check_not_found' });
  const issues = chosen.flatMap((row) => {
    const { check, teamInspectorIds } = row!;
    const refusal = firstRefusal(
      () => visitStepRefusal(ctx, check, teamInspectorIds, input.step, gate),
      () => caught(() => visitPatch({ ...row!, participants }, visit, window, '')),
    );
    return refusal ? [{ kind: refusal.kind, reason: refusal.message, field: check.id, message: `${check.objectName}：${refusal.message}` }] : [];
  });
  if (issues.length > 0) {
    // One kind for the whole answer: the refusals' own when they agree (a partner is FORBIDDEN everywhere).
    const kind = issues.every((i) => i.kind === issues[0]!.kind) ? issues[0]!.kind : 'precondition_failed';
    // One reason for every check (a date outside the window): said once, not once per enterprise.
    const same = issues.length > 1 && issues.every((i) => i.reason === issues[0]!.reason);
    throw new DomainError(kind, `${issues.length} 户检查不能${VERB[input.step]}，本次未办理任何检查${same ? `：${issues[0]!.reason}` : ''}`, {
      reason: 'bulk_refused',
      issues: same ? [] : issues.map(({ field, message }) => ({ field, message })),
    });
  }
  for (const row of chosen) await applyVisit(ctx, { ...row!, participants }, visit, window);
  return { done: chosen.length };
});
