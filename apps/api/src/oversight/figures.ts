import type { AppAbility } from '@liancha/authz';
import { oversightMajorHazards, type RegionScope } from '@liancha/db';
import { dateInShanghai, PROBLEM_RESULT_CODES } from '@liancha/domain';
import { withFloor } from '../plans/plan-floor.js';
import { loadWorkingCalendar } from '../calendar/working-calendar.js';
import { overdueCutoff, provisionalEndedFrom } from '../publications/deadlines.js';
import type { Context } from '../trpc/context.js';
import { figureAgencies } from './agency-scope.js';
import { keptFigure } from './figure-snapshots.js';

type Ctx = Pick<Context, 'db' | 'now' | 'config' | 'jobs' | 'log'> & { scope: RegionScope; ability: AppAbility };
interface Input {
  agencyId?: string | undefined;
  year?: number | undefined;
}

/** The agencies in reach and the year asked for (default: this year in Beijing). */
async function prepare(ctx: Ctx, input: Input) {
  const agencies = await figureAgencies(ctx.db, ctx.scope, ctx.ability, input.agencyId);
  const today = dateInShanghai(ctx.now());
  return { agencyIds: agencies.map((a) => a.id), year: input.year ?? Number(today.slice(0, 4)), today };
}

/**
 * 抽查比例: objects drawn against the plan's floor, per agency and sector, with quarters; what
 * is required comes from the same function that plan approval and the last batch's matrix use.
 */
export async function coverageFigures(ctx: Ctx, input: Input) {
  const { agencyIds, year } = await prepare(ctx, input);
  const { value, asOf } = await keptFigure(ctx, 'coverage', { agencyIds, year });
  return { year, asOf, rows: withFloor(value) };
}

/** Checks done, problems found and joint-check share per agency × sector × quarter, with totals. */
export async function checkFigures(ctx: Ctx, input: Input) {
  const { agencyIds, year } = await prepare(ctx, input);
  const { value: rows, asOf } = await keptFigure(ctx, 'checks', { agencyIds, year, problemCodes: [...PROBLEM_RESULT_CODES] });
  return {
    year,
    asOf,
    rows: rows.filter((r) => r.sectorCode !== null),
    agencyTotals: rows.filter((r) => r.sectorCode === null && r.agencyId !== null),
    total: rows.find((r) => r.agencyId === null) ?? null,
  };
}

/** Results outstanding and overdue for publication, and publications made late, per agency. */
export async function timelinessFigures(ctx: Ctx, input: Input) {
  const { agencyIds, today } = await prepare(ctx, input);
  const calendar = await loadWorkingCalendar(ctx.db);
  const cutoff = overdueCutoff(today, calendar);
  const estimatedFrom = provisionalEndedFrom(today, calendar);
  const { value: rows, asOf } = await keptFigure(ctx, 'timeliness', { agencyIds, overdueEndedBefore: cutoff.endedBefore, provisionalEndedFrom: estimatedFrom });
  return {
    today,
    asOf,
    overdueIfEndedBefore: cutoff.endedBefore,
    /** The cut-off is an estimate (a year without an entered schedule is involved). */
    provisional: cutoff.provisional,
    /** Checks ended on or after this date have an estimated deadline (null: none). */
    provisionalIfEndedFrom: estimatedFrom,
    rows,
  };
}

/** Major hazards (重大事故隐患) by state per agency, with listings past their deadline. */
export async function majorHazardFigures(ctx: Ctx, input: Input) {
  const { agencyIds, today } = await prepare(ctx, input);
  return { today, rows: await oversightMajorHazards(ctx.db, ctx.scope, { agencyIds, today }) };
}

/** Checks per inspector in the year, by quarter. */
export async function inspectorLoadFigures(ctx: Ctx, input: Input & { page: number; pageSize: number }) {
  const { agencyIds, year } = await prepare(ctx, input);
  const { page, pageSize } = input;
  const { value, asOf } = await keptFigure(ctx, 'inspectorLoad', { agencyIds, year, page, pageSize });
  return { year, page, pageSize, asOf, ...value };
}
