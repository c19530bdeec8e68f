import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { canonicalJson } from '@liancha/domain';
import type { Executor } from './executor.js';

/** The hash a chain starts from. */
export const AUDIT_GENESIS = '0'.repeat(64);

export interface AuditEventInput {
  regionCode: string | null;
  actorUserId: string | null;
  action: string;
  subjectKind: string;
  subjectId: string | null;
  before: unknown;
  after: unknown;
  occurredAt: Date;
}

export interface StoredAuditEvent extends AuditEventInput {
  seq: number;
  /** Position in the region's chain: 1, 2, 3 … */
  chainSeq: number;
  prevHash: string;
  hash: string;
}

/** The newest event of a chain: its position (0 for an empty chain) and hash (the genesis then). */
export interface AuditHead {
  position: number;
  hash: string;
}

/**
 * Append one event to its region's hash chain. Must run inside the mutation's
 * transaction: the advisory lock serialises appends to one chain, and the event
 * disappears with the mutation if that rolls back.
 */
export async function appendAuditEvent(trx: Executor, event: AuditEventInput): Promise<StoredAuditEvent> {
  const [stored] = await appendAuditEvents(trx, [event]);
  return stored!;
}

/** Append many events of one region in order (an import's rows): one lock, chained in memory, inserted in batches. */
export async function appendAuditEvents(trx: Executor, events: AuditEventInput[]): Promise<StoredAuditEvent[]> {
  if (!trx.isTransaction) throw new Error('appendAuditEvent must run inside a transaction');
  if (events.length === 0) return [];
  const regionCode = events[0]!.regionCode;
  if (events.some((e) => e.regionCode !== regionCode)) throw new Error('appendAuditEvents takes events of one region');
  await lockAuditChain(trx, regionCode);
  const head = await readAuditHead(trx, regionCode);
  let prevHash = head.hash;
  const chained = events.map((event, i) => {
    const stored = { ...event, before: jsonValue(event.before), after: jsonValue(event.after) };
    const hash = auditHash(prevHash, stored);
    const row = { ...stored, prevHash, hash, chainSeq: head.position + i + 1 };
    prevHash = hash;
    return row;
  });
  const result: StoredAuditEvent[] = [];
  for (let i = 0; i < chained.length; i += 500) {
    const batch = chained.slice(i, i + 500);
    const rows = await trx.insertInto(chainTable(regionCode)).values(batch).returning('seq').execute();
    rows.forEach((row, j) => result.push({ ...batch[j]!, seq: row.seq }));
  }
  return result;
}

/**
 * Serialise writers of one chain until the transaction ends: appends, and anchors, which must
 * read a head no concurrent append is about to extend.
 */
export async function lockAuditChain(trx: Executor, regionCode: string | null): Promise<void> {
  if (!trx.isTransaction) throw new Error('lockAuditChain must run inside a transaction');
  await sql`select pg_advisory_xact_lock(hashtextextended(${chainKey(regionCode)}, 0))`.execute(trx);
}

/** The current head of a chain, as this executor sees it (under the lock: the true head). */
export async function readAuditHead(db: Executor, regionCode: string | null): Promise<AuditHead> {
  const last = await chainRows(db, regionCode).select(['hash', 'chainSeq']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return last ? { position: last.chainSeq, hash: last.hash } : { position: 0, hash: AUDIT_GENESIS };
}

export async function listAuditEvents(db: Executor, regionCode: string, options: { limit: number; beforeSeq?: number }) {
  let query = db.selectFrom('auditEvent').selectAll().where('regionCode', '=', regionCode);
  if (options.beforeSeq !== undefined) query = query.where('seq', '<', options.beforeSeq);
  return query.orderBy('seq', 'desc').limit(options.limit).execute();
}

/** SHA-256 over the previous hash and the canonical JSON of the event's content. */
export function auditHash(prevHash: string, event: AuditEventInput): string {
  const content = canonicalJson({
    regionCode: event.regionCode,
    actorUserId: event.actorUserId,
    action: event.action,
    subjectKind: event.subjectKind,
    subjectId: event.subjectId,
    before: hashable(event.before),
    after: hashable(event.after),
    occurredAt: event.occurredAt.toISOString(),
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/**
 * Where a chain is kept: a region's in audit_event, the platform's own (no region) in
 * platform_audit_event, a table of the same shape that is not distributed by region.
 */
function chainTable(regionCode: string | null): 'auditEvent' {
  // The two tables have the same columns; Kysely is told one name so that one query type serves both.
  return (regionCode === null ? 'platformAuditEvent' : 'auditEvent') as 'auditEvent';
}

/** The events of one chain. */
export function chainRows(db: Executor, regionCode: string | null) {
  const rows = db.selectFrom(chainTable(regionCode));
  return regionCode === null ? rows : rows.where('regionCode', '=', regionCode);
}

const chainKey = (regionCode: string | null) => `liancha.audit.${regionCode ?? 'platform'}`;

/** What jsonb will give back: Dates become ISO strings, undefined disappears. */
function jsonValue(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

/** Canonical JSON takes integers only; other numbers are hashed by their decimal text, stably. */
function hashable(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : String(value);
  if (Array.isArray(value)) return value.map(hashable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, hashable(v)]));
  }
  return value ?? null;
}
