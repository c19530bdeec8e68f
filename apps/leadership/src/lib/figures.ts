import type { RouterOutputs } from '@liancha/api-client';

export type CoverageRow = RouterOutputs['oversight']['coverage']['rows'][number];
export type CheckRow = RouterOutputs['oversight']['checks']['rows'][number];
export type TimelinessRow = RouterOutputs['oversight']['timeliness']['rows'][number];
export type MajorHazardRow = RouterOutputs['oversight']['majorHazards']['rows'][number];
export type InspectorLoadRow = RouterOutputs['oversight']['inspectorLoad']['rows'][number];

/** Drawn vs required summed over several coverage rows (an agency's sectors, or a sector's agencies). */
export interface CoverageSum {
  key: string;
  name: string;
  generalUnits: number;
  /** null when no row has a published plan (nothing is required). */
  required: number | null;
  drawn: number;
  drawnByQuarter: [number, number, number, number];
  drawnRatio: number | null;
  /** Rows whose plan has a floor, i.e. that count toward `required`. */
  planned: boolean;
}

/** Below the plan's floor: something is required and fewer were drawn. */
export function belowFloor(row: { required: number | null; drawn: number }): boolean {
  return row.required !== null && row.required > 0 && row.drawn < row.required;
}

/** Folds rows into one line per key (rows without a key are left out): `start` opens a key's line, `add` adds each row to it. */
function foldBy<Row, Line>(
  rows: readonly Row[],
  keyOf: (r: Row) => string | null,
  start: (r: Row, key: string) => Line,
  add: (line: Line, r: Row) => void,
): Line[] {
  const lines = new Map<string, Line>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const line = lines.get(key) ?? start(r, key);
    add(line, r);
    lines.set(key, line);
  }
  return [...lines.values()];
}

function sumBy(rows: readonly CoverageRow[], keyOf: (r: CoverageRow) => string, nameOf: (r: CoverageRow) => string): CoverageSum[] {
  const sums = foldBy(
    rows,
    keyOf,
    (r, key): CoverageSum => ({
      key,
      name: nameOf(r),
      generalUnits: 0,
      required: null,
      drawn: 0,
      drawnByQuarter: [0, 0, 0, 0],
      drawnRatio: null,
      planned: false,
    }),
    (sum, r) => {
      sum.generalUnits += r.generalUnits;
      sum.drawn += r.drawn;
      r.drawnByQuarter.forEach((n, q) => (sum.drawnByQuarter[q] = (sum.drawnByQuarter[q] ?? 0) + n));
      if (r.required !== null) {
        sum.required = (sum.required ?? 0) + r.required;
        sum.planned = true;
      }
    },
  );
  // The same ratio the API gives per row: drawn over required, none when nothing is required.
  return sums.map((s) => ({ ...s, drawnRatio: s.required ? s.drawn / s.required : null }));
}

export const coverageByAgency = (rows: readonly CoverageRow[]) =>
  sumBy(
    rows,
    (r) => r.agencyId,
    (r) => r.agencyName,
  );
export const coverageBySector = (rows: readonly CoverageRow[]) =>
  sumBy(
    rows,
    (r) => r.sectorCode,
    (r) => r.sectorName,
  );

/** One line of the checks table: an agency's sector with its four quarters. */
export interface CheckLine {
  agencyId: string;
  agencyName: string;
  sectorName: string;
  quarters: (CheckRow | null)[];
  checksDone: number;
  problemChecks: number;
  jointChecks: number;
}

/** agency × sector × quarter rows → one line per agency and sector, quarters side by side. */
export function checkLines(rows: readonly CheckRow[]): CheckLine[] {
  return foldBy(
    rows,
    (r) => (r.agencyId === null ? null : `${r.agencyId}|${r.sectorCode ?? ''}`),
    (r): CheckLine => ({
      agencyId: r.agencyId ?? '',
      agencyName: r.agencyName ?? '',
      sectorName: r.sectorName ?? '',
      quarters: [null, null, null, null],
      checksDone: 0,
      problemChecks: 0,
      jointChecks: 0,
    }),
    (line, r) => {
      if (r.quarter !== null && r.quarter >= 1 && r.quarter <= 4) line.quarters[r.quarter - 1] = r;
      line.checksDone += r.checksDone;
      line.problemChecks += r.problemChecks;
      line.jointChecks += r.jointChecks;
    },
  );
}

/** Major hazards per agency with a count per state. */
export interface MajorHazardLine {
  agencyId: string;
  agencyName: string;
  byStatus: Record<string, number>;
  total: number;
  /** Still open work: neither accepted nor written off. */
  pending: number;
  pastListingDeadline: number;
}

export function majorHazardLines(rows: readonly MajorHazardRow[]): MajorHazardLine[] {
  return foldBy(
    rows,
    (r) => r.agencyId,
    (r): MajorHazardLine => ({ agencyId: r.agencyId, agencyName: r.agencyName, byStatus: {}, total: 0, pending: 0, pastListingDeadline: 0 }),
    (line, r) => {
      line.byStatus[r.status] = (line.byStatus[r.status] ?? 0) + r.count;
      line.total += r.count;
      if (r.status !== 'accepted' && r.status !== 'written_off') line.pending += r.count;
      line.pastListingDeadline += r.pastListingDeadline;
    },
  );
}

export function total<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((sum, row) => sum + pick(row), 0);
}
