import { belowFloor, coverageByAgency, majorHazardLines, type CoverageRow, type MajorHazardRow, type TimelinessRow } from './figures';

/** What the 各部门 page reads, as the API answers it (a figure that could not be had is null). */
export interface AgencySources {
  timeliness: readonly TimelinessRow[];
  coverage: readonly CoverageRow[] | null;
  majorHazards: readonly MajorHazardRow[] | null;
  notes: readonly { toAgencyId: string; status: string }[] | null;
}

/**
 * One line per agency: its year's drawn / required and ratio, results past their 公示 deadline,
 * major hazards in hand and past their listing deadline, open 督办单. The page and its export read
 * the same lines, so the spreadsheet says what the table says.
 */
export function agencyLines(sources: AgencySources) {
  const coverage = new Map(sources.coverage ? coverageByAgency(sources.coverage).map((s) => [s.key, s]) : []);
  const hazards = new Map(sources.majorHazards ? majorHazardLines(sources.majorHazards).map((l) => [l.agencyId, l]) : []);
  return sources.timeliness.map((a) => {
    const c = coverage.get(a.agencyId) ?? null;
    const h = hazards.get(a.agencyId);
    return {
      agencyId: a.agencyId,
      agencyName: a.agencyName,
      drawn: c?.drawn ?? null,
      required: c?.required ?? null,
      drawnRatio: c?.drawnRatio ?? null,
      belowFloor: c !== null && belowFloor(c),
      resultsOverdue: a.resultsOverdue,
      majorHazards: h?.pending ?? 0,
      pastListingDeadline: h?.pastListingDeadline ?? 0,
      openNotes: sources.notes ? sources.notes.filter((n) => n.toAgencyId === a.agencyId && n.status !== 'closed').length : null,
    };
  });
}

export type AgencyLine = ReturnType<typeof agencyLines>[number];
