import { getAttachmentUnchecked, getHazard, hazardIdOfStep, listAttachments, type Executor, type RegionScope } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import { enforce } from '../can/refusal.js';
import type { MutationContext } from '../trpc/mutation-context.js';
import { attachRefusal } from '../hazards/hazard-permissions.js';
import { canRead, found } from '../trpc/access.js';
import { attachmentContent, attachmentNotFound, saveAttachment, view, type AttachmentView } from './attachment-files.js';

export { type AttachmentView } from './attachment-files.js';

/**
 * Attach a file to a hazard (or to one step of its timeline): whoever may update the hazard
 * may attach. Type by magic bytes (jpg/png/pdf/docx/xlsx), at most 10 MiB, stored once per
 * content (SHA-256) under the configured directory.
 */
export async function uploadHazardAttachment(
  ctx: MutationContext,
  input: { hazardId: string; stepId: string | null; filename: string; contentBase64: string },
): Promise<AttachmentView> {
  const hazard = found(await getHazard(ctx.db, ctx.scope, canRead(ctx.ability, 'Hazard'), input.hazardId), 'Hazard');
  enforce(attachRefusal(ctx.ability, hazard));
  if (input.stepId !== null && (await hazardIdOfStep(ctx.db, ctx.scope, input.stepId)) !== hazard.id) {
    throw new DomainError('bad_request', '所选进展记录不属于该隐患', {
      reason: 'attachment.step_mismatch',
      issues: [{ field: 'stepId', message: '不属于该隐患' }],
    });
  }
  return saveAttachment(
    ctx,
    { agencyId: hazard.agencyId, ownerKind: input.stepId === null ? 'hazard' : 'hazard_progress', ownerId: input.stepId ?? hazard.id },
    input,
    { hazardId: hazard.id },
  );
}

/** The attachments of a hazard and of its steps (the hazard is already loaded through the caller's abilities). */
export async function hazardAttachments(db: Executor, scope: RegionScope, hazardId: string, stepIds: string[]): Promise<AttachmentView[]> {
  const rows = await listAttachments(db, scope, [
    { kind: 'hazard', ids: [hazardId] },
    { kind: 'hazard_progress', ids: stepIds },
  ]);
  return rows.map(view);
}

/**
 * A file is served only to whoever can read the hazard it belongs to; anything else — another
 * agency's hazard, another owner kind, an unknown id — is the same NOT_FOUND.
 */
export async function downloadHazardAttachment(
  ctx: Pick<MutationContext, 'db' | 'scope' | 'ability' | 'config'>,
  id: string,
): Promise<AttachmentView & { contentBase64: string }> {
  const missing = attachmentNotFound;
  const row = await getAttachmentUnchecked(ctx.db, ctx.scope, id);
  if (!row) throw missing();
  const hazardId =
    row.ownerKind === 'hazard' ? row.ownerId : row.ownerKind === 'hazard_progress' ? await hazardIdOfStep(ctx.db, ctx.scope, row.ownerId) : undefined;
  if (hazardId === undefined || !(await getHazard(ctx.db, ctx.scope, canRead(ctx.ability, 'Hazard'), hazardId))) throw missing();
  return attachmentContent(ctx, row);
}
