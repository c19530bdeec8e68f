import { downloadResponse } from '@liancha/api-client/sveltekit';
import { attachmentTooLargeMessage, MAX_ATTACHMENT_BYTES } from '@liancha/domain';

/**
 * A file to save: the Chinese name for browsers (RFC 6266/5987) with an ASCII fallback, never
 * sniffed into something else, never cached (it may be confidential).
 */
export function fileResponse(file: { bytes: Buffer | string; mimeType: string; filename: string; asciiName: string }): Response {
  return downloadResponse(file);
}

/**
 * An attachment as the API carries it: base64, the type detected from its bytes, and a name the
 * API has given that type's extension (the ASCII fallback takes the same extension).
 */
export function attachmentResponse(file: { id: string; filename: string; mimeType: string; contentBase64: string }): Response {
  const extension = /\.[A-Za-z0-9]{1,5}$/.exec(file.filename)?.[0] ?? '';
  return downloadResponse({
    bytes: Buffer.from(file.contentBase64, 'base64'),
    mimeType: file.mimeType,
    filename: file.filename,
    asciiName: `attachment-${file.id}${extension}`,
  });
}

/** A file posted in a form, read for the API, or the Chinese reason it cannot be sent. */
export async function postedAttachment(file: File | null): Promise<{ ok: true; filename: string; contentBase64: string } | { ok: false; message: string }> {
  if (!file) return { ok: false, message: '请选择要上传的文件' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, message: attachmentTooLargeMessage(file.size) };
  return { ok: true, filename: file.name, contentBase64: Buffer.from(await file.arrayBuffer()).toString('base64') };
}
