/**
 * The limits of the HTTP face, in one place (documented in apps/api/README.md). The portals'
 * client (packages/api-client) batches at most MAX_BATCH_CALLS calls per request; its type
 * check ties it to this value.
 */

/** Calls in one tRPC batch: a bigger batch is refused whole, before any call runs. */
export const MAX_BATCH_CALLS = 10 as const;
export type MaxBatchCalls = typeof MAX_BATCH_CALLS;

/** Request body of an ordinary call or batch. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Registry uploads carry a spreadsheet of up to 32 MiB as base64, hazard attachments and check
 * evidence a file of up to 10 MiB; only those procedures get the larger limit (each checks its
 * own size after decoding).
 */
export const MAX_UPLOAD_BODY_BYTES = 48 * 1024 * 1024;
export const UPLOAD_PROCEDURES: ReadonlySet<string> = new Set(['registry.imports.start', 'hazards.uploadAttachment', 'checks.uploadEvidence']);

/** Nesting of a call's input (superjson's `json` and `meta` alike); real inputs stay far below. */
export const MAX_INPUT_DEPTH = 32;
