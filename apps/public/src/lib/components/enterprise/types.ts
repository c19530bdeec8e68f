import type { RouterOutputs } from '@liancha/api-client';

/** What the enterprise's own area shows, as the API answers it (`enterprise.*`). */
export type EnterpriseSession = RouterOutputs['enterprise']['me'];
export type EnterpriseRecord = RouterOutputs['enterprise']['record'];
export type DrawnCheck = EnterpriseRecord['drawnChecks'][number];
export type CaseCheck = EnterpriseRecord['caseChecks'][number];
export type RecusalRow = EnterpriseRecord['recusals'][number];

/** What the draw-standing card shows: the API's `enterprise.draws` row, or the same computed in the browser. */
export interface DrawStandingView {
  publicationId: string;
  taskCode: string;
  taskTitle: string;
  publishedAt: Date | string;
  stratum: string;
  inPool: boolean;
  excludedFor: readonly string[];
  ticket: string | null;
  cutOff: string | null;
  drawnInStratum: number;
  outcome: 'drawn' | 'substitute' | null;
}
