import { appendAuditEvent, type Executor } from '@liancha/db';

export interface AuditEntry {
  action: string;
  subjectKind: string;
  subjectId: string | null;
  before?: unknown;
  after?: unknown;
  /** Defaults to the session's user and region; login names its user explicitly. */
  actorUserId?: string | null;
  regionCode?: string | null;
}

export interface AuditRecorder {
  record(entry: AuditEntry): Promise<void>;
  readonly count: number;
}

/** Appends to the hash-chained audit log inside the mutation's own transaction. */
export function createAuditRecorder(trx: Executor, defaults: { actorUserId: string | null; regionCode: string | null }, now: () => Date): AuditRecorder {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async record(entry) {
      await appendAuditEvent(trx, {
        regionCode: entry.regionCode === undefined ? defaults.regionCode : entry.regionCode,
        actorUserId: entry.actorUserId === undefined ? defaults.actorUserId : entry.actorUserId,
        action: entry.action,
        subjectKind: entry.subjectKind,
        subjectId: entry.subjectId,
        before: entry.before ?? null,
        after: entry.after ?? null,
        occurredAt: now(),
      });
      count += 1;
    },
  };
}
