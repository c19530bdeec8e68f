import type { AppAbility } from '@liancha/authz';
import { listResultsDue, type Executor, type RegionScope, type ResultDueRow } from '@liancha/db';
import { dateInShanghai } from '@liancha/domain';
import { loadWorkingCalendar } from '../calendar/working-calendar.js';
import { figureAgencies } from '../oversight/agency-scope.js';
import { overdueCutoff, resultDueOn } from './deadlines.js';

export interface ResultDue extends ResultDueRow {
  /** The last day to publish; null only for a year the calendar cannot even estimate. */
  dueOn: string | null;
  /** The deadline rests on a year whose holiday schedule is not entered yet (预计). */
  dueProvisional: boolean;
  /** Past the deadline on the caller's today (as the estimate says, when it is one). */
  overdue: boolean;
  /** Every result of the agency for this check is approved: it can be published now. */
  readyToPublish: boolean;
}

/**
 * Results each agency still has to publish (谁检查、谁公开), oldest first, with their deadlines;
 * `overdueOnly` keeps those past the deadline on the caller's today (Beijing date).
 */
export async function resultsDue(
  ctx: { db: Executor; scope: RegionScope; ability: AppAbility; now: () => Date },
  input: { agencyId?: string | undefined; page: number; pageSize: number },
  overdueOnly: boolean,
): Promise<{ today: string; provisional: boolean; estimatedYears: number[]; rows: ResultDue[]; total: number; page: number; pageSize: number }> {
  const agencies = await figureAgencies(ctx.db, ctx.scope, ctx.ability, input.agencyId);
  const today = dateInShanghai(ctx.now());
  const calendar = await loadWorkingCalendar(ctx.db);
  const cutoff = overdueOnly ? overdueCutoff(today, calendar) : undefined;
  const { rows, total } = await listResultsDue(ctx.db, ctx.scope, {
    agencyIds: agencies.map((a) => a.id),
    endedBefore: cutoff?.endedBefore,
    page: input.page,
    pageSize: input.pageSize,
  });
  const estimated = new Set<number>();
  const shown = rows.map((row) => {
    const due = resultDueOn(row.endedOn, calendar);
    for (const year of due?.estimatedYears ?? []) estimated.add(year);
    return {
      ...row,
      dueOn: due?.date ?? null,
      dueProvisional: due?.provisional ?? false,
      overdue: due !== null && today > due.date,
      readyToPublish: row.resultsRecorded > 0 && row.resultsApproved === row.resultsRecorded,
    };
  });
  return {
    today,
    // Overdue lists: the cut-off itself is an estimate (so the list may still change).
    provisional: (cutoff?.provisional ?? false) || shown.some((r) => r.dueProvisional),
    estimatedYears: [...estimated].sort((a, b) => a - b),
    total,
    page: input.page,
    pageSize: input.pageSize,
    rows: shown,
  };
}
