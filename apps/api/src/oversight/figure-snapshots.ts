import { createHash } from 'node:crypto';
import {
  capBreachPage,
  capFigures,
  capWarningPage,
  deleteFinishedJobsOf,
  enqueueJob,
  oversightCheckFigures,
  oversightCoverage,
  oversightInspectorLoad,
  oversightTimeliness,
  readFigureSnapshot,
  regionHasChecks,
  saveFigureSnapshot,
  type ClaimedJob,
  type Executor,
  type RegionScope,
} from '@liancha/db';
import { z } from 'zod';
import { DEFAULT_FIGURE_SNAPSHOTS } from '../config.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import type { Context } from '../trpc/context.js';

/**
 * Leadership figures over a large year. In a region with many checks (FIGURE_SNAPSHOTS_FROM_CHECKS)
 * a figure is read from its snapshot, and a snapshot older than FIGURE_SNAPSHOT_MAX_AGE_SECONDS
 * queues one refresh job; only the first view of a question computes it in the request. Pages say
 * when the figure was computed (`asOf`). A smaller region computes on every view (`asOf` null).
 */

const ZAgencyIds = z.array(z.uuid()).min(1);
const ZYear = z.number().int().min(2000).max(2100);
const ZDate = z.iso.date();
/** The cap figures' scope: the agencies asked about, or none for the whole region (the warnings' own scope). */
const ZScopeIds = z.array(z.uuid());
const ZLimit = z.number().int().min(1).max(200);

/** The figures kept, each a function of JSON parameters (a job recomputes it from them alone). */
const FIGURES = {
  coverage: { params: z.object({ agencyIds: ZAgencyIds, year: ZYear }), compute: oversightCoverage },
  checks: { params: z.object({ agencyIds: ZAgencyIds, year: ZYear, problemCodes: z.array(z.string()) }), compute: oversightCheckFigures },
  timeliness: { params: z.object({ agencyIds: ZAgencyIds, overdueEndedBefore: ZDate, provisionalEndedFrom: ZDate.nullable() }), compute: oversightTimeliness },
  inspectorLoad: {
    params: z.object({ agencyIds: ZAgencyIds, year: ZYear, page: z.number().int().min(1), pageSize: z.number().int().min(1) }),
    compute: (db: Executor, scope: RegionScope, { page, pageSize, ...filter }: { agencyIds: string[]; year: number; page: number; pageSize: number }) =>
      oversightInspectorLoad(db, scope, filter, { page, pageSize }),
  },
  // 年度检查频次: the year's counts per agency, the warnings of `today` and the breaches, a page each.
  capFigures: { params: z.object({ agencyIds: ZAgencyIds, year: ZYear }), compute: capFigures },
  capWarnings: {
    params: z.object({ agencyIds: ZScopeIds.max(1), year: ZYear, today: ZDate, after: z.string().nullable(), limit: ZLimit }),
    compute: (db: Executor, scope: RegionScope, p: { agencyIds: string[]; year: number; today: string; after: string | null; limit: number }) =>
      capWarningPage(db, scope, {
        year: p.year,
        today: p.today,
        limit: p.limit,
        ...(p.agencyIds[0] ? { supervisedBy: p.agencyIds[0] } : {}),
        ...(p.after !== null ? { after: p.after } : {}),
      }),
  },
  capBreaches: {
    params: z.object({ agencyIds: ZAgencyIds, year: ZYear, after: z.object({ uscc: z.string(), agencyId: z.string() }).nullable(), limit: ZLimit }),
    compute: (db: Executor, scope: RegionScope, p: { agencyIds: string[]; year: number; after: { uscc: string; agencyId: string } | null; limit: number }) =>
      capBreachPage(db, scope, { year: p.year, agencyIds: p.agencyIds, limit: p.limit, ...(p.after !== null ? { after: p.after } : {}) }),
  },
} as const;

type Figures = typeof FIGURES;
export type FigureName = keyof Figures;
type ParamsOf<F extends FigureName> = z.infer<Figures[F]['params']>;
type ValueOf<F extends FigureName> = Awaited<ReturnType<Figures[F]['compute']>>;

/** A figure and when it was computed: null when computed for this view. */
export interface Kept<T> {
  value: T;
  asOf: Date | null;
}

function compute<F extends FigureName>(db: Executor, scope: RegionScope, figure: F, params: ParamsOf<F>): Promise<ValueOf<F>> {
  // Each figure's compute takes its own parameters; TypeScript cannot follow that through the union.
  const run = FIGURES[figure].compute as unknown as (db: Executor, scope: RegionScope, params: ParamsOf<F>) => Promise<ValueOf<F>>;
  return run(db, scope, params);
}

/** The snapshot's key: a digest of the parameters, the agencies in a fixed order. */
function keyOf(params: { agencyIds: readonly string[] }): string {
  const canonical = { ...params, agencyIds: [...params.agencyIds].sort() };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** One live refresh job per snapshot: the job's subject is a UUID made of the region, figure and key. */
function refreshSubject(scope: RegionScope, figure: FigureName, key: string): string {
  const hex = createHash('sha256').update(`${scope.regionCode}/${figure}/${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

async function computeAndKeep<F extends FigureName>(db: Executor, scope: RegionScope, figure: F, params: ParamsOf<F>, at: Date): Promise<ValueOf<F>> {
  const started = performance.now();
  const value = await compute(db, scope, figure, params);
  const durationMs = Math.round(performance.now() - started);
  await saveFigureSnapshot(db, scope, { figure, key: keyOf(params), params, payload: value, computedAt: at, durationMs });
  return value;
}

type FigureContext = Pick<Context, 'db' | 'now' | 'config' | 'log'> & { scope: RegionScope; jobs: JobQueue };

/** The figure for this question: computed now in a small region, else its snapshot (see above). */
export async function keptFigure<F extends FigureName>(ctx: FigureContext, figure: F, params: ParamsOf<F>): Promise<Kept<ValueOf<F>>> {
  const policy = ctx.config.figureSnapshots ?? DEFAULT_FIGURE_SNAPSHOTS;
  if (!(await regionHasChecks(ctx.db, ctx.scope, policy.fromChecks))) return { value: await compute(ctx.db, ctx.scope, figure, params), asOf: null };
  const key = keyOf(params);
  const kept = await readFigureSnapshot(ctx.db, ctx.scope, figure, key);
  if (!kept) {
    const at = ctx.now();
    return { value: await computeAndKeep(ctx.db, ctx.scope, figure, params, at), asOf: at };
  }
  if (ctx.now().getTime() - kept.computedAt.getTime() >= policy.maxAgeMs) {
    const subjectId = refreshSubject(ctx.scope, figure, key);
    // The view answers from the snapshot whatever happens to the refresh; the next view asks again.
    try {
      await enqueueJob(ctx.db, ctx.scope, { kind: 'figure_refresh', subjectId, payload: { figure, params }, createdBy: null });
      ctx.jobs.wake();
    } catch (error) {
      ctx.log.warn({ err: error, figure }, 'figure refresh not queued');
    }
  }
  return { value: kept.payload as ValueOf<F>, asOf: kept.computedAt };
}

const ZRefreshPayload = z.object({ figure: z.enum(Object.keys(FIGURES) as [FigureName, ...FigureName[]]), params: z.record(z.string(), z.unknown()) });

/** The refresh job: recomputes the snapshot from the parameters it was asked with. */
export async function runFigureRefreshJob(db: Executor, job: ClaimedJob, log: Logger): Promise<void> {
  const scope = { regionCode: job.regionCode };
  const { figure, params } = ZRefreshPayload.parse(job.payload);
  const parsed = FIGURES[figure].params.parse(params) as ParamsOf<typeof figure>;
  await computeAndKeep(db, scope, figure, parsed, new Date());
  await deleteFinishedJobsOf(db, scope, job.subjectId, 'figure_refresh');
  log.debug({ figure }, 'figure refreshed');
}
