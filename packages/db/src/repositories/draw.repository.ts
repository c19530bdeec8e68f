import { sql, type Selectable } from 'kysely';
import type { DrawEntropyTable, DrawOutcome, DrawStatus } from '../schema/draw.js';
import type { EntropyAnnouncement } from '@liancha/domain';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { insertInRegion } from './insert-in-region.js';
import { updateInRegion } from './update-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

export interface DrawRow {
  id: string;
  regionCode: string;
  taskId: string;
  algorithm: string;
  status: DrawStatus;
  commitment: string | null;
  openedBy: string | null;
  openedAt: Date;
  revealDeadline: Date | null;
  frozenBy: string | null;
  frozenAt: Date | null;
  seed: string | null;
  drawnAt: Date | null;
}

/** One entropy source of a draw as read back: its columns but the keys and the acting users. */
export type EntropyRow = Omit<Selectable<DrawEntropyTable>, 'regionCode' | 'drawId' | 'committedBy' | 'revealedBy'>;

const COLUMNS = [
  'draw.id',
  'draw.regionCode',
  'draw.taskId',
  'draw.algorithm',
  'draw.status',
  'draw.commitment',
  'draw.openedBy',
  'draw.openedAt',
  'draw.revealDeadline',
  'draw.frozenBy',
  'draw.frozenAt',
  'draw.seed',
  'draw.drawnAt',
] as const;

export async function getDraw(db: Executor, scope: RegionScope, access: AccessFilter<'draw'>, id: string): Promise<DrawRow | undefined> {
  return rowsInRegion(db, scope, 'draw', { id }).select(COLUMNS).where(access).executeTakeFirst();
}

export async function findDrawOfTask(db: Executor, scope: RegionScope, taskId: string): Promise<DrawRow | undefined> {
  return rowsInRegion(db, scope, 'draw', { taskId }).select(COLUMNS).executeTakeFirst();
}

/** Row lock: commits, reveals, the draw and substitutions of one draw happen one at a time. */
export async function lockDraw(db: Executor, scope: RegionScope, id: string): Promise<DrawRow | undefined> {
  return rowsInRegion(db, scope, 'draw', { id }).select(COLUMNS).forUpdate().executeTakeFirst();
}

export async function insertDraw(db: Executor, scope: RegionScope, draw: { taskId: string; openedBy: string; revealDeadline: Date }): Promise<string> {
  return insertInRegion(db, scope, 'draw', { ...draw, status: 'open' });
}

export async function insertEntropySources(
  db: Executor,
  scope: RegionScope,
  drawId: string,
  sources: {
    sourceId: string;
    sourceKind: EntropyRow['sourceKind'];
    agencyId: string | null;
    label: string;
    digits: number | null;
    description: string | null;
    announcement?: EntropyAnnouncement | null;
  }[],
): Promise<void> {
  await db
    .insertInto('drawEntropy')
    .values(sources.map((s) => ({ ...s, announcement: s.announcement ?? null, regionCode: scope.regionCode, drawId })))
    .execute();
}

export async function listEntropy(db: Executor, scope: RegionScope, drawId: string): Promise<EntropyRow[]> {
  return rowsInRegion(db, scope, 'drawEntropy', { drawId })
    .select([
      'id',
      'sourceId',
      'sourceKind',
      'agencyId',
      'label',
      'digits',
      'description',
      'announcement',
      'commitmentHash',
      'revealedValue',
      'committedAt',
      'revealedAt',
    ])
    .orderBy('sourceId')
    .execute();
}

export async function setEntropyCommitment(db: Executor, scope: RegionScope, entropyId: string, hash: string, by: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'drawEntropy', entropyId, { commitmentHash: hash, committedBy: by, committedAt: at });
}

export async function setEntropyReveal(db: Executor, scope: RegionScope, entropyId: string, value: string, by: string, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'drawEntropy', entropyId, { revealedValue: value, revealedBy: by, revealedAt: at });
}

export async function markDrawFrozen(
  db: Executor,
  scope: RegionScope,
  id: string,
  frozen: { commitment: string; canonicalInputs: string; commitmentInputs: { entropy: unknown[] } },
  by: string,
  at: Date,
): Promise<void> {
  await updateInRegion(db, scope, 'draw', id, {
    status: 'frozen',
    commitment: frozen.commitment,
    commitmentInputs: frozen.canonicalInputs,
    declaredEntropy: frozen.commitmentInputs.entropy,
    frozenBy: by,
    frozenAt: at,
  });
}

/**
 * The bundle is stored without its `commitmentInputs`: they are the draw's frozen inputs, already
 * in `commitment_inputs` and never changed after the freeze, and at a million objects they are
 * nearly all of the bundle's 30 MB — written twice they cost the draw seconds.
 */
function withoutInputs(bundle: unknown): unknown {
  if (typeof bundle !== 'object' || bundle === null || !('commitmentInputs' in bundle)) return bundle;
  const { commitmentInputs: _inputs, ...rest } = bundle as Record<string, unknown>;
  return rest;
}

export async function markDrawDrawn(db: Executor, scope: RegionScope, id: string, seed: string, bundle: unknown, at: Date): Promise<void> {
  await updateInRegion(db, scope, 'draw', id, { status: 'drawn', seed, bundle: withoutInputs(bundle), drawnAt: at });
}

/** The proof bundle after substitutions. */
export async function saveDrawBundle(db: Executor, scope: RegionScope, id: string, bundle: unknown): Promise<void> {
  await updateInRegion(db, scope, 'draw', id, { bundle: withoutInputs(bundle) });
}

/** The whole proof bundle (null until drawn), its inputs put back. Tens of megabytes for a pool of a million: read it only where it is used. */
export async function getDrawBundle(db: Executor, scope: RegionScope, id: string): Promise<Record<string, unknown> | null> {
  const row = await rowsInRegion(db, scope, 'draw', { id }).select(['bundle', 'commitmentInputs']).executeTakeFirst();
  if (!row || typeof row.bundle !== 'object' || row.bundle === null) return null;
  const bundle = row.bundle as Record<string, unknown>;
  return 'commitmentInputs' in bundle ? bundle : { ...bundle, commitmentInputs: row.commitmentInputs === null ? null : JSON.parse(row.commitmentInputs) };
}

/** The frozen commitment inputs (null until frozen), as large as the pool: for the draw itself. */
export async function getCommitmentInputs(db: Executor, scope: RegionScope, id: string): Promise<unknown> {
  const row = await rowsInRegion(db, scope, 'draw', { id }).select('commitmentInputs').executeTakeFirst();
  return row?.commitmentInputs ? JSON.parse(row.commitmentInputs) : null;
}

/** The entropy sources a frozen draw declared (its commitment inputs' `entropy`), without reading the pool. */
export async function getDeclaredEntropy(db: Executor, scope: RegionScope, id: string): Promise<unknown[] | null> {
  const row = await rowsInRegion(db, scope, 'draw', { id }).select('declaredEntropy').executeTakeFirst();
  return row?.declaredEntropy ?? null;
}

export async function insertDrawResults(
  db: Executor,
  scope: RegionScope,
  drawId: string,
  rows: { objectId: string; uscc: string; stratum: string; ticket: string; rank: number; outcome: DrawOutcome }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db
      .insertInto('drawResult')
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, regionCode: scope.regionCode, drawId })))
      .execute();
  }
}

export async function listDrawResults(db: Executor, scope: RegionScope, drawId: string) {
  return rowsInRegion(db, scope, 'drawResult as r', { drawId })
    .innerJoin('object as o', sameRegion('o.id', 'r.objectId'))
    .select(['r.objectId', 'r.uscc', 'o.name', 'r.stratum', 'r.ticket', 'r.rank', 'r.outcome'])
    .orderBy('r.stratum')
    .orderBy('r.rank')
    .execute();
}

export async function insertSubstitution(
  db: Executor,
  scope: RegionScope,
  row: { drawId: string; seq: number; replacedObjectId: string; substituteObjectId: string; reasonCode: string; note: string; createdBy: string | null },
): Promise<void> {
  await db
    .insertInto('drawSubstitution')
    .values({ ...row, regionCode: scope.regionCode })
    .execute();
}

export async function listSubstitutions(db: Executor, scope: RegionScope, drawId: string) {
  return rowsInRegion(db, scope, 'drawSubstitution', { drawId }).selectAll().orderBy('seq').execute();
}

/**
 * Serialise draws of one region and year: two tasks drawing at once must not both take an
 * enterprise past its yearly cap, so each draw re-counts under this lock.
 */
export async function lockDrawYear(db: Executor, scope: RegionScope, year: number): Promise<void> {
  if (!db.isTransaction) throw new Error('lockDrawYear must run inside a transaction');
  await sql`select pg_advisory_xact_lock(hashtextextended(${`liancha.draw.${scope.regionCode}.${year}`}, 0))`.execute(db);
}
