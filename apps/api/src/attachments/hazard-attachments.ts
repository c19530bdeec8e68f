import { assertCan, subjectOf } from '@liancha/authz';
import { getAttachmentUnchecked, getHazard, hazardIdOfStep, insertAttachment, listAttachments, type AttachmentRow, type Executor, type RegionScope } from '@liancha/db';
import { DomainError } from '@liancha/domain';
import type { MutationContext } from '../credit/mutation-context.js';
import { canRead, found } from '../routers/registry/access.js';
import { readContent, storeContent } from './attachment-store.js';
import { ACCEPTED_LABELS, cleanFilename, detectFileType } from './file-type.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Evidence photos and reports of a hazard or of one of its steps; the storage key stays inside. */
export type AttachmentView = Omit<AttachmentRow, 'storageKey'>;
const view = ({ storageKey: _key, ...rest }: AttachmentRow): AttachmentView => rest;

function storageDir(ctx: { config: { attachmentDir?: string | undefined } }): string {
  const dir = ctx.config.attachmentDir;
  if (!dir) throw new DomainError('internal', '附件存储目录未配置', { reason: 'attachment.no_storage' });
  return dir;
}

function decode(contentBase64: string): Buffer {
  const compact = contentBase64.replace(/\s+/g, '');
  // Buffer.from skips characters it does not know; refuse them instead of storing something else.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) {
    throw new DomainError('bad_request', '文件内容不是有效的 Base64 编码', { reason: 'attachment.bad_base64' });
  }
  return Buffer.from(compact, 'base64');
}

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
  assertCan(ctx.ability, 'update', subjectOf('Hazard', hazard));
  if (input.stepId !== null && (await hazardIdOfStep(ctx.db, ctx.scope, input.stepId)) !== hazard.id) {
    throw new DomainError('bad_request', '所选进展记录不属于该隐患', { reason: 'attachment.step_mismatch', issues: [{ field: 'stepId', message: '不属于该隐患' }] });
  }
  const bytes = decode(input.contentBase64);
  if (bytes.length === 0) throw new DomainError('bad_request', '文件为空', { reason: 'attachment.empty' });
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new DomainError('payload_too_large', `文件大小为${(bytes.length / 1024 / 1024).toFixed(1)} MiB，超过10 MiB的上限`, { reason: 'attachment.too_large' });
  }
  const type = detectFileType(bytes);
  if (type === null) throw new DomainError('bad_request', `不支持该文件类型：仅接受${ACCEPTED_LABELS}，按文件内容识别`, { reason: 'attachment.type_refused' });

  const stored = await storeContent(storageDir(ctx), bytes);
  const fields = {
    agencyId: hazard.agencyId,
    ownerKind: input.stepId === null ? ('hazard' as const) : ('hazard_progress' as const),
    ownerId: input.stepId ?? hazard.id,
    filename: cleanFilename(input.filename, type),
    mimeType: type.mime,
    sizeBytes: bytes.length,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
  };
  const id = await insertAttachment(ctx.db, ctx.scope, fields, ctx.actor.userId, ctx.now());
  await ctx.audit.record({ action: 'attachment.upload', subjectKind: 'attachment', subjectId: id, after: { ...fields, hazardId: hazard.id } });
  const row = await getAttachmentUnchecked(ctx.db, ctx.scope, id);
  return view(row!);
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
  const missing = () => new DomainError('not_found', '附件不存在', { reason: 'attachment.not_found' });
  const row = await getAttachmentUnchecked(ctx.db, ctx.scope, id);
  if (!row) throw missing();
  const hazardId = row.ownerKind === 'hazard' ? row.ownerId : row.ownerKind === 'hazard_progress' ? await hazardIdOfStep(ctx.db, ctx.scope, row.ownerId) : undefined;
  if (hazardId === undefined || !(await getHazard(ctx.db, ctx.scope, canRead(ctx.ability, 'Hazard'), hazardId))) throw missing();
  const bytes = await readContent(storageDir(ctx), row.storageKey, row.sha256);
  return { ...view(row), contentBase64: bytes.toString('base64') };
}
