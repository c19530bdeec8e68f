import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../schema/database.js';
import type { PublicationKind } from '../schema/oversight.js';
import type { Executor, RegionScope } from './executor.js';
import { countOrEstimate, estimateRows, offsetOf, type AccessFilter, type Cursor, type Page, whereEqual } from './list-query.js';
import { containsText, publicationText } from './text-search.js';
import { insertInRegion } from './insert-in-region.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/**
 * 公示: the public record. Rows are immutable (a trigger refuses UPDATE and DELETE); a
 * correction is a new row whose `correctsId` points at the row it corrects, and each row is
 * corrected at most once, so the last link of a chain is the version in force.
 */
export interface PublicationSummary {
  id: string;
  regionCode: string;
  agencyId: string;
  agencyName: string;
  kind: PublicationKind;
  subjectId: string;
  title: string;
  dueOn: string | null;
  publishedAt: Date;
  correctsId: string | null;
  /** The last day the public sees it (a sanction's 公示截止期); null: always. */
  publicUntil: string | null;
  /** The correction that replaced this row, if any. */
  correctedById: string | null;
}

export interface PublicationRow extends PublicationSummary {
  payload: unknown;
  publishedBy: string | null;
  /** The digest of the proof bundle as published (null: none, or published before digests). */
  proof: unknown;
  hasBundle: boolean;
}

export interface PublicationFilter {
  kind?: PublicationKind | undefined;
  agencyId?: string | undefined;
  subjectId?: string | undefined;
  search?: string | undefined;
  /** Beijing calendar dates, inclusive. */
  publishedFrom?: string | undefined;
  publishedTo?: string | undefined;
  /** Leave out rows that a correction has replaced. */
  currentOnly?: boolean | undefined;
  /** The public's view on this Beijing date: leave out rows whose publicity ended before it (a sanction past its 公示截止期). */
  visibleOn?: string | undefined;
}

/** Shown to the public on `day`: no end, or an end not yet passed (the end day included). */
export const publicOn = (day: string) => (eb: ExpressionBuilder<DB, 'publication'>) =>
  eb.or([eb('publication.publicUntil', 'is', null), eb('publication.publicUntil', '>=', day)]);

/** The version in force: no row corrects it. */
const inForce = (eb: ExpressionBuilder<DB, 'publication'>) =>
  eb.not(
    eb.exists(
      eb.selectFrom('publication as c').select('c.id').whereRef('c.regionCode', '=', 'publication.regionCode').whereRef('c.correctsId', '=', 'publication.id'),
    ),
  );

const correctedById = (eb: ExpressionBuilder<DB, 'publication'>) =>
  eb
    .selectFrom('publication as c')
    .select('c.id')
    .whereRef('c.regionCode', '=', 'publication.regionCode')
    .whereRef('c.correctsId', '=', 'publication.id')
    .limit(1)
    .as('correctedById');

const SUMMARY_COLUMNS = [
  'publication.id',
  'publication.regionCode',
  'publication.agencyId',
  'agency.name as agencyName',
  'publication.kind',
  'publication.subjectId',
  'publication.title',
  'publication.dueOn',
  'publication.publishedAt',
  'publication.correctsId',
  'publication.publicUntil',
] as const;

function scoped(db: Executor, scope: RegionScope, access: AccessFilter<'publication'>) {
  return rowsInRegion(db, scope, 'publication').innerJoin('agency', sameRegion('agency.id', 'publication.agencyId')).where(access);
}

export async function listPublications(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'publication'>,
  request: { page: number; pageSize: number; filter: PublicationFilter; after?: Cursor | undefined },
): Promise<Page<PublicationSummary>> {
  const { filter } = request;
  if (request.after) return publicationsAfter(db, scope, access, { ...request, after: request.after });
  const unsearched = filtered(scoped(db, scope, access), filter);
  const search = filter.search?.trim();
  const offset = offsetOf(request);
  const answer = (rows: PublicationSummary[], total: { total: number; totalCapped: boolean; totalEstimated?: boolean }) =>
    withNext({ rows, ...total, page: request.page, pageSize: request.pageSize });
  if (!search) {
    const [rows, count] = await Promise.all([
      summaries(unsearched).limit(request.pageSize).offset(offset).execute(),
      countOrEstimate(db, unsearched, PUBLICATION_COUNT_CAP, PUBLICATION_ESTIMATE_ABOVE),
    ]);
    return answer(rows, count);
  }
  // The title, or any text of the record (enterprise names, USCCs, decision numbers, drawn
  // lists) except the proof bundle, whose pool names every enterprise that could be drawn.
  const query = unsearched.where(containsText(publicationText, search, true));
  const recent = await newestMatches(db, unsearched, search);
  const pageIds = recent.ids.slice(offset, offset + request.pageSize);
  if (recent.all || pageIds.length === request.pageSize) {
    const rows = pageIds.length === 0 ? [] : await summaries(scoped(db, scope, access).where('publication.id', 'in', pageIds)).execute();
    if (recent.all) return answer(rows, { total: recent.ids.length, totalCapped: false });
    // The newest notices are a sample of the rest: a word in half of them is in about half of all.
    const everything = await estimateRows(unsearched);
    const total =
      everything > PUBLICATION_ESTIMATE_ABOVE
        ? { total: Math.round((recent.ids.length / SEARCH_WINDOW) * everything), totalCapped: false, totalEstimated: true }
        : await countOrEstimate(db, query, PUBLICATION_COUNT_CAP, PUBLICATION_ESTIMATE_ABOVE);
    return answer(rows, total);
  }
  const [rows, count] = await Promise.all([
    summaries(query).limit(request.pageSize).offset(offset).execute(),
    countOrEstimate(db, query, PUBLICATION_COUNT_CAP, PUBLICATION_ESTIMATE_ABOVE),
  ]);
  return answer(rows, count);
}

/** The filter's conditions, but the text search (which has its own strategies). */
function filtered(query: ReturnType<typeof scoped>, filter: PublicationFilter) {
  let unsearched = whereEqual(query, 'publication', { kind: filter.kind, agencyId: filter.agencyId, subjectId: filter.subjectId });
  // Days are Beijing days: an instant at 23:30 UTC belongs to the next Beijing date.
  if (filter.publishedFrom) unsearched = unsearched.where('publication.publishedAt', '>=', new Date(`${filter.publishedFrom}T00:00:00+08:00`));
  if (filter.publishedTo)
    unsearched = unsearched.where('publication.publishedAt', '<', new Date(Date.parse(`${filter.publishedTo}T00:00:00+08:00`) + 86_400_000));
  if (filter.currentOnly) unsearched = unsearched.where(inForce);
  if (filter.visibleOn) unsearched = unsearched.where(publicOn(filter.visibleOn));
  return unsearched;
}

/**
 * Keyset paging for whole downloads and the read API: the rows after the cursor's row in the list's
 * order (newest first, then id), seeking through publication_order_published_idx instead of an
 * OFFSET that reads every row before it. No count is made: `total` is the rows of this page with
 * `totalCapped` ("at least"). The cursor's time is read from its row again, since a timestamp
 * sent as text loses the database's microseconds.
 */
async function publicationsAfter(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'publication'>,
  request: { pageSize: number; page: number; filter: PublicationFilter; after: Cursor },
): Promise<Page<PublicationSummary>> {
  const { filter, after } = request;
  const at = db
    .selectFrom('publication as cursor')
    .select('cursor.publishedAt')
    .where('cursor.regionCode', '=', scope.regionCode)
    .where('cursor.id', '=', after.id);
  let query = filtered(scoped(db, scope, access), filter).where((eb) =>
    eb.or([eb('publication.publishedAt', '<', at), eb.and([eb('publication.publishedAt', '=', at), eb('publication.id', '>', after.id)])]),
  );
  const search = filter.search?.trim();
  if (search) query = query.where(containsText(publicationText, search, true));
  const rows = await summaries(query).limit(request.pageSize).execute();
  return withNext({ rows, total: rows.length, totalCapped: true, page: request.page, pageSize: request.pageSize });
}

/** A full page says where the next one starts. */
function withNext(page: Page<PublicationSummary>): Page<PublicationSummary> {
  const last = page.rows.at(-1);
  if (last && page.rows.length === page.pageSize) page.nextCursor = { value: last.publishedAt.toISOString(), id: last.id };
  return page;
}

function summaries(query: ReturnType<typeof scoped>) {
  return query.select(SUMMARY_COLUMNS).select(correctedById).orderBy('publication.publishedAt', 'desc').orderBy('publication.id');
}

/**
 * A word in nearly every notice ("有限公司") matches a hundred thousand rows of a province's year:
 * through the text index every match is read and sorted, and counted (seconds). So a search first
 * tests the newest SEARCH_WINDOW notices, in order. A page of matches among them is the answer
 * (the newest matches are the first pages), and their share estimates the total; when the window
 * holds every notice its matches are all of them. Otherwise the text index finds the rarer matches.
 */
const SEARCH_WINDOW = 500;

async function newestMatches(db: Executor, unsearched: ReturnType<typeof scoped>, search: string): Promise<{ ids: string[]; all: boolean }> {
  const newest = unsearched
    .select(['publication.id', 'publication.publishedAt', publicationText.as('text')])
    .orderBy('publication.publishedAt', 'desc')
    .orderBy('publication.id')
    .limit(SEARCH_WINDOW)
    .as('newest');
  const rows = await db
    .selectFrom(newest)
    .select(['newest.id', sql<boolean>`${containsText(sql.ref<string>('newest.text'), search)}`.as('hit')])
    .orderBy('newest.publishedAt', 'desc')
    .orderBy('newest.id')
    .execute();
  return { ids: rows.filter((r) => r.hit).map((r) => r.id), all: rows.length < SEARCH_WINDOW };
}

/** A province's year publishes a notice per check and agency: past a thousand by the planner's estimate the total is estimated ("约"). */
const PUBLICATION_COUNT_CAP = 10_000;
const PUBLICATION_ESTIMATE_ABOVE = 1_000;

export async function getPublication(
  db: Executor,
  scope: RegionScope,
  access: AccessFilter<'publication'>,
  id: string,
  visibleOn?: string,
): Promise<PublicationRow | undefined> {
  return scoped(db, scope, access)
    .$if(visibleOn !== undefined, (q) => q.where(publicOn(visibleOn as string)))
    .select(SUMMARY_COLUMNS)
    .select(['publication.payload', 'publication.publishedBy', 'publication.proof'])
    .select(sql<boolean>`publication.bundle is not null`.as('hasBundle'))
    .select(correctedById)
    .where('publication.id', '=', id)
    .executeTakeFirst();
}

/** The bundle as JSON text, for a download that passes it on without parsing 30 MB (undefined: none, or not visible). */
export async function getPublicationBundleText(db: Executor, scope: RegionScope, access: AccessFilter<'publication'>, id: string): Promise<string | undefined> {
  const row = await scoped(db, scope, access)
    .select(sql<string | null>`publication.bundle::text`.as('text'))
    .where('publication.id', '=', id)
    .executeTakeFirst();
  return row?.text ?? undefined;
}

/** A publication's proof bundle, undefined when there is none (or the publication is not visible). Tens of megabytes at a million objects. */
export async function getPublicationBundle(db: Executor, scope: RegionScope, access: AccessFilter<'publication'>, id: string): Promise<unknown> {
  const row = await scoped(db, scope, access).select('publication.bundle').where('publication.id', '=', id).executeTakeFirst();
  return row?.bundle ?? undefined;
}

/** The first (uncorrected-chain root) publication of a subject by an agency, if it was ever published. */
export async function findOriginalPublication(
  db: Executor,
  scope: RegionScope,
  key: { kind: PublicationKind; subjectId: string; agencyId: string },
): Promise<{ id: string; publishedAt: Date } | undefined> {
  return rowsInRegion(db, scope, 'publication', { kind: key.kind, subjectId: key.subjectId, agencyId: key.agencyId })
    .select(['id', 'publishedAt'])
    .where('correctsId', 'is', null)
    .orderBy('publishedAt')
    .executeTakeFirst();
}

export interface NewPublication {
  /** Chosen by the caller when the id must be known before the row exists (its audit event). */
  id?: string;
  agencyId: string;
  kind: PublicationKind;
  subjectId: string;
  title: string;
  /** A plain JSON value (never JSON text). */
  payload: unknown;
  /** A task notice's proof bundle and the page's digest of it. */
  bundle?: unknown;
  proof?: unknown;
  dueOn: string | null;
  publishedAt: Date;
  publishedBy: string;
  correctsId: string | null;
  /** The last day the public sees it (a sanction's 公示截止期). */
  publicUntil?: string | null;
}

export async function insertPublication(db: Executor, scope: RegionScope, row: NewPublication): Promise<string> {
  return insertInRegion(db, scope, 'publication', { ...row });
}

/** The version of a subject's publication that no correction has replaced yet, if it was published. */
export async function findCurrentPublication(
  db: Executor,
  scope: RegionScope,
  key: { kind: PublicationKind; subjectId: string },
): Promise<{ id: string } | undefined> {
  return rowsInRegion(db, scope, 'publication', { kind: key.kind, subjectId: key.subjectId })
    .select('publication.id')
    .where(inForce)
    .orderBy('publication.publishedAt', 'desc')
    .limit(1)
    .executeTakeFirst();
}
