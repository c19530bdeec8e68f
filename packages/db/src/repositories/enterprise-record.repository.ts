import type { CaseCheckKind, CaseCheckStatus, CaseTrigger, CheckStatus, FollowUpKind, FollowUpStatus, TeamRole } from '@liancha/domain';
import type { Executor, RegionScope } from './executor.js';
import { rowsInRegion, sameRegion } from './rows-in-region.js';

/** A drawn check of one enterprise, as its own area lists it (newest task first). */
export interface EnterpriseDrawnCheckRow {
  checkId: string;
  taskId: string;
  taskCode: string;
  taskTitle: string;
  leadAgencyName: string;
  status: CheckStatus;
  windowFrom: string | null;
  windowTo: string | null;
  scheduledOn: string | null;
  startedOn: string | null;
  endedOn: string | null;
  inspectionCode: string | null;
  drawId: string;
}

export interface EnterpriseTeamRow {
  checkId: string;
  inspectorId: string;
  name: string;
  certificateNo: string;
  agencyId: string;
  agencyName: string;
  role: TeamRole;
}

export interface EnterpriseResultRow {
  checkId: string;
  agencyName: string;
  itemCode: string;
  itemName: string;
  resultCode: string;
  findings: string;
}

export interface EnterpriseFollowUpRow {
  checkId: string;
  agencyName: string;
  kind: FollowUpKind;
  target: string;
  deadline: string | null;
  status: FollowUpStatus;
}

/**
 * Every drawn check of the enterprise (all agencies, all years), with its team, its approved
 * results and its follow-ups: four queries whatever the number of checks.
 */
export async function enterpriseDrawnChecks(
  db: Executor,
  scope: RegionScope,
  objectId: string,
): Promise<{ checks: EnterpriseDrawnCheckRow[]; team: EnterpriseTeamRow[]; results: EnterpriseResultRow[]; followUps: EnterpriseFollowUpRow[] }> {
  const checks = await rowsInRegion(db, scope, 'check as c', { objectId })
    .innerJoin('jointTask as t', sameRegion('t.id', 'c.taskId'))
    .innerJoin('agency as a', sameRegion('a.id', 't.leadAgencyId'))
    .select([
      'c.id as checkId',
      't.id as taskId',
      't.code as taskCode',
      't.title as taskTitle',
      'a.name as leadAgencyName',
      'c.status',
      't.inspectionStartsOn as windowFrom',
      't.inspectionEndsOn as windowTo',
      'c.scheduledOn',
      'c.startedOn',
      'c.endedOn',
      'c.inspectionCode',
      'c.drawId',
    ])
    .orderBy('c.createdAt', 'desc')
    .orderBy('c.id')
    .execute();
  if (checks.length === 0) return { checks, team: [], results: [], followUps: [] };
  const ids = checks.map((c) => c.checkId);
  const team = await rowsInRegion(db, scope, 'teamMember as m')
    .where('m.checkId', 'in', ids)
    .innerJoin('inspector as i', sameRegion('i.id', 'm.inspectorId'))
    .innerJoin('agency as a', sameRegion('a.id', 'm.agencyId'))
    .select(['m.checkId', 'm.inspectorId', 'i.name', 'i.certificateNo', 'm.agencyId', 'a.name as agencyName', 'm.role'])
    .orderBy('m.checkId')
    .orderBy('m.role')
    .orderBy('i.name')
    .execute();
  const results = await rowsInRegion(db, scope, 'checkResult as r')
    .where('r.checkId', 'in', ids)
    .where('r.status', '=', 'approved')
    .innerJoin('agency as a', sameRegion('a.id', 'r.agencyId'))
    .innerJoin('inspectionItem as it', sameRegion('it.id', 'r.itemId'))
    .select(['r.checkId', 'a.name as agencyName', 'it.code as itemCode', 'it.name as itemName', 'r.resultCode', 'r.findings'])
    .orderBy('r.checkId')
    .orderBy('it.code')
    .execute();
  const followUps = await rowsInRegion(db, scope, 'followUpAction as f')
    .where('f.checkId', 'in', ids)
    .innerJoin('agency as a', sameRegion('a.id', 'f.agencyId'))
    .select(['f.checkId', 'a.name as agencyName', 'f.kind', 'f.target', 'f.deadline', 'f.status'])
    .orderBy('f.checkId')
    .orderBy('f.createdAt')
    .execute();
  return { checks, team, results, followUps };
}

/** A 个案 or 专项 check of the enterprise, with its officers' names and certificates. */
export interface EnterpriseCaseCheckRow {
  id: string;
  kind: CaseCheckKind;
  trigger: CaseTrigger | null;
  agencyName: string;
  legalBasis: string;
  windowFrom: string;
  windowTo: string;
  status: CaseCheckStatus;
  endedOn: string | null;
  findings: string | null;
  inspectionCode: string | null;
  campaignTitle: string | null;
  officers: { name: string; certificateNo: string }[];
}

/** The enterprise's 个案 and 专项 checks that were approved (or done): a request still under review or refused is the agency's own business. */
export async function enterpriseCaseChecks(db: Executor, scope: RegionScope, objectId: string): Promise<EnterpriseCaseCheckRow[]> {
  const rows = await rowsInRegion(db, scope, 'caseCheck as k', { objectId })
    .where('k.status', 'in', ['approved', 'done'])
    .innerJoin('agency as a', sameRegion('a.id', 'k.agencyId'))
    .leftJoin('inspectionCampaign as cp', sameRegion('cp.id', 'k.campaignId'))
    .select([
      'k.id',
      'k.kind',
      'k.trigger',
      'a.name as agencyName',
      'k.legalBasis',
      'k.windowFrom',
      'k.windowTo',
      'k.status',
      'k.endedOn',
      'k.findings',
      'k.inspectionCode',
      'cp.name as campaignTitle',
    ])
    .orderBy('k.windowFrom', 'desc')
    .orderBy('k.id')
    .execute();
  if (rows.length === 0) return [];
  const officers = await rowsInRegion(db, scope, 'caseCheckOfficer as o')
    .where(
      'o.caseCheckId',
      'in',
      rows.map((r) => r.id),
    )
    .innerJoin('inspector as i', sameRegion('i.id', 'o.inspectorId'))
    .select(['o.caseCheckId', 'i.name', 'i.certificateNo'])
    .orderBy('i.name')
    .execute();
  return rows.map((r) => ({ ...r, officers: officers.filter((o) => o.caseCheckId === r.id).map((o) => ({ name: o.name, certificateNo: o.certificateNo })) }));
}
