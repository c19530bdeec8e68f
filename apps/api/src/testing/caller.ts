import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Executor } from '@liancha/db';
import type { FigureSnapshotPolicy } from '../config.js';
import { serverCaller } from '../trpc/server-caller.js';

const silent = pino({ level: 'silent' });

/** Where test callers store attachments unless told otherwise. */
export const TEST_ATTACHMENT_DIR = join(tmpdir(), 'liancha-test-attachments');

/** A tRPC caller with the context a real request would build from this bearer token. */
export async function callerFor(
  db: Executor,
  options: {
    token?: string;
    now?: Date;
    sessionTtlMs?: number;
    attachmentDir?: string;
    client?: { ip: string | null; userAgent: string | null };
    figureSnapshots?: FigureSnapshotPolicy;
  } = {},
) {
  return serverCaller(db, {
    ...(options.client ? { client: options.client } : {}),
    config: {
      sessionTtlMs: options.sessionTtlMs ?? 3_600_000,
      attachmentDir: options.attachmentDir ?? TEST_ATTACHMENT_DIR,
      ...(options.figureSnapshots ? { figureSnapshots: options.figureSnapshots } : {}),
    },
    log: silent,
    token: options.token,
    now: options.now ? () => options.now as Date : undefined,
  });
}
