import type { Step } from './Stepper.svelte';

/** The fields of a hazard (as `hazards.get` answers) that both portals show. */
export interface HazardShown {
  severity: string;
  status: string;
  description: string;
  foundOn: string;
  rectificationDeadline: string | null;
  overdue: readonly string[];
  acceptanceLate: boolean;
  listedAt: Date | string | null;
  listingLevel: string | null;
  supervisingBody: string | null;
  listingDeadline: string | null;
  acceptanceRequestedOn: string | null;
  acceptanceDue: string | null;
  acceptedOn: string | null;
  writtenOffAt: Date | string | null;
  escalatedAt: Date | string | null;
  escalationMeasures: readonly string[];
  escalationNote: string | null;
  reinspectedOn: string | null;
  reinspectionDue: string | null;
  planFiledAt: Date | string | null;
  planResponsibility: string | null;
  planMeasures: string | null;
  planFunds: string | null;
  planTimeLimit: string | null;
  planContingency: string | null;
  steps: readonly {
    id: string;
    kind: string;
    outcome: string | null;
    reportedOn: string;
    reportedByName: string | null;
    createdAt: Date | string;
    note: string | null;
    newDeadline: string | null;
  }[];
}

/** Where a hazard stands: 责令整改 → 复查销号 for an ordinary one, 挂牌督办 → 核销 for a major one. */
export function hazardProgress(h: Pick<HazardShown, 'severity' | 'status' | 'listedAt' | 'listingDeadline' | 'planFiledAt'>): Step[] {
  if (h.severity !== 'major') {
    const at = ['open', 'rectified', 'reinspected'].indexOf(h.status);
    return ['责令整改', '企业整改', '复查销号'].map((label, i) => ({
      label,
      state: at > i || h.status === 'reinspected' ? 'done' : at === i ? 'current' : 'todo',
    }));
  }
  const at = h.status === 'escalated' ? 1 : ['open', 'listed', 'acceptance_requested', 'accepted', 'written_off'].indexOf(h.status);
  return [
    { label: '发现重大隐患', state: at > 0 ? 'done' : 'current' },
    {
      label: '挂牌督办',
      state: at > 1 || h.listedAt ? 'done' : at === 1 ? 'current' : 'todo',
      note: h.listingDeadline ? `期限 ${h.listingDeadline}` : undefined,
    },
    { label: '“五落实”整改', state: h.planFiledAt ? 'done' : at === 1 ? 'current' : 'todo' },
    { label: '申请验收', state: at > 2 ? 'done' : at === 2 ? 'current' : 'todo' },
    { label: '现场验收', state: at > 3 ? 'done' : at === 3 ? 'current' : 'todo' },
    { label: '核销', state: h.status === 'written_off' ? 'done' : 'todo' },
  ];
}
