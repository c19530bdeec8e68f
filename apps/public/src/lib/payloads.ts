/**
 * The payloads of 公示 as the API publishes them (apps/api/src/publications/payloads.ts,
 * format liancha-publication/1). Publications are immutable JSON, so an old record may miss
 * a field: every view reads them defensively.
 */
interface Named {
  code?: string;
  name: string;
}

interface PlanHeader {
  code: string;
  title: string;
  year: number;
  batch: { seq: number; name: string } | null;
}

export interface Correction {
  correctsId: string;
  reason: string;
}

interface Common {
  format?: string;
  region?: { code: string; name: string };
  correction?: Correction;
}

export interface AnnualPlanPayload extends Common {
  kind: 'annual_plan';
  agency: Named;
  plan: {
    code: string;
    title: string;
    year: number;
    version: number;
    ratioFloorBp: number | null;
    frequencyCaps: Record<string, number> | null;
    notes: string | null;
    adjustment: { reason: string | null; previousVersionId: string | null } | null;
    approvedAt: string | null;
    publishedAt: string | null;
  };
  items: { code: string; name: string; category: string; legalBasis: string; ratioBp: number | null; frequency: string; method: string }[];
  batches: { seq: number; name: string; startsOn: string; endsOn: string; quantity: number | null; ratioBp: number | null }[];
}

export interface DrawnEntry {
  no: number;
  name: string;
  uscc: string;
  stratum?: string;
  rank?: number;
}

export interface JointTaskPayload extends Common {
  kind: 'joint_task';
  plan: PlanHeader | null;
  task: {
    code: string;
    title: string;
    type: string;
    joint: boolean;
    inspectionStartsOn: string | null;
    inspectionEndsOn: string | null;
    /** 补录 (absent on notices published before it was kept). */
    backfillReason?: string | null;
  };
  agencies: { code: string; name: string; role: string }[];
  items: { agencyName: string; code: string; name: string }[];
  drawnCount: number;
  drawnList: DrawnEntry[];
  draw: { algorithm: string; commitment: string | null; seed: string | null; frozenAt: string | null; drawnAt: string | null; verify?: { how: string } };
}

export interface ResultPayload extends Common {
  kind: 'result';
  plan: PlanHeader | null;
  task: { code: string; title: string; type: string };
  agency: Named;
  object: { name: string; uscc: string };
  completedOn: string;
  result: string;
  items: { code: string; name: string; result: string }[];
  dueOn: string | null;
  /** The deadline was an estimate when published (its year's holiday schedule was not entered yet). */
  dueOnProvisional?: boolean;
}

/** 双公示 行政处罚: the fields after `fineYuan` are absent on notices published before they were kept. */
export interface SanctionPayload extends Common {
  kind: 'sanction';
  agency: Named & { uscc?: string | null };
  object: { name: string; uscc: string };
  decisionNo: string;
  basis: string;
  penalty: string;
  fineYuan: string | null;
  decidedOn: string;
  task: { code?: string; title?: string } | null;
  dataSource?: Named & { uscc?: string | null };
  partyKind?: string;
  violationType?: string;
  facts?: string;
  penaltyCategories?: string[];
  fineWanYuan?: string | null;
  validUntil?: string | null;
  /** 失信行为程度 and 最短公示期届满日: absent from notices published before they were recorded. */
  severity?: string;
  publicityEndsOn?: string;
  shortestPublicityEndsOn?: string;
}

export interface ListedItem {
  code: string;
  name: string;
  subItems: string[];
  legalBasis: string;
  category: string;
  ratioBp: number | null;
  frequency: string;
  method: string;
  applicableSectors: string[];
}

export interface ItemListPayload extends Common {
  kind: 'item_list';
  agency: Named;
  asOf: string;
  count: number;
  items: ListedItem[];
}

export type KnownPayload = AnnualPlanPayload | JointTaskPayload | ResultPayload | SanctionPayload | ItemListPayload;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The payload when it is one of the kinds this portal lays out; null shows the generic view. */
export function knownPayload(payload: unknown): KnownPayload | null {
  if (!isRecord(payload)) return null;
  switch (payload.kind) {
    case 'annual_plan':
      return isRecord(payload.plan) && Array.isArray(payload.items) ? (payload as unknown as AnnualPlanPayload) : null;
    case 'joint_task':
      return isRecord(payload.task) && isRecord(payload.draw) && Array.isArray(payload.drawnList) ? (payload as unknown as JointTaskPayload) : null;
    case 'result':
      return isRecord(payload.object) && Array.isArray(payload.items) ? (payload as unknown as ResultPayload) : null;
    case 'sanction':
      return isRecord(payload.object) && typeof payload.decisionNo === 'string' ? (payload as unknown as SanctionPayload) : null;
    case 'item_list':
      return isRecord(payload.agency) && Array.isArray(payload.items) ? (payload as unknown as ItemListPayload) : null;
    default:
      return null;
  }
}

export function correctionOf(payload: unknown): Correction | null {
  if (!isRecord(payload) || !isRecord(payload.correction)) return null;
  const { correctsId, reason } = payload.correction;
  return typeof correctsId === 'string' ? { correctsId, reason: typeof reason === 'string' ? reason : '' } : null;
}

/** The head of the region's audit chain a 公示 carries (docs/audit-anchoring.md); older ones carry none. */
export function auditHeadOf(payload: unknown): { position: number; hash: string } | null {
  if (!isRecord(payload) || !isRecord(payload.auditHead)) return null;
  const { position, hash } = payload.auditHead;
  return typeof position === 'number' && typeof hash === 'string' ? { position, hash } : null;
}
