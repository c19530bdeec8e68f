import { insertAttachment, type AttachmentOwnerKind, type Executor } from '@liancha/db';
import { findUserOfRegion } from '@liancha/db/testing';
import { storeContent } from '../attachments/attachment-store.js';
import { TEST_ATTACHMENT_DIR } from '../testing/caller.js';

/** A file stored where test callers read attachments, attached to `owner` as uploaded by some account of its region. */
export async function attachTestFile(
  db: Executor,
  owner: { regionCode: string; agencyId: string; ownerKind: AttachmentOwnerKind; ownerId: string },
  file: { content: Buffer; filename: string; mimeType: string },
): Promise<string> {
  const { regionCode, ...row } = owner;
  const stored = await storeContent(TEST_ATTACHMENT_DIR, file.content);
  const fields = { ...row, filename: file.filename, mimeType: file.mimeType, sizeBytes: file.content.length, ...stored };
  return insertAttachment(db, { regionCode }, fields, await findUserOfRegion(db, regionCode), new Date());
}
