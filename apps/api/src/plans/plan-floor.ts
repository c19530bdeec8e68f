import { drawnBatchSeqs, oversightCoverage, type CoverageRow, type Executor, type PlanBatchInput, type PlanDetail, type RegionScope } from '@liancha/db';
import { DomainError, yearFloorReach, type FloorReach, type PendingBatch, type PendingQuota, type SectorFloorReach } from '@liancha/domain';

/** A floor report with the sectors' Chinese names, as the portals show it. */
export interface FloorReport extends Omit<FloorReach, 'sectors'> {
  sectors: (SectorFloorReach & { sectorName: string })[];
}

/** The sectors of batches' `scope.sectorCodes`; null (every sector) when the batch names none. */
export function batchSectorCodes(scope: Record<string, unknown>): string[] | null {
  const codes = scope['sectorCodes'];
  return Array.isArray(codes) && codes.length > 0 ? codes.filter((c): c is string => typeof c === 'string') : null;
}

/** What a plan batch promises: its ratio, else its number of units, else nothing (its task decides). */
export function planBatchQuota(batch: Pick<PlanBatchInput, 'ratioBp' | 'quantity'>): PendingQuota {
  if (batch.ratioBp !== null) return { kind: 'ratio', ratioBp: batch.ratioBp };
  if (batch.quantity !== null) return { kind: 'quantity', total: batch.quantity };
  return { kind: 'open' };
}

export function pendingBatch(
  batch: Pick<PlanBatchInput, 'name' | 'ratioBp' | 'quantity' | 'scope'>,
  quota: PendingQuota = planBatchQuota(batch),
): PendingBatch {
  return { name: batch.name, sectorCodes: batchSectorCodes(batch.scope), quota };
}

/** The year's counts for an agency, exactly as the leadership group's coverage counts them. */
export async function agencyYearSectors(db: Executor, scope: RegionScope, agencyId: string, year: number): Promise<CoverageRow[]> {
  return oversightCoverage(db, scope, { agencyIds: [agencyId], year });
}

/** Run the floor function over coverage rows and keep the sector names. */
export function floorReport(floorBp: number, rows: readonly CoverageRow[], pending: readonly PendingBatch[]): FloorReport {
  const reach = yearFloorReach(
    floorBp,
    rows.map((r) => ({ sectorCode: r.sectorCode, generalUnits: r.generalUnits, drawn: r.drawn })),
    pending,
  );
  const names = new Map(rows.map((r) => [r.sectorCode, r.sectorName]));
  return { ...reach, sectors: reach.sectors.map((s) => ({ ...s, sectorName: names.get(s.sectorCode) ?? s.sectorCode })) };
}

/**
 * How far a plan reaches its floor: the year's draws so far (for an adjustment made during the
 * year) plus its batches not drawn yet — a batch counts as drawn when a task of the same
 * sequence number, under any version of the plan, has been drawn.
 */
export async function planFloorReach(db: Executor, scope: RegionScope, plan: PlanDetail): Promise<FloorReport> {
  const [rows, drawnSeqs] = await Promise.all([agencyYearSectors(db, scope, plan.agencyId, plan.year), drawnBatchSeqs(db, scope, plan.agencyId, plan.year)]);
  const pending = plan.batches.filter((b) => !drawnSeqs.includes(b.seq)).map((b) => pendingBatch(b));
  return floorReport(plan.ratioFloorBp, rows, pending);
}

const percent = (bp: number) => `${(bp / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })}%`;

function shortText(s: FloorReport['sectors'][number]): string {
  if (s.batches === 0) return `${s.sectorName}：全年须抽查不少于${s.required}户，已抽${s.drawn}户，没有待抽取的批次覆盖该行业领域`;
  return `${s.sectorName}：全年须抽查不少于${s.required}户，已抽${s.drawn}户，各批次计划再抽${s.planned}户，还差${s.shortfall}户`;
}

/** Approval: refuse a plan whose batches cannot reach the floor, naming each sector short of it. */
export function assertPlanReachesFloor(report: FloorReport): void {
  if (report.reachable) return;
  const short = report.sectors.filter((s) => s.shortfall > 0);
  throw new DomainError(
    'precondition_failed',
    `计划的抽查批次达不到一般检查对象年度最低抽查比例（${percent(report.floorBp)}）：${short.map(shortText).join('；')}。请调整批次的抽查比例或户数，或增加覆盖该行业领域的批次`,
    { reason: 'plan_below_floor', issues: short.map((s) => ({ field: `floor.${s.sectorCode}`, message: shortText(s) })) },
  );
}

/** The dashboard's coverage rows: required and drawn ratio from the floor function, per agency's plan. */
export function withFloor(rows: readonly CoverageRow[]) {
  const byAgency = new Map<string, CoverageRow[]>();
  for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row]);
  const figures = new Map<CoverageRow, { required: number | null; drawnRatio: number | null }>();
  for (const agencyRows of byAgency.values()) {
    const floorBp = agencyRows[0]!.ratioFloorBp;
    if (floorBp === null) {
      for (const row of agencyRows) figures.set(row, { required: null, drawnRatio: null });
      continue;
    }
    const reach = yearFloorReach(
      floorBp,
      agencyRows.map((r) => ({ sectorCode: r.sectorCode, generalUnits: r.generalUnits, drawn: r.drawn })),
    );
    agencyRows.forEach((row, i) => figures.set(row, { required: reach.sectors[i]!.required, drawnRatio: reach.sectors[i]!.drawnRatio }));
  }
  return rows.map((row) => ({ ...row, ...figures.get(row)! }));
}
