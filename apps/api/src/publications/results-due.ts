import type { AppAbility } from '@liancha/authz';
import { listResultsDue, type Executor, type RegionScope, type ResultDueRow } from '@liancha/db';
import { figureAgencies } from '../oversight/agency-scope.js';
import { overdueCutoff, resultDueOn, todayFor } from './deadlines.js';

export interface ResultDue extends ResultDueRow {
  /** The last day to publish; null when the calendar does not reach that far yet. */
  dueOn: string | null;
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
): Promise<{ today: string; complete: boolean; rows: ResultDue[]; total: number; page: number; pageSize: number }> {
  const agencies = await figureAgencies(ctx.db, ctx.scope, ctx.ability, input.agencyId);
  const today = todayFor(ctx.now());
  const cutoff = overdueOnly ? overdueCutoff(today) : undefined;
  const { rows, total } = await listResultsDue(ctx.db, ctx.scope, { agencyIds: agencies.map((a) => a.id), endedBefore: cutoff?.endedBefore, page: input.page, pageSize: input.pageSize });
  return {
    today,
    // Overdue lists: false when some unpublished results have a deadline beyond the calendar.
    complete: cutoff?.complete ?? true,
    total,
    page: input.page,
    pageSize: input.pageSize,
    rows: rows.map((row) => {
      const dueOn = resultDueOn(row.endedOn);
      return { ...row, dueOn, overdue: dueOn !== null && today > dueOn, readyToPublish: row.resultsRecorded > 0 && row.resultsApproved === row.resultsRecorded };
    }),
  };
}
