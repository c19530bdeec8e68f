import { DomainError } from '../errors.js';
import { roundRatio } from '../draw/sample-size.js';
import { compareText } from '../draw/text-rules.js';

/**
 * 2020 seed plan: “对一般检查对象的年度抽查比例不低于10%” — the yearly floor of general
 * (一般) units drawn per sector, in basis points, split over the year's batches.
 */
export const RATIO_FLOOR_BP = 1000;

/** Units the floor requires: ⌈units × floor⌉, in integer arithmetic. */
export function floorUnits(generalUnits: number, floorBp: number): number {
  return roundRatio(floorBp, 10000, generalUnits, 'ceil');
}

/** A sector as the year stands: the agency's general units and those already drawn this year. */
export interface FloorSector {
  sectorCode: string;
  /** General, operating units the plan's agency supervises in the sector. */
  generalUnits: number;
  /** Distinct general units of the sector drawn this year (draws done). */
  drawn: number;
}

/**
 * How many units a batch still to be drawn will add:
 * - `open`: the plan sets no quota, the batch's task does (tasks.batchQuotas spreads what is
 *   missing over the batches left), so the batch can take whatever the floor still needs;
 * - `ratio`: ⌈ratio × general units⌉ of every sector it covers;
 * - `quantity`: a number of units for the whole batch, split over the sectors it covers in
 *   proportion to their general units (largest remainders, then sector code);
 * - `counts`: units per sector, as a configured matrix will draw them.
 */
export type PendingQuota =
  { kind: 'open' } | { kind: 'ratio'; ratioBp: number } | { kind: 'quantity'; total: number } | { kind: 'counts'; bySector: Readonly<Record<string, number>> };

export interface PendingBatch {
  name: string;
  /** Sectors the batch covers; null = every sector. */
  sectorCodes: readonly string[] | null;
  quota: PendingQuota;
}

export interface SectorFloorReach {
  sectorCode: string;
  generalUnits: number;
  /** ⌈generalUnits × floor⌉. */
  required: number;
  drawn: number;
  /** Pending batches that cover the sector. */
  batches: number;
  /** Units the pending batches with fixed quotas will add. */
  planned: number;
  /** A pending batch without a quota covers the sector: it can still take what is missing. */
  open: boolean;
  /** min(generalUnits, drawn + planned). */
  reach: number;
  /** Units still missing after every pending batch; 0 when met or when an open batch covers the sector. */
  shortfall: number;
  /** drawn ÷ required (the dashboard's figure); null when nothing is required. */
  drawnRatio: number | null;
}

export interface FloorReach {
  floorBp: number;
  sectors: SectorFloorReach[];
  /** Every sector reaches its floor (or can, through an open batch). */
  reachable: boolean;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/**
 * How far a year reaches the ratio floor per sector: what is drawn, plus what the batches
 * still to be drawn will add. The one computation behind plan approval, the last batch's
 * matrix and the leadership group's coverage (which passes no pending batches).
 */
export function yearFloorReach(floorBp: number, sectors: readonly FloorSector[], pending: readonly PendingBatch[] = []): FloorReach {
  if (!isCount(floorBp) || floorBp > 10000) throw new DomainError('bad_request', '最低抽查比例应在0–100%之间', { reason: 'floor_invalid' });
  for (const s of sectors) {
    if (!isCount(s.generalUnits) || !isCount(s.drawn)) throw new DomainError('bad_request', `行业领域“${s.sectorCode}”的户数无效`, { reason: 'floor_invalid' });
  }
  const planned = new Map<string, number>(sectors.map((s) => [s.sectorCode, 0]));
  const open = new Set<string>();
  const coveredBy = new Map<string, number>();
  for (const batch of pending) {
    const covered = sectors.filter((s) => batch.sectorCodes === null || batch.sectorCodes.includes(s.sectorCode));
    for (const s of covered) coveredBy.set(s.sectorCode, (coveredBy.get(s.sectorCode) ?? 0) + 1);
    for (const [code, units] of batchUnits(batch.quota, covered)) planned.set(code, (planned.get(code) ?? 0) + units);
    if (batch.quota.kind === 'open') for (const s of covered) open.add(s.sectorCode);
  }
  const rows = sectors.map((s): SectorFloorReach => {
    const required = floorUnits(s.generalUnits, floorBp);
    const add = planned.get(s.sectorCode) ?? 0;
    const reach = Math.min(s.generalUnits, s.drawn + add);
    const isOpen = open.has(s.sectorCode);
    return {
      sectorCode: s.sectorCode,
      generalUnits: s.generalUnits,
      required,
      drawn: s.drawn,
      batches: coveredBy.get(s.sectorCode) ?? 0,
      planned: add,
      open: isOpen,
      reach,
      shortfall: isOpen ? 0 : Math.max(0, required - reach),
      drawnRatio: required > 0 ? s.drawn / required : null,
    };
  });
  return { floorBp, sectors: rows, reachable: rows.every((r) => r.shortfall === 0) };
}

function batchUnits(quota: PendingQuota, covered: readonly FloorSector[]): Array<[string, number]> {
  switch (quota.kind) {
    case 'open':
      return [];
    case 'ratio':
      return covered.map((s) => [s.sectorCode, floorUnits(s.generalUnits, quota.ratioBp)]);
    case 'counts':
      return covered.map((s) => [s.sectorCode, quota.bySector[s.sectorCode] ?? 0]);
    case 'quantity':
      return apportion(quota.total, covered);
  }
}

/** Hamilton's method: quotas in proportion to general units, remainders to the largest fractions. */
function apportion(total: number, covered: readonly FloorSector[]): Array<[string, number]> {
  const units = covered.reduce((sum, s) => sum + s.generalUnits, 0);
  if (units === 0) return covered.map((s) => [s.sectorCode, 0]);
  const shares = covered.map((s) => {
    const exact = total * s.generalUnits;
    return { code: s.sectorCode, whole: Math.floor(exact / units), rest: exact % units };
  });
  let left = total - shares.reduce((sum, s) => sum + s.whole, 0);
  const order = [...shares].sort((a, b) => b.rest - a.rest || compareText(a.code, b.code));
  for (const share of order) {
    if (left <= 0) break;
    share.whole += 1;
    left -= 1;
  }
  return shares.map((s) => [s.code, s.whole]);
}
