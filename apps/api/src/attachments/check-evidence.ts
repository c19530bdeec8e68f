import { checkIdOfResult, getAttachmentUnchecked, listAttachments, listResults, type Executor, type RegionScope } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { assertCheckStep } from '../checks/check-steps.js';
import { loadCheck } from '../checks/load-check.js';
import type { MutationContext } from '../trpc/mutation-context.js';
import { requireAgency } from '../registry/require-agency.js';
import { attachmentContent, attachmentNotFound, saveAttachment, view, type AttachmentView } from './attachment-files.js';

/**
 * Evidence of one item's result (现场照片、检查记录): attached by whoever may record that
 * agency's results, while they are still editable.
 */
export async function uploadResultEvidence(
  ctx: MutationContext,
  input: { checkId: string; itemId: string; filename: string; contentBase64: string },
): Promise<AttachmentView> {
  const agencyId = requireAgency(ctx.actor);
  const loaded = await loadCheck(ctx, input.checkId);
  const { check, results } = loaded;
  assertCheckStep(ctx, { ...loaded, resultsPublished: false }, 'uploadEvidence');
  const result = results.find((r) => r.itemId === input.itemId && r.agencyId === agencyId);
  if (!result) throw new DomainError('precondition_failed', '请先录入该事项的检查结果，再上传证据材料', { reason: 'evidence_without_result' });
  return saveAttachment(ctx, { agencyId, ownerKind: 'check_result', ownerId: result.id }, input, { checkId: check.id, itemId: input.itemId });
}

/** The evidence of a check's results (the check is already loaded through the caller's abilities). */
export async function checkEvidence(db: Executor, scope: RegionScope, checkId: string): Promise<AttachmentView[]> {
  const results = await listResults(db, scope, checkId);
  return (await listAttachments(db, scope, [{ kind: 'check_result', ids: results.map((r) => r.id) }])).map(view);
}

/** Served only to whoever can read the check the result belongs to; anything else is NOT_FOUND. */
export async function downloadResultEvidence(ctx: Pick<MutationContext, 'db' | 'scope' | 'ability' | 'config' | 'actor'>, id: string) {
  const row = await getAttachmentUnchecked(ctx.db, ctx.scope, id);
  if (!row || row.ownerKind !== 'check_result') throw attachmentNotFound();
  const checkId = await checkIdOfResult(ctx.db, ctx.scope, row.ownerId);
  if (!checkId) throw attachmentNotFound();
  await loadCheck(ctx, checkId).catch(() => {
    throw attachmentNotFound();
  });
  return attachmentContent(ctx, row);
}
