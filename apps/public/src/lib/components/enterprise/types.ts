import type { RouterOutputs } from '@liancha/api-client';

/** What the enterprise's own area shows, as the API answers it (`enterprise.*`). */
export type EnterpriseSession = RouterOutputs['enterprise']['me'];
export type EnterpriseRecord = RouterOutputs['enterprise']['record'];
export type DrawnCheck = EnterpriseRecord['drawnChecks'][number];
export type CaseCheck = EnterpriseRecord['caseChecks'][number];
export type RecusalRow = EnterpriseRecord['recusals'][number];
export type EnterpriseDraw = RouterOutputs['enterprise']['draws']['draws'][number];
