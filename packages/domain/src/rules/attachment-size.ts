/**
 * An evidence file (a photo, a scanned report) is at most 10 MiB: a phone photo or a scanned
 * PDF fits, and one upload stays one bounded request. The portal refuses before sending, the
 * API again on receipt; both say it in the same words.
 */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** The refusal of a file over the limit, naming its size. */
export function attachmentTooLargeMessage(bytes: number): string {
  return `文件大小为${(bytes / 1024 / 1024).toFixed(1)} MiB，超过${MAX_ATTACHMENT_BYTES / 1024 / 1024} MiB的上限`;
}
