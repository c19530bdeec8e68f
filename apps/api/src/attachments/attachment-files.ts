import { getAttachmentUnchecked, insertAttachment, type AttachmentFields, type AttachmentRow } from '@liancha/db';
import { attachmentTooLargeMessage, DomainError, MAX_ATTACHMENT_BYTES } from '@liancha/domain';
import type { MutationContext } from '../trpc/mutation-context.js';
import { readContent, storeContent } from './attachment-store.js';
import { ACCEPTED_LABELS, cleanFilename, detectFileType, downloadName } from './file-type.js';

/** Evidence photos and reports of a hazard or of one of its steps; the storage key stays inside. */
export type AttachmentView = Omit<AttachmentRow, 'storageKey'>;
/** Every listing and download goes through here, so every one offers the name its type implies. */
export const view = ({ storageKey: _key, ...rest }: AttachmentRow): AttachmentView => ({ ...rest, filename: downloadName(rest.filename, rest.mimeType) });

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
 * Store an uploaded file and its row: type by magic bytes (jpg/png/pdf/docx/xlsx), at most
 * 10 MiB, content-addressed (SHA-256) under the configured directory. The caller has checked
 * that the user may attach to `owner`.
 */
export async function saveAttachment(
  ctx: MutationContext,
  owner: Pick<AttachmentFields, 'agencyId' | 'ownerKind' | 'ownerId'>,
  file: { filename: string; contentBase64: string },
  auditContext: Record<string, unknown>,
): Promise<AttachmentView> {
  const bytes = decode(file.contentBase64);
  if (bytes.length === 0) throw new DomainError('bad_request', '文件为空', { reason: 'attachment.empty' });
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    throw new DomainError('payload_too_large', attachmentTooLargeMessage(bytes.length), { reason: 'attachment.too_large' });
  }
  const type = detectFileType(bytes);
  if (type === null) throw new DomainError('bad_request', `不支持该文件类型：仅接受${ACCEPTED_LABELS}，按文件内容识别`, { reason: 'attachment.type_refused' });
  const stored = await storeContent(storageDir(ctx), bytes);
  const fields = {
    ...owner,
    filename: cleanFilename(file.filename, type),
    mimeType: type.mime,
    sizeBytes: bytes.length,
    sha256: stored.sha256,
    storageKey: stored.storageKey,
  };
  const id = await insertAttachment(ctx.db, ctx.scope, fields, ctx.actor.userId, ctx.now());
  await ctx.audit.record({ action: 'attachment.upload', subjectKind: 'attachment', subjectId: id, after: { ...fields, ...auditContext } });
  return view((await getAttachmentUnchecked(ctx.db, ctx.scope, id))!);
}

/** The file of an attachment row the caller has been allowed to read, checked against its hash. */
export async function attachmentContent(
  ctx: { config: { attachmentDir?: string | undefined } },
  row: AttachmentRow,
): Promise<AttachmentView & { contentBase64: string }> {
  const bytes = await readContent(storageDir(ctx), row.storageKey, row.sha256);
  return { ...view(row), contentBase64: bytes.toString('base64') };
}

export const attachmentNotFound = () => new DomainError('not_found', '附件不存在', { reason: 'attachment.not_found' });
