import { sql } from 'kysely';
import type { AuditAnchorReason } from '../schema/audit-anchor.js';
import { lockAuditChain, readAuditHead, type AuditHead } from './audit.repository.js';
import type { Executor } from './executor.js';

/**
 * Anchors: heads of a region's audit chain made public (docs/audit-anchoring.md). Each one is
 * read under the chain's lock, so it names an event that exists and that no concurrent append
 * is about to follow with a different one. Anchoring records no audit event of its own: it
 * would move the head it just published.
 */
export interface AuditAnchor {
  id: number;
  regionCode: string;
  position: number;
  headHash: string;
  anchoredAt: Date;
  anchoredOn: string;
  reason: AuditAnchorReason;
  publicationId: string | null;
}

const ANCHOR_COLUMNS = ['id', 'regionCode', 'position', 'headHash', 'anchoredAt', 'anchoredOn', 'reason', 'publicationId'] as const;

/** The head of the chain, read under its lock, for a row about to be anchored in this transaction. */
export async function lockedAuditHead(trx: Executor, regionCode: string): Promise<AuditHead> {
  await lockAuditChain(trx, regionCode);
  return readAuditHead(trx, regionCode);
}

/** The head a 公示 carries, recorded as an anchor in the publication's own transaction; `day` is the Beijing date. */
export async function insertPublicationAnchor(
  trx: Executor,
  regionCode: string,
  anchor: { publicationId: string; head: AuditHead; at: Date; day: string },
): Promise<void> {
  await trx
    .insertInto('auditAnchor')
    .values({
      regionCode,
      position: anchor.head.position,
      headHash: anchor.head.hash,
      anchoredAt: anchor.at,
      anchoredOn: anchor.day,
      reason: 'publication',
      publicationId: anchor.publicationId,
    })
    .execute();
}

/**
 * The daily anchor of a region for Beijing day `day`: made at most once a day (the unique index
 * settles a race between API processes) and only when the head moved since the last anchor of
 * any kind. An empty chain has nothing to anchor. Returns the new anchor, or null.
 */
export async function anchorDailyHead(trx: Executor, regionCode: string, at: Date, day: string): Promise<AuditAnchor | null> {
  await lockAuditChain(trx, regionCode);
  const today = await trx
    .selectFrom('auditAnchor')
    .select('id')
    .where('regionCode', '=', regionCode)
    .where('reason', '=', 'daily')
    .where('anchoredOn', '=', day)
    .executeTakeFirst();
  if (today) return null;
  const head = await readAuditHead(trx, regionCode);
  if (head.position === 0) return null;
  const [last] = await listAuditAnchors(trx, regionCode, { limit: 1 });
  if (last && last.position === head.position && last.headHash === head.hash) return null;
  const row = await trx
    .insertInto('auditAnchor')
    .values({ regionCode, position: head.position, headHash: head.hash, anchoredAt: at, anchoredOn: day, reason: 'daily', publicationId: null })
    .onConflict((oc) => oc.columns(['regionCode', 'anchoredOn']).where('reason', '=', 'daily').doNothing())
    .returning(ANCHOR_COLUMNS)
    .executeTakeFirst();
  return row ?? null;
}

/** A region's anchors, newest first, `limit` at a time after the anchor `beforeId` (keyset). */
export async function listAuditAnchors(db: Executor, regionCode: string, options: { limit: number; beforeId?: number | undefined }): Promise<AuditAnchor[]> {
  let query = db.selectFrom('auditAnchor').select(ANCHOR_COLUMNS).where('regionCode', '=', regionCode);
  if (options.beforeId !== undefined) query = query.where('id', '<', options.beforeId);
  return query.orderBy('id', 'desc').limit(options.limit).execute();
}

/** A head some published record vouches for: an anchor row, or the head a 公示 carries in its payload. */
export interface PublishedHead {
  position: number;
  hash: string;
  anchoredAt: Date;
  reason: AuditAnchorReason;
  publicationId: string | null;
  /** The anchor row, or null for a head read from a publication's payload. */
  anchorId: number | null;
}

/**
 * Every head published for a region, in position order: the anchor rows and, as a second record
 * a tamperer would also have to remove, the heads the 公示 themselves carry.
 */
export async function listPublishedHeads(db: Executor, regionCode: string): Promise<PublishedHead[]> {
  const anchors = await db.selectFrom('auditAnchor').select(ANCHOR_COLUMNS).where('regionCode', '=', regionCode).execute();
  const carried = await db
    .selectFrom('publication')
    .select(['id', 'publishedAt', sql<unknown>`payload -> 'auditHead'`.as('head')])
    .where('regionCode', '=', regionCode)
    .where(sql<boolean>`jsonb_typeof(payload -> 'auditHead') = 'object'`)
    .execute();
  const heads: PublishedHead[] = anchors.map((a) => ({
    position: a.position,
    hash: a.headHash,
    anchoredAt: a.anchoredAt,
    reason: a.reason,
    publicationId: a.publicationId,
    anchorId: a.id,
  }));
  for (const row of carried) {
    const head = row.head as { position?: unknown; hash?: unknown };
    if (typeof head.position !== 'number' || typeof head.hash !== 'string') continue;
    heads.push({ position: head.position, hash: head.hash, anchoredAt: row.publishedAt, reason: 'publication', publicationId: row.id, anchorId: null });
  }
  return heads.sort((a, b) => a.position - b.position || (a.anchorId ?? Infinity) - (b.anchorId ?? Infinity));
}
