import { sql } from 'kysely';
import type { PublicationKind } from '../schema/oversight.js';
import type { Executor, RegionScope } from './executor.js';
import type { AccessFilter } from './list-query.js';
import { publicOn } from './publication.repository.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';
import { objectMatches } from './text-search.js';

/**
 * An enterprise's public record (企业信用公示): who it is (name and USCC, as on its business
 * licence), whether it is on the 失信 list and until when, and the 公示 that name it — its check
 * results and sanctions as published, nothing from an unpublished check or decision.
 */

export interface EnterpriseHit {
  name: string;
  uscc: string;
}

/**
 * Enterprises whose name holds `text` or whose USCC starts with it, in USCC order, a keyset page
 * after `after`: the name's trigram index or the USCC index finds them at a million per region.
 */
export async function searchEnterprises(
  db: Executor,
  scope: RegionScope,
  input: { text: string; after: string | null; limit: number },
): Promise<EnterpriseHit[]> {
  return rowsInRegion(db, scope, 'object as o')
    .where(objectMatches('o', input.text))
    .$if(input.after !== null, (q) => q.where('o.uscc', '>', input.after as string))
    .select(['o.name', 'o.uscc'])
    .orderBy('o.uscc')
    .limit(input.limit)
    .execute();
}

export interface PublicEnterprise {
  name: string;
  uscc: string;
  dishonest: boolean;
  dishonestUntil: string | null;
}

/** The enterprise of a USCC in the region, with its 失信 state (a listing whose end passed before `today` is over). */
export async function findPublicEnterprise(db: Executor, scope: RegionScope, uscc: string, today: string): Promise<PublicEnterprise | undefined> {
  const row = await rowsInRegion(db, scope, 'object', { uscc }).select(['name', 'uscc', 'dishonest', 'dishonestUntil']).executeTakeFirst();
  if (!row) return undefined;
  const listed = row.dishonest && (row.dishonestUntil === null || row.dishonestUntil >= today);
  return { name: row.name, uscc: row.uscc, dishonest: listed, dishonestUntil: listed ? row.dishonestUntil : null };
}

export interface RecordPublication {
  id: string;
  kind: Extract<PublicationKind, 'result' | 'sanction'>;
  agencyName: string;
  title: string;
  publishedAt: Date;
  correctsId: string | null;
  payload: unknown;
}

/**
 * The results and sanctions published about the enterprise, the versions in force and still in
 * their publicity period on `visibleOn`, newest first (at most `limit`): one walk of the index on
 * the payload's USCC (migration 2026-12-16-31).
 */
export async function enterprisePublications(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'publication'>,
  input: { uscc: string; visibleOn: string; limit: number },
): Promise<RecordPublication[]> {
  const rows = await rowsInRegion(db, scope, 'publication')
    .innerJoin('agency', sameRegion('agency.id', 'publication.agencyId'))
    .where('publication.kind', 'in', ['result', 'sanction'])
    .where(sql<string>`publication.payload #>> '{object,uscc}'`, '=', input.uscc)
    .where(publicOn(input.visibleOn))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('publication as c').select('c.id').whereRef('c.regionCode', '=', 'publication.regionCode').whereRef('c.correctsId', '=', 'publication.id'),
        ),
      ),
    )
    .where(access)
    .select([
      'publication.id',
      'publication.kind',
      'agency.name as agencyName',
      'publication.title',
      'publication.publishedAt',
      'publication.correctsId',
      'publication.payload',
    ])
    .orderBy('publication.publishedAt', 'desc')
    .orderBy('publication.id')
    .limit(input.limit)
    .execute();
  return rows as RecordPublication[];
}
